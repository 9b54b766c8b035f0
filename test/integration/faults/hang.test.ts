/**
 * Accept-then-hang: the server takes the connection and the request, then says nothing (or sends
 * the head and no body). With a short request timeout each such request is a ReadTimeout on its
 * row, timed at about the timeout; without one, the run still ends on time (run time + stop-timeout)
 * instead of waiting out a hung socket.
 */
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { failuresOf, ok, pathOf, rowsOf, runYaml, startRawServer, wallTime, type RawServer } from './fault-kit.ts'

const servers: RawServer[] = []
after(() => Promise.all(servers.map((s) => s.close())))

async function hangingServer() {
  const server = await startRawServer((socket, head) => {
    const path = pathOf(head)
    if (path === '/ok') return ok(socket, 'fine')
    if (path === '/head-only') socket.write('HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\nabc')
    // '/silent': nothing at all.
  })
  servers.push(server)
  return server
}

test('a hung server with a short request timeout: ReadTimeout failures timed at the timeout', async () => {
  const server = await hangingServer()
  const result = await runYaml(`
name: hang
host: ${server.url}
load: { users: 3, spawn-rate: 100, run-time: 1.5s }
users:
  - name: Fast
    wait: { constant: 0.01 }
    tasks: [ { name: ok, request: { path: /ok } } ]
  - name: Silent
    wait: { constant: 0.01 }
    tasks: [ { name: silent, request: { path: /silent, timeout: 0.3 } } ]
  - name: HeadOnly
    wait: { constant: 0.01 }
    tasks: [ { name: head-only, request: { path: /head-only, timeout: 0.3 } } ]
`)
  const rows = rowsOf(result)
  const failures = failuresOf(result)
  const timeout = `ReadTimeout(ReadTimeoutError("HTTPConnectionPool(host='127.0.0.1', port=${server.port}): Read timed out. (read timeout=0.3)"))`
  for (const name of ['silent', 'head-only']) {
    const row = rows[`GET ${name}`]
    assert.ok(row && row.requests >= 1, `${name}: ${JSON.stringify(row)}`)
    assert.equal(row.failures, row.requests, name)
    assert.deepEqual(failures[`GET ${name}`], { [timeout]: row.requests })
    // Timed from the start of the request to the timeout, like Locust, and precisely: undici's own
    // timers fire up to ~1 s late, so short timeouts have a timer of their own.
    assert.ok(row.minResponseTime >= 290 && row.maxResponseTime < 500, `${name}: ${row.minResponseTime}..${row.maxResponseTime}`)
  }
  // The partial body that did arrive is counted.
  assert.equal(rows['GET head-only']?.averageContentSize, 3)
  const good = rows['GET ok']
  assert.ok(good && good.requests >= 10 && good.failures === 0, JSON.stringify(good))
  assert.ok(good.medianResponseTime !== null && good.medianResponseTime < 290, String(good.medianResponseTime))
  assert.ok(wallTime(result) < 3.5, String(wallTime(result)))
})

test('no request timeout: hung requests do not hold the run past run time + stop-timeout', async () => {
  const server = await hangingServer()
  const t0 = Date.now()
  const result = await runYaml(`
name: hang-forever
host: ${server.url}
load: { users: 3, spawn-rate: 100, run-time: 0.5s, stop-timeout: 0.5s }
users:
  - name: Fast
    wait: { constant: 0.01 }
    tasks: [ { name: ok, request: { path: /ok } } ]
  - name: Hung
    wait: { constant: 0.01 }
    tasks: [ { name: silent, request: { path: /silent } } ]
`)
  const took = (Date.now() - t0) / 1000
  assert.ok(took < 3, `took ${took} s`)
  // Requests still hanging at the hard stop are not recorded (Locust kills them without a sample);
  // what completed before is. Two classes (not two tasks of one) so that some user always asks /ok.
  const rows = rowsOf(result)
  assert.ok((rows['GET ok']?.requests ?? 0) >= 1, JSON.stringify(rows))
  assert.equal(rows['GET silent'], undefined)
  assert.equal(result.total.numFailures, 0)
  assert.ok(server.accepted >= 1)
})
