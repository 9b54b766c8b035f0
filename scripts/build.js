#!/usr/bin/env node
// Builds the committed bundles with ncc: dist/index.js (the action), dist/cli/index.js (the CLI)
// and dist/api/index.js (the programmatic API), plus the API's type declarations in dist/types. `--check` builds into a temp folder and fails
// when dist/ differs from a fresh build (the check-dist step).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
const entries = [
  ['src/index.ts', '.'],
  ['src/cli/main.ts', 'cli'],
  ['src/api/index.ts', 'api'],
]

function build(outRoot) {
  for (const [entry, sub] of entries) {
    if (!existsSync(join(root, entry))) continue
    execFileSync(process.execPath, [ncc, 'build', entry, '-o', join(outRoot, sub), '--target', 'es2023', '--quiet'], {
      cwd: root,
      stdio: 'inherit',
    })
  }
}

/**
 * Type declarations of the API (the package export) into <outRoot>/types, with import paths ending
 * in .js (tsc keeps the sources' .ts extensions; .js resolves to the .d.ts beside it).
 */
function buildTypes(outRoot) {
  const out = join(outRoot, 'types')
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.types.json', '--outDir', out], { cwd: root, stdio: 'inherit' })
  for (const f of files(out)) {
    const p = join(out, f)
    writeFileSync(p, readFileSync(p, 'utf8').replace(/(from '\.{1,2}\/[^']*)\.ts'/g, "$1.js'").replace(/(import\('\.{1,2}\/[^']*)\.ts'\)/g, "$1.js')"))
  }
}

function files(dir, base = dir) {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n)
    return statSync(p).isDirectory() ? files(p, base) : [relative(base, p)]
  })
}

if (process.argv.includes('--check')) {
  const tmp = mkdtempSync(join(tmpdir(), 'load-action-dist-'))
  try {
    build(tmp)
    buildTypes(tmp)
    const want = files(tmp).sort()
    const have = files(join(root, 'dist')).sort()
    const diff = [...new Set([...want, ...have])].filter((f) => {
      const a = join(tmp, f)
      const b = join(root, 'dist', f)
      return !existsSync(a) || !existsSync(b) || !readFileSync(a).equals(readFileSync(b))
    })
    if (diff.length) {
      console.error(`dist/ differs from a fresh build (run \`npm run build\` and commit dist/):\n  ${diff.join('\n  ')}`)
      process.exit(1)
    }
    console.log(`dist/ matches a fresh build (${want.length} files)`)
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
} else {
  rmSync(join(root, 'dist'), { recursive: true, force: true })
  build(join(root, 'dist'))
  buildTypes(join(root, 'dist'))
}
