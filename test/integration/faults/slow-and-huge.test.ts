/**
 * Slow and big bodies: a body trickled a byte at a time, one that never ends, and a 64 MiB body.
 * Trickles are timed to the last byte (requests' read timeout is per read, so a trickle that keeps
 * coming is not a timeout, in Locust and here); a never-ending body does not hold the run; a huge
 * body is counted, not kept (memory stays flat) unless a check needs it.
 */
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { failuresOf, ok, pathOf, rowsOf, runYaml, startRawServer, wallTime, type RawServer } from './fault-kit.ts'

const closers: (() => Promise<void>)[] = []
after(() => Promise.all(closers.map((c) => c())))

async function trickleServer(): Promise<RawServer> {
  const server = await startRawServer((socket, head) => {
    const path = pathOf(head)
    if (path === '/ok') return ok(socket, 'fine')
    const endless = path === '/endless'
    socket.write(`HTTP/1.1 200 OK\r\n${endless ? 'transfer-encoding: chunked' : 'content-length: 20'}\r\n\r\n`)
    let sent = 0
    const timer = setInterval(() => {
      if (socket.destroyed) return clearInterval(timer)
      socket.write(endless ? '1\r\nx\r\n' : 'x')
      if (!endless && ++sent === 20) clearInterval(timer)
    }, 25)
    socket.on('close', () => clearInterval(timer))
  })
  closers.push(() => server.close())
  return server
}

test('a trickled body succeeds, timed to its last byte; the fast row beside it is unaffected', async () => {
  const server = await trickleServer()
  const result = await runYaml(`
name: trickle
host: ${server.url}
load: { users: 2, spawn-rate: 100, run-time: 1.2s }
users:
  - name: Fast
    wait: { constant: 0.01 }
    tasks: [ { name: ok, request: { path: /ok } } ]
  - name: Slow
    wait: { constant: 0.01 }
    tasks: [ { name: trickle, request: { path: /trickle, timeout: 0.3 } } ]
`)
  const rows = rowsOf(result)
  const slow = rows['GET trickle']
  assert.ok(slow && slow.requests >= 1, JSON.stringify(rows))
  assert.equal(slow.failures, 0, JSON.stringify(result.failures))
  assert.equal(slow.averageContentSize, 20)
  // 20 bytes, 25 ms apart: about half a second from first byte sent to last received.
  assert.ok(slow.minResponseTime >= 450, String(slow.minResponseTime))
  const fast = rows['GET ok']
  assert.ok(fast && fast.requests > slow.requests && fast.failures === 0)
  assert.ok((fast.medianResponseTime ?? 1e9) < 100, String(fast.medianResponseTime))
})

test('a body that never ends does not hold the run; completed requests are kept', async () => {
  const server = await trickleServer()
  const result = await runYaml(`
name: endless
host: ${server.url}
load: { users: 2, spawn-rate: 100, run-time: 0.5s, stop-timeout: 0.3s }
users:
  - name: Fast
    wait: { constant: 0.01 }
    tasks: [ { name: ok, request: { path: /ok } } ]
  - name: Stuck
    tasks: [ { name: endless, request: { path: /endless } } ]
`)
  assert.ok(wallTime(result) < 2, String(wallTime(result)))
  assert.ok((rowsOf(result)['GET ok']?.requests ?? 0) >= 1)
  assert.equal(result.total.numFailures, 0, JSON.stringify(result.failures))
})

const HUGE = 64 * 1024 * 1024

async function hugeServer(): Promise<string> {
  const chunk = Buffer.alloc(1024 * 1024, 'x')
  const server: Server = createServer((req, res) => {
    res.writeHead(200, { 'content-length': String(HUGE), 'content-type': 'text/plain' })
    let left = HUGE / chunk.length
    const pump = () => {
      while (left > 0) {
        left--
        if (left === 0) return void res.end(Buffer.concat([chunk.subarray(0, chunk.length - 6), Buffer.from('THEEND')]))
        if (!res.write(chunk)) return void res.once('drain', pump)
      }
    }
    pump()
    req.resume()
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  closers.push(() => new Promise((r) => (server.closeAllConnections(), server.close(() => r()))))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

test('a 64 MiB body is counted byte for byte without being kept; a check that needs it still works', async () => {
  const url = await hugeServer()
  global.gc?.()
  const before = process.memoryUsage()
  const result = await runYaml(`
name: huge
host: ${url}
load: { users: 2, spawn-rate: 100, run-time: 1s }
users:
  - name: U
    tasks:
      - { name: counted, weight: 3, request: { path: /big } }
      - { name: checked, request: { path: /big }, expect: { contains: THEEND } }
`)
  const rows = rowsOf(result)
  const counted = rows['GET counted']
  assert.ok(counted && counted.requests >= 1, JSON.stringify(rows))
  assert.equal(counted.failures, 0, JSON.stringify(result.failures))
  assert.equal(counted.averageContentSize, HUGE)
  const checked = rows['GET checked']
  if (checked) assert.equal(checked.failures, 0, JSON.stringify(failuresOf(result)))
  assert.equal(result.total.totalContentLength, result.total.numRequests * HUGE)
  const after = process.memoryUsage()
  // Several hundred MiB went through; what stays behind is far less than even one body.
  global.gc?.()
  const grew = (after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / 1048576
  assert.ok(result.total.numRequests * 64 > 100, `only ${result.total.numRequests} bodies`)
  assert.ok(grew < 3 * 64, `heap + buffers grew by ${grew.toFixed(0)} MiB`)
})
