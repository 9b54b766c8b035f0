/**
 * Secrets never reach an output. A run plants them everywhere a user puts them (credentials in the
 * host URL and in an absolute task URL, Authorization / Cookie / API-key headers, a token captured
 * from a response, a Set-Cookie session) and makes requests fail in every way that writes an error
 * text; then every file written (4 CSVs, results JSON, HTML) and stdout/stderr are searched.
 */
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startHttpTarget, type HttpTarget } from '../helpers/servers.ts'

const targets: HttpTarget[] = []
after(() => Promise.all(targets.map((t) => t.close())))

/** Every planted value contains PLANTED; the Basic auth header is their base64 form. */
const HOST_PW = 'PLANTED-host-pw'
const ABS_PW = 'PLANTED-abs-pw'
const forbidden = (user: string) => [/planted/i, Buffer.from(`${user}:${HOST_PW}`).toString('base64'), Buffer.from(`${user}:${ABS_PW}`).toString('base64')]

function scan(label: string, text: string, user: string): void {
  for (const f of forbidden(user)) {
    const hit = typeof f === 'string' ? text.indexOf(f) : text.search(f)
    assert.equal(hit, -1, `${label} leaks a secret: …${text.slice(Math.max(0, hit - 80), hit + 40)}…`)
  }
}

test('CLI run: no planted secret in CSVs, results JSON, HTML, stdout or stderr', async () => {
  const seen = { basic: 0, bearer: 0, cookie: 0, apiKey: 0, captured: 0 }
  const t = await startHttpTarget({
    'POST /login': { body: { token: 'PLANTED-captured-token' }, headers: { 'set-cookie': 'sid=PLANTED-set-cookie; Path=/' } },
    '/me': (r) => {
      if (r.headers.authorization === 'Bearer PLANTED-captured-token' && r.headers.cookie?.includes('sid=PLANTED-set-cookie')) seen.captured++
      return { status: 503, body: 'PLANTED-in-error-body' }
    },
    '/static': (r) => {
      if (r.headers.authorization === 'Bearer PLANTED-static-token') seen.bearer++
      if (r.headers.cookie?.startsWith('session=PLANTED-cookie')) seen.cookie++
      if (r.headers['x-api-key'] === 'PLANTED-api-key') seen.apiKey++
      return { status: 500, headers: { 'x-echo': String(r.headers.authorization) } }
    },
    '/abs': (r) => {
      if (r.headers.authorization?.startsWith('Basic ')) seen.basic++
      return { status: 401 }
    },
    '/slow': { hang: true },
  })
  targets.push(t)
  const port = t.port
  const dir = mkdtempSync(join(tmpdir(), 'la-secrets-'))
  const scenario = join(dir, 'scenario.yml')
  writeFileSync(scenario, `name: secrets
host: http://svc:${HOST_PW}@127.0.0.1:${port}
load: { users: 4, spawn-rate: 100, run-time: 1s }
users:
  - name: Flow
    wait: { constant: 0.01 }
    tasks:
      - name: flow
        steps:
          - request: { method: POST, path: /login }
            capture: { token: $.token }
          - request: { path: /me, headers: { authorization: 'Bearer \${token}' } }
  - name: Headers
    wait: { constant: 0.01 }
    tasks:
      - request: { path: /static, headers: { authorization: 'Bearer PLANTED-static-token', cookie: 'session=PLANTED-cookie', x-api-key: PLANTED-api-key } }
  - name: Absolute
    wait: { constant: 0.01 }
    tasks:
      - request: { path: 'http://svc:${ABS_PW}@127.0.0.1:${port}/abs' }
  - name: Slow
    tasks:
      - request: { path: /slow, timeout: 0.2 }
        expect: { contains: PLANTED-never-there }
`)
  const out = join(dir, 'out')
  const child = spawn(process.execPath, ['src/cli/main.ts', 'run', scenario, '--csv', join(out, 'run'), '--json', join(out, 'results.json'), '--html', join(out, 'report.html'), '--csv-full-history', '--progress-every', '0.5'], { stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const code = await new Promise<number | null>((r) => child.on('close', r))
  assert.equal(code, 0, stderr)
  // The secrets were really used, so a leak had every chance to happen.
  for (const [k, n] of Object.entries(seen)) assert.ok(n > 0, `${k} never reached the server: ${JSON.stringify(seen)}`)
  const files = readdirSync(out)
  assert.deepEqual(files.sort(), ['report.html', 'results.json', 'run_exceptions.csv', 'run_failures.csv', 'run_stats.csv', 'run_stats_history.csv'])
  for (const f of files) scan(f, readFileSync(join(out, f), 'utf8'), 'svc')
  scan('stdout', stdout, 'svc')
  scan('stderr', stderr, 'svc')
  // The failures are there, named without credentials.
  const failures = readFileSync(join(out, 'run_failures.csv'), 'utf8')
  assert.match(failures, /\r\nGET,\/static,HTTPError\('500 Server Error: Internal Server Error for url: \/static'\),\d+\r\n/)
  assert.match(failures, /\r\nGET,http:\/\/127\.0\.0\.1:\d+\/abs,HTTPError\('401 Client Error: Unauthorized for url: http:\/\/127\.0\.0\.1:\d+\/abs'\),\d+\r\n/)
  assert.match(readFileSync(join(out, 'results.json'), 'utf8'), new RegExp(`"host": ?"http://127\\.0\\.0\\.1:${port}"`))
})
