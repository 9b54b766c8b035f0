/**
 * Connections cut by the server: reset (RST) or closed (FIN), before any reply or in the middle of
 * the body, with content-length or chunked. Each lands on its own row with Locust's text; the
 * client reconnects and the healthy row in the same run keeps being measured.
 */
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { failuresOf, ok, pathOf, rowsOf, runYaml, startRawServer, type RawServer } from './fault-kit.ts'

const servers: RawServer[] = []
after(() => Promise.all(servers.map((s) => s.close())))

const HEAD100 = 'HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 100\r\n\r\n'

test('reset and close, before and during the response: right rows, Locust error texts', async () => {
  const server = await startRawServer((socket, head) => {
    const path = pathOf(head)
    if (path === '/ok') return ok(socket, 'fine')
    if (path === '/reset-before') return void socket.resetAndDestroy()
    if (path === '/close-before') return void socket.end()
    if (path === '/reset-mid') {
      socket.write(HEAD100 + 'x'.repeat(10))
      return void setTimeout(() => socket.resetAndDestroy(), 5)
    }
    if (path === '/close-mid') {
      socket.write(HEAD100 + 'x'.repeat(10))
      return void setTimeout(() => socket.end(), 5)
    }
    if (path === '/chunked-cut') {
      socket.write('HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n5\r\nhello\r\n')
      return void setTimeout(() => socket.end(), 5)
    }
  })
  servers.push(server)
  const result = await runYaml(`
name: reset
host: ${server.url}
load: { users: 2, spawn-rate: 100, run-time: 1s }
users:
  - name: U
    wait: { constant: 0.01 }
    tasks:
      - { name: ok, request: { path: /ok } }
      - { name: reset-before, request: { path: /reset-before } }
      - { name: close-before, request: { path: /close-before } }
      - { name: reset-mid, request: { path: /reset-mid } }
      - { name: close-mid, request: { path: /close-mid } }
      - { name: chunked-cut, request: { path: /chunked-cut } }
`)
  const rows = rowsOf(result)
  const cut = "ChunkedEncodingError(ProtocolError('Connection broken: IncompleteRead(10 bytes read, 90 more expected)', IncompleteRead(10 bytes read, 90 more expected)))"
  const expected: Record<string, string> = {
    'GET reset-before': "ConnectionResetError(104, 'Connection reset by peer')",
    'GET close-before': "RemoteDisconnected('Remote end closed connection without response')",
    'GET reset-mid': cut,
    'GET close-mid': cut,
    'GET chunked-cut': "ChunkedEncodingError(ProtocolError('Connection broken: IncompleteRead(5 bytes read)', IncompleteRead(5 bytes read)))",
  }
  const failures = failuresOf(result)
  for (const [key, error] of Object.entries(expected)) {
    const row = rows[key]
    assert.ok(row && row.requests >= 3, `${key}: ${JSON.stringify(row)}`)
    assert.equal(row.failures, row.requests, key)
    assert.deepEqual(failures[key], { [error]: row.requests }, `${key}: ${JSON.stringify(failures[key])}`)
  }
  // Bytes that did arrive are counted as the content size, as requests does.
  assert.equal(rows['GET reset-mid']?.averageContentSize, 10)
  const good = rows['GET ok']
  assert.ok(good && good.requests >= 3 && good.failures === 0, JSON.stringify(good))
  assert.equal(good.averageContentSize, 4)
  assert.ok(good.requestsPerSecond > 0 && good.maxResponseTime > 0)
  assert.equal(failures['GET ok'], undefined)
  assert.equal(result.exceptions.length, 0)
  assert.equal(result.total.numFailures, Object.keys(expected).reduce((n, k) => n + (rows[k]?.requests ?? 0), 0))
})
