/**
 * Malformed HTTP from the server: garbage instead of a status line, a bad status code, a broken
 * header, a body longer than content-length says, conflicting lengths. Each is a failure on its row
 * (BadStatusLine with the parser's reason, or the connection error it leads to), never a crash, and
 * the client recovers on a fresh connection for the next request.
 */
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { failuresOf, ok, pathOf, rowsOf, runYaml, startRawServer, type RawServer } from './fault-kit.ts'

const servers: RawServer[] = []
after(() => Promise.all(servers.map((s) => s.close())))

const REPLIES: Record<string, string> = {
  '/garbage': 'this is not http\r\n\r\n',
  '/bad-status': 'HTTP/1.1 abc OK\r\ncontent-length: 0\r\n\r\n',
  '/bad-header': 'HTTP/1.1 200 OK\r\nno colon here\r\ncontent-length: 0\r\n\r\n',
  '/two-lengths': 'HTTP/1.1 200 OK\r\ncontent-length: 2\r\ncontent-length: 5\r\n\r\nokokok',
  '/binary': '\x00\x01\x02\xff\xfe garbage\r\n\r\n',
}

const parser = (why: string) => `BadStatusLine('Response does not match the HTTP/1.1 protocol (${why})')`
const EXPECTED: Record<string, string> = {
  '/garbage': parser('Expected HTTP/, RTSP/ or ICE/'),
  '/bad-status': parser('Invalid status code'),
  '/bad-header': parser('Invalid header token'),
  '/two-lengths': "ResponseContentLengthMismatchError('Response body length does not match content-length header')",
  '/binary': parser('Expected HTTP/, RTSP/ or ICE/'),
}

test('malformed responses: failures with the parser reason on their own rows; the run and the healthy row go on', async () => {
  const server = await startRawServer((socket, head) => {
    const path = pathOf(head)
    if (path === '/ok') return ok(socket, 'fine')
    const reply = REPLIES[path]
    if (reply) {
      socket.write(Buffer.from(reply, 'latin1'))
      // A server that sends garbage rarely keeps the connection sane: close it after a moment.
      setTimeout(() => socket.end(), 20)
    }
  })
  servers.push(server)
  const result = await runYaml(`
name: malformed
host: ${server.url}
load: { users: 2, spawn-rate: 100, run-time: 1s }
users:
  - name: U
    wait: { constant: 0.01 }
    tasks:
${['/ok', ...Object.keys(REPLIES)].map((p) => `      - { name: '${p}', request: { path: '${p}' } }`).join('\n')}
`)
  const rows = rowsOf(result)
  const failures = failuresOf(result)
  for (const path of Object.keys(REPLIES)) {
    const key = `GET ${path}`
    const row = rows[key]
    assert.ok(row && row.requests >= 2, `${key}: ${JSON.stringify(row)}`)
    assert.equal(row.failures, row.requests, `${key} should fail every time`)
    assert.deepEqual(failures[key], { [EXPECTED[path] as string]: row.requests }, `${key}: ${JSON.stringify(failures[key])}`)
  }
  const good = rows['GET /ok']
  assert.ok(good && good.requests >= 2 && good.failures === 0, JSON.stringify(good))
  assert.ok(good.medianResponseTime !== null && good.requestsPerSecond > 0)
  assert.equal(result.exceptions.length, 0)
})
