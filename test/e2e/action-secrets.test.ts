/**
 * Secrets in the action: a host input with user:password@, a scenario with its own credentialed
 * user-class host and Authorization / Cookie / API-key headers, and the github token. Each is
 * registered with ::add-mask:: before the load starts, and none appears anywhere else: other log
 * lines, outputs, the job summary, the PR comment, every report file and every uploaded artifact.
 */
import { before, test } from 'node:test'
import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { startApiStandin, startArtifactStandin } from '../helpers/github-standins.ts'
import { ensureBuilt, makeWorkspace, runAction, TOKEN } from './harness.ts'

before(ensureBuilt)

const INPUT_PW = 'PLANTED-input-pw'
const CLASS_PW = 'PLANTED-class-pw'
const HEADERS = ['Bearer PLANTED-bearer', 'session=PLANTED-cookie', 'PLANTED-api-key']

test('run mode: planted secrets are masked first and written nowhere', async (t) => {
  let authorized = 0
  const server = createServer((req, res) => {
    if (req.headers.authorization?.startsWith('Basic ') || req.headers.authorization === HEADERS[0]) authorized++
    res.writeHead(req.url === '/private' ? 403 : 200, { 'content-type': 'text/plain' })
    res.end('ok')
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const port = (server.address() as AddressInfo).port
  const api = await startApiStandin()
  const artifacts = await startArtifactStandin()
  t.after(() => Promise.all([api.close(), artifacts.close(), new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r())))]))

  const ws = makeWorkspace('secret-api')
  writeFileSync(
    join(ws, 'scenario.yml'),
    `name: secret-api
host: http://127.0.0.1:1
load: { users: 2, spawn-rate: 10, run-time: 1s }
users:
  - name: Api
    wait: { constant: 0.02 }
    tasks:
      - request: { path: /health, headers: { authorization: '${HEADERS[0]}', cookie: '${HEADERS[1]}', x-api-key: ${HEADERS[2]} } }
      - request: { path: /private }
  - name: Admin
    host: http://admin:${CLASS_PW}@127.0.0.1:${port}
    wait: { constant: 0.02 }
    tasks: [ { request: { path: /admin } } ]
`,
  )
  const r = await runAction({ api, artifacts, workspace: ws, event: 'pull_request', inputs: { scenario: 'scenario.yml', host: `http://svc:${INPUT_PW}@127.0.0.1:${port}`, 'fail-on-regression': 'false' } })
  assert.equal(r.code, 0, r.stdout + r.stderr)
  assert.ok(authorized > 0, 'the credentials were used')

  const secrets = [INPUT_PW, CLASS_PW, ...HEADERS, TOKEN, Buffer.from(`svc:${INPUT_PW}`).toString('base64'), Buffer.from(`admin:${CLASS_PW}`).toString('base64')]
  // Every secret is masked, and before the load starts (so nothing logged during the run shows it).
  const lines = r.stdout.split('\n')
  const started = lines.findIndex((l) => l.startsWith('Running secret-api'))
  assert.ok(started > 0, r.stdout)
  for (const s of secrets) {
    const at = lines.indexOf(`::add-mask::${s}`)
    assert.ok(at >= 0 && at < started, `${s} masked at line ${at}, run started at ${started}`)
  }
  // …and written nowhere else.
  const places: [string, string][] = [
    ['stdout (outside ::add-mask::)', lines.filter((l) => !l.startsWith('::add-mask::')).join('\n')],
    ['stderr', r.stderr],
    ['outputs', JSON.stringify(r.outputs)],
    ['summary', r.summary],
    ...api.comments.map((c) => [`comment ${c.id}`, c.body] as [string, string]),
    ...artifacts.artifacts.map((a) => [`artifact ${a.name}`, a.bytes.toString('latin1')] as [string, string]),
  ]
  const dir = dirname(r.outputs['report-path']!)
  for (const f of readdirSync(dir)) places.push([f, readFileSync(join(dir, f), 'utf8')])
  assert.ok(places.length >= 10, places.map((p) => p[0]).join(', '))
  for (const [where, text] of places) for (const s of secrets) assert.ok(!text.includes(s), `${where} contains ${s}`)
  // The planted values are just PLANTED-…: a last catch-all over every place.
  for (const [where, text] of places) assert.doesNotMatch(text, /PLANTED/, where)
})
