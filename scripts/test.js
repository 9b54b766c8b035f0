#!/usr/bin/env node
// Runs every test file with Node's own test runner (Node 24 strips TypeScript types itself).
// `npm test` puts node_modules/.bin first on PATH, so `node` here is the pinned Node 24.
// Extra arguments narrow the run: `npm test -- test/unit` or a single file.
import { spawnSync } from 'node:child_process'

const major = Number(process.versions.node.split('.')[0])
if (major < 24) {
  console.error(`load-action tests need Node 24 (found ${process.version}); run them with \`npm test\`, which uses the pinned node from node_modules/.bin`)
  process.exit(2)
}
const args = process.argv.slice(2)
const patterns = args.length ? args.map((a) => (a.endsWith('.ts') ? a : `${a.replace(/\/$/, '')}/**/*.test.ts`)) : ['test/**/*.test.ts']
const r = spawnSync(process.execPath, ['--test', '--test-concurrency=2', '--test-timeout=180000', ...patterns], { stdio: 'inherit' })
process.exit(r.status ?? 1)
