/**
 * The bundles with worker threads: ncc leaves no separate worker file, so dist/cli/index.js and
 * dist/index.js start themselves again as the worker. Runs the built CLI with --workers 2 (a TS
 * module scenario with function tasks), stops it with SIGINT, and runs the built action with
 * `workers: 2`. LOAD_ACTION_E2E_CLI / LOAD_ACTION_E2E_DIST point at other builds.
 */
import { before, test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startHttpTarget } from '../helpers/servers.ts'
import { startApiStandin } from '../helpers/github-standins.ts'
import { ensureBuilt, ROOT, runAction } from './harness.ts'

const CLI = process.env.LOAD_ACTION_E2E_CLI ?? join(ROOT, 'dist', 'cli', 'index.js')

before(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`)
  await ensureBuilt()
})

function workspace(host: string, runTime: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'la-cli-workers-'))
  writeFileSync(
    join(dir, 'scenario.ts'),
    `import { threadId } from 'node:worker_threads'
export default {
  name: 'bundle-workers',
  host: '${host}',
  load: { users: 4, 'spawn-rate': 100, 'run-time': '${runTime}', 'stop-timeout': 2 },
  users: [{ name: 'U', wait: { constant: 0.005 }, tasks: [async (ctx: any) => { await ctx.http.get('/a', { name: '/a', headers: { 'x-thread': String(threadId) } }) }] }],
}
`,
  )
  return dir
}

async function countingTarget(t: import('node:test').TestContext) {
  const threads = new Set<string>()
  const server = await startHttpTarget({ '/a': (req) => (threads.add(String(req.headers['x-thread'])), { body: 'ok' }) })
  t.after(() => server.close())
  return { server, threads }
}

function runCli(cwd: string, args: string[], onSpawn?: (child: import('node:child_process').ChildProcess) => void) {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
  onSpawn?.(child)
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  child.stdout.resume()
  return new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stderr })))
}

test('built CLI: run --workers 2 splits users over two threads and merges exactly', async (t) => {
  const { server, threads } = await countingTarget(t)
  const dir = workspace(server.url, '2s')
  const r = await runCli(dir, ['run', 'scenario.ts', '--workers', '2', '--json', 'out.json', '--only-summary'])
  assert.equal(r.code, 0, r.stderr)
  assert.match(r.stderr, /workers: 2 \(as requested\)/)
  const result = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'))
  assert.equal(result.meta.workers, 2)
  assert.equal(threads.size, 2)
  assert.ok(result.total.numRequests > 0)
  assert.equal(result.total.numRequests, server.hitCount('GET /a'))
})

test('built CLI: SIGINT reaches every worker; what was measured is written (exit 130)', async (t) => {
  const { server } = await countingTarget(t)
  const dir = workspace(server.url, '60s')
  const started = performance.now()
  const r = await runCli(dir, ['run', 'scenario.ts', '--workers', '2', '--json', 'out.json', '--only-summary'], (child) => {
    // Once requests flow (workers are up), interrupt.
    const poll = setInterval(() => {
      if (server.hitCount('GET /a') > 50) {
        clearInterval(poll)
        child.kill('SIGINT')
      }
    }, 50)
    child.on('close', () => clearInterval(poll))
  })
  assert.equal(r.code, 130, r.stderr)
  assert.ok((performance.now() - started) / 1000 < 20)
  const result = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'))
  assert.equal(result.meta.interrupted, true)
  assert.equal(result.meta.workers, 2)
  assert.equal(result.total.numRequests, server.hitCount('GET /a'))
})

test('built action: input workers 2 runs two threads from dist/index.js', async (t) => {
  const { server, threads } = await countingTarget(t)
  const api = await startApiStandin()
  t.after(() => api.close())
  const ws = workspace(server.url, '1s')
  const r = await runAction({ api, workspace: ws, event: 'push', inputs: { scenario: 'scenario.ts', workers: '2', comment: 'never', 'upload-artifact': 'false' } })
  assert.equal(r.code, 0, r.stderr + r.stdout)
  const result = JSON.parse(readFileSync(r.outputs['results-json']!, 'utf8'))
  assert.equal(result.meta.workers, 2)
  assert.equal(threads.size, 2)
  assert.equal(result.total.numRequests, server.hitCount('GET /a'))
})
