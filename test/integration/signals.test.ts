/**
 * SIGINT and SIGTERM in the middle of a CLI run (Ctrl-C, or a CI job being cancelled): the users
 * stop, every requested file is written with what was measured (results JSON marked interrupted),
 * and the process exits promptly with 130 / 143. A second signal leaves at once.
 */
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startHttpTarget, type HttpTarget } from '../helpers/servers.ts'
import { ROOT } from '../e2e/harness.ts'

const targets: HttpTarget[] = []
after(() => Promise.all(targets.map((t) => t.close())))

interface Stopped {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** Milliseconds from the (first) signal to the exit. */
  exitMs: number
}

/**
 * Starts `load-action run` with a long run time, waits until it reports progress (load under way),
 * sends `signals` 300 ms apart, and collects the exit.
 */
function runAndSignal(entry: string, args: string[], signals: NodeJS.Signals[]): Promise<Stopped> {
  const child = spawn(process.execPath, [entry, 'run', ...args, '-t', '60s', '--progress-every', '0.5'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  let sentAt = 0
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString()
    if (sentAt || !/users/.test(stderr)) return
    sentAt = Date.now()
    signals.forEach((s, i) => setTimeout(() => child.kill(s), i * 300))
  })
  const guard = setTimeout(() => child.kill('SIGKILL'), 30_000)
  return new Promise((resolve) =>
    child.on('close', (code, signal) => {
      clearTimeout(guard)
      resolve({ code, signal, stdout, stderr, exitMs: sentAt ? Date.now() - sentAt : -1 })
    }),
  )
}

async function setup(routes: Parameters<typeof startHttpTarget>[0] = { '/a': { body: 'a', delayMs: 2 }, '/b': { status: 500 } }, stopTimeout = '5s') {
  const t = await startHttpTarget(routes)
  targets.push(t)
  const dir = mkdtempSync(join(tmpdir(), 'la-signal-'))
  const scenario = join(dir, 'scenario.yml')
  writeFileSync(scenario, `name: signals
host: ${t.url}
load: { users: 3, spawn-rate: 100, stop-timeout: ${stopTimeout} }
users:
  - name: U
    wait: { constant: 0.02 }
    tasks:
      - { name: /a, weight: 3, request: { path: /a } }
      - { name: /b, request: { path: /b } }
`)
  const out = { csv: join(dir, 'out', 'run'), json: join(dir, 'out', 'results.json'), html: join(dir, 'out', 'report.html') }
  const args = [scenario, '--csv', out.csv, '--json', out.json, '--html', out.html]
  return { t, dir, out, args }
}

function assertPartialOutputs(out: { csv: string; json: string; html: string }, t: HttpTarget) {
  const results = JSON.parse(readFileSync(out.json, 'utf8'))
  assert.equal(results.meta.interrupted, true)
  assert.ok(results.total.numRequests > 0)
  // Every request the server answered before the stop is in the results.
  assert.equal(results.total.numRequests, t.hitCount('GET /a') + t.hitCount('GET /b'))
  assert.ok(results.meta.endTime - results.meta.startTime < 30)
  const stats = readFileSync(`${out.csv}_stats.csv`, 'utf8').split('\r\n')
  assert.match(stats[0] ?? '', /^Type,Name,Request Count,Failure Count,/)
  assert.ok(stats.some((l) => l.startsWith('GET,/a,')) && stats.some((l) => l.startsWith(',Aggregated,')), stats.join('\n'))
  assert.match(readFileSync(`${out.csv}_failures.csv`, 'utf8'), /500 Server Error/)
  for (const f of ['stats_history', 'exceptions']) assert.ok(existsSync(`${out.csv}_${f}.csv`), f)
  const html = readFileSync(out.html, 'utf8')
  assert.match(html, /Stopped early/)
  assert.match(html, /\/a/)
}

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  test(`${signal} mid-run: partial CSVs, results JSON (interrupted) and HTML written, exit ${code} promptly`, async () => {
    const { t, out, args } = await setup()
    const r = await runAndSignal('src/cli/main.ts', args, [signal])
    assert.equal(r.code, code, r.stderr)
    assert.ok(r.exitMs >= 0 && r.exitMs < 5000, `exited ${r.exitMs} ms after the signal`)
    assert.match(r.stderr, new RegExp(`${signal} received: stopping users and writing what was measured`))
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace')
    // Locust's summary is still printed.
    assert.match(r.stdout, /Aggregated/)
    assertPartialOutputs(out, t)
  })
}

test('requests hanging at the signal: files are written after the stop-timeout window, exit 130', async () => {
  const { t, out, args } = await setup({ '/a': { body: 'a' }, '/b': { hang: true } }, '1s')
  const r = await runAndSignal('src/cli/main.ts', args, ['SIGINT'])
  assert.equal(r.code, 130, r.stderr)
  // 1 s of graceful stop, then the hung requests are cut (and not recorded), then the files.
  assert.ok(r.exitMs >= 900 && r.exitMs < 4000, `exited ${r.exitMs} ms after the signal`)
  const results = JSON.parse(readFileSync(out.json, 'utf8'))
  assert.equal(results.meta.interrupted, true)
  assert.ok(results.total.numRequests > 0)
  // Every answered request is recorded; the ones cut at the hard stop are not (as Locust).
  assert.equal(results.total.numRequests, t.hitCount('GET /a'))
  assert.ok(t.hitCount('GET /b') >= 1)
  assert.equal(results.entries.some((e: { name: string }) => e.name === '/b'), false)
  assert.ok(existsSync(`${out.csv}_stats.csv`) && existsSync(out.html))
})

test('a second signal while stopping leaves at once (no waiting for hung requests)', async () => {
  const { args } = await setup({ '/a': { hang: true }, '/b': { hang: true } }, '20s')
  const r = await runAndSignal('src/cli/main.ts', args, ['SIGINT', 'SIGINT'])
  assert.equal(r.code, 130, r.stderr)
  assert.ok(r.exitMs < 3000, `exited ${r.exitMs} ms after the first signal`)
})

// The packaged CLI runs the committed bundle (bin/load-action.js imports dist/cli/index.js); never
// built here. LOAD_ACTION_CLI_BUNDLE points at a bundle built elsewhere (e.g. ncc into /tmp).
const BUNDLE = process.env.LOAD_ACTION_CLI_BUNDLE ?? 'bin/load-action.js'
const bundled = existsSync(process.env.LOAD_ACTION_CLI_BUNDLE ?? join(ROOT, 'dist', 'cli', 'index.js'))

test('the packaged CLI (bundle) handles SIGTERM the same way', { skip: bundled ? false : 'no dist/cli/index.js: run `npm run build` first' }, async () => {
  const { t, out, args } = await setup()
  const r = await runAndSignal(BUNDLE, args, ['SIGTERM'])
  assert.equal(r.code, 143, r.stderr)
  assert.ok(r.exitMs < 5000, `exited ${r.exitMs} ms after the signal`)
  assertPartialOutputs(out, t)
})
