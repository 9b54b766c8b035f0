/**
 * Connection refused: a port with nothing listening. Every request to it fails with Locust's
 * ConnectionRefusedError on its own row; the healthy endpoint in the same run keeps its numbers.
 */
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { closedPort, startHttpTarget, type HttpTarget } from '../../helpers/servers.ts'
import { failuresOf, rowsOf, runYaml, wallTime } from './fault-kit.ts'

const targets: HttpTarget[] = []
after(() => Promise.all(targets.map((t) => t.close())))

test('refused connections fail on their own row; the healthy row is still measured', async () => {
  const healthy = await startHttpTarget({ '/ok': { body: 'fine', delayMs: 5 } })
  targets.push(healthy)
  const down = await closedPort()
  const result = await runYaml(`
name: refused
host: ${healthy.url}
load: { users: 2, spawn-rate: 100, run-time: 1s }
users:
  - name: U
    wait: { constant: 0.02 }
    tasks:
      - { name: /ok, request: { path: /ok } }
      - { name: down, request: { path: 'http://127.0.0.1:${down}/x' } }
`)
  const rows = rowsOf(result)
  const ok = rows['GET /ok']
  const bad = rows['GET down']
  assert.ok(ok && bad, Object.keys(rows).join(', '))
  assert.ok(ok.requests >= 10, `healthy requests: ${ok.requests}`)
  assert.equal(ok.failures, 0)
  assert.equal(ok.requests, healthy.hitCount('GET /ok'))
  // The server waits 5 ms: latency is real, not zeroed by the failures next to it.
  assert.ok((ok.medianResponseTime ?? 0) >= 5 && ok.averageResponseTime >= 5, JSON.stringify(ok))
  assert.ok(ok.requestsPerSecond > 0)
  assert.ok(bad.requests >= 10)
  assert.equal(bad.failures, bad.requests)
  assert.deepEqual(failuresOf(result), { 'GET down': { "ConnectionRefusedError(111, 'Connection refused')": bad.requests } })
  // A refused connection is quick: it does not slow the run down or stretch it.
  assert.ok(bad.averageResponseTime < 100, String(bad.averageResponseTime))
  assert.ok(wallTime(result) < 3, String(wallTime(result)))
  assert.equal(rows.Aggregated?.failures, bad.requests)
})

test('a host that refuses everything: the run still completes with every request a failure', async () => {
  const down = await closedPort()
  const result = await runYaml(`
name: all-down
host: http://127.0.0.1:${down}
load: { users: 3, spawn-rate: 100, run-time: 0.5s }
users:
  - name: U
    wait: { constant: 0.05 }
    tasks: [ { name: /, request: { path: / } } ]
`)
  const total = result.total
  assert.ok(total.numRequests >= 3)
  assert.equal(total.numFailures, total.numRequests)
  assert.equal(result.failures.length, 1)
  assert.equal(result.failures[0]?.error, "ConnectionRefusedError(111, 'Connection refused')")
  assert.equal(result.exceptions.length, 0)
})
