/**
 * Outages in the middle of a run: a burst of 5xx answers, and the server killed and restarted on
 * the same port. The failures are counted exactly (the server's own count), carry the status or
 * connection error, sit in the seconds they happened in, and the run measures the recovery.
 */
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { startHttpTarget, type HttpTarget } from '../../helpers/servers.ts'
import { failuresOf, ok, rowsOf, runYaml, startRawServer, type RawServer } from './fault-kit.ts'

const closers: (() => Promise<void>)[] = []
after(() => Promise.all(closers.map((c) => c())))

test('a 5xx burst: exact failure counts with their status texts, successes measured around it', async () => {
  let t0 = 0
  const sent = { 200: 0, 500: 0, 503: 0 }
  const target: HttpTarget = await startHttpTarget({
    '/api': () => {
      t0 ||= Date.now()
      const t = Date.now() - t0
      // 400 ms of trouble in the middle of the run: mostly 503s, every third a 500.
      const status = t >= 400 && t < 800 ? (sent[503] + sent[500]) % 3 === 2 ? 500 : 503 : 200
      sent[status]++
      return { status, body: status === 200 ? 'ok' : 'down', delayMs: 2 }
    },
  })
  closers.push(() => target.close())
  const result = await runYaml(`
name: burst
host: ${target.url}
load: { users: 3, spawn-rate: 100, run-time: 1.6s }
users:
  - name: U
    wait: { constant: 0.01 }
    tasks: [ { name: /api, request: { path: /api } } ]
`)
  const row = rowsOf(result)['GET /api']
  assert.ok(row, JSON.stringify(result.entries))
  assert.ok(sent[503] >= 3 && sent[500] >= 1 && sent[200] >= 10, JSON.stringify(sent))
  assert.equal(row.requests, sent[200] + sent[500] + sent[503])
  assert.equal(row.failures, sent[500] + sent[503])
  assert.deepEqual(failuresOf(result), {
    'GET /api': {
      "HTTPError('503 Server Error: Service Unavailable for url: /api')": sent[503],
      "HTTPError('500 Server Error: Internal Server Error for url: /api')": sent[500],
    },
  })
  // The failures sit in the seconds of the burst, and the seconds around it have successes.
  const failing = result.history.filter((h) => h.total.failures > 0)
  assert.ok(failing.length >= 1 && failing.length <= 2, JSON.stringify(result.history.map((h) => h.total.failures)))
  assert.ok(result.history.some((h) => h.total.requests > h.total.failures && h.total.requests > 0))
  assert.ok((row.medianResponseTime ?? 0) >= 2 && row.requestsPerSecond > 0)
})

test('server killed mid-run and restarted on the same port: connection errors while down, recovery measured', async () => {
  let served = 0
  const handler = (socket: import('node:net').Socket) => {
    served++
    ok(socket, 'up')
  }
  let server: RawServer = await startRawServer(handler)
  const port = server.port
  closers.push(() => server.close())
  const down: number[] = []
  const outage = (async () => {
    await new Promise((r) => setTimeout(r, 500))
    await server.close()
    down.push(Date.now() / 1000)
    await new Promise((r) => setTimeout(r, 500))
    server = await startRawServer(handler, port)
    down.push(Date.now() / 1000)
  })()
  const result = await runYaml(`
name: restart
host: http://127.0.0.1:${port}
load: { users: 2, spawn-rate: 100, run-time: 2.5s }
users:
  - name: U
    wait: { constant: 0.01 }
    tasks: [ { name: /, request: { path: / } } ]
`)
  await outage
  const row = rowsOf(result)['GET /']
  assert.ok(row)
  assert.equal(row.requests - row.failures, served, 'every answer the server sent is a recorded success')
  assert.ok(row.failures >= 2, JSON.stringify(result.failures))
  const texts = Object.keys(failuresOf(result)['GET /'] ?? {})
  assert.ok(texts.includes("ConnectionRefusedError(111, 'Connection refused')"), texts.join('\n'))
  // At the moment of the kill an in-flight request may see the connection cut instead.
  const allowed = ["ConnectionRefusedError(111, 'Connection refused')", "ConnectionResetError(104, 'Connection reset by peer')", "RemoteDisconnected('Remote end closed connection without response')"]
  for (const t of texts) assert.ok(allowed.includes(t), t)
  // Successes before the kill and after the restart, failures only while it was down.
  const [killedAt = 0, restartedAt = 0] = down
  const seconds = result.history
  assert.ok(seconds.some((h) => h.time < killedAt && h.total.requests > h.total.failures), 'measured before')
  assert.ok(seconds.some((h) => h.time >= restartedAt && h.total.requests >= 10 && h.total.failures === 0), `recovered after ${restartedAt}: ${JSON.stringify(seconds.map((h) => [h.time, h.total.requests, h.total.failures]))}`)
  for (const f of result.failures) assert.ok(f.firstSeen >= killedAt - 0.05 && f.lastSeen <= restartedAt + 0.05, `${f.error} at ${f.firstSeen}..${f.lastSeen}, down ${killedAt}..${restartedAt}`)
})
