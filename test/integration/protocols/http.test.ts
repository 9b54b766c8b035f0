import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { httpProtocol } from '../../../src/protocols/http/index.ts'
import type { HttpClient, ProtocolSession, Step } from '../../../src/engine/types.ts'
import { closedPort, useTargets } from '../../helpers/servers.ts'
import { ListRecorder } from '../engine/list-recorder.ts'

const target = useTargets()
function session(host: string, vars: Record<string, unknown> = {}, signal = new AbortController().signal) {
  const rec = new ListRecorder()
  const s: ProtocolSession = httpProtocol.createSession({ host, vars, recorder: rec, userIndex: 0, signal })
  return { s, rec, http: s.client as HttpClient }
}
const get = (path: string, extra: Partial<Extract<Step, { kind: 'http' }>> = {}): Step => ({ kind: 'http', request: { method: 'GET', path, name: path }, ...extra })

test('success and failure by status, with Locust HTTPError texts', async () => {
  const t = await target({
    '/ok': { body: 'hello' },
    '/redirect': { status: 302, headers: { location: '/ok' } },
    '/missing': { status: 404 },
    '/boom': { status: 500 },
    '/odd': { status: 503, statusText: "Don't Panic" },
    '/created': { status: 201 },
  })
  const { s, rec } = session(t.url)
  assert.equal(await s.run(get('/ok')), true)
  assert.equal(await s.run(get('/redirect')), true)
  assert.equal(await s.run(get('/missing')), false)
  assert.equal(await s.run(get('/boom')), false)
  assert.equal(await s.run(get('/odd')), false)
  assert.equal(await s.run(get('/created', { expect: { status: [200] } })), false)
  assert.equal(await s.run(get('/missing', { expect: { status: [404] } })), true)
  assert.equal(await s.run(get('/ok', { expect: { contains: 'nope' } })), false)
  assert.deepEqual(rec.requests.map((r) => r.error), [
    null,
    null,
    "HTTPError('404 Client Error: Not Found for url: /missing')",
    "HTTPError('500 Server Error: Internal Server Error for url: /boom')",
    `HTTPError("503 Server Error: Don't Panic for url: /odd")`,
    "CatchResponseError('expected status 200, got 201')",
    null,
    `CatchResponseError('expected the body to contain "nope"')`,
  ])
  // Redirects are recorded as they are, not followed.
  assert.equal(t.hitCount('GET /ok'), 2)
  assert.equal(rec.requests[0]?.bytes, 5)
  assert.ok(rec.requests.every((r) => r.type === 'GET' && r.ms > 0 && r.ms < 1000))
  await s.close()
})

test('connection errors by kind: refused, reset, closed without reply, read timeout', async () => {
  const refused = await closedPort()
  const t = await target({
    '/reset': { reset: true },
    '/close': { close: true },
    '/hang': { hang: true },
  })
  const { s, rec } = session(t.url)
  const { s: s2, rec: rec2 } = session(`http://127.0.0.1:${refused}`)
  assert.equal(await s2.run(get('/x')), false)
  await s.run(get('/reset'))
  await s.run(get('/close'))
  const t0 = performance.now()
  await s.run({ kind: 'http', request: { method: 'GET', path: '/hang', name: '/hang', timeout: 0.3 } })
  const waited = performance.now() - t0
  assert.ok(waited >= 280 && waited < 2000, `timeout after ${waited} ms`)
  assert.equal(rec2.requests[0]?.error, "ConnectionRefusedError(111, 'Connection refused')")
  assert.deepEqual(rec.requests.map((r) => r.error), [
    "ConnectionResetError(104, 'Connection reset by peer')",
    "RemoteDisconnected('Remote end closed connection without response')",
    `ReadTimeout(ReadTimeoutError("HTTPConnectionPool(host='127.0.0.1', port=${t.port}): Read timed out. (read timeout=0.3)"))`,
  ])
  await Promise.all([s.close(), s2.close()])
})

test('a body cut short is a ChunkedEncodingError, with the bytes received', async () => {
  const net = await import('node:net')
  const server = net.createServer((c) => c.once('data', () => c.end('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc')))
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  after(() => new Promise<void>((ok) => server.close(() => ok())))
  const { s, rec } = session(`http://127.0.0.1:${(server.address() as { port: number }).port}`)
  await s.run(get('/p'))
  assert.equal(rec.requests[0]?.error, "ChunkedEncodingError(ProtocolError('Connection broken: IncompleteRead(3 bytes read, 97 more expected)', IncompleteRead(3 bytes read, 97 more expected)))")
  assert.equal(rec.requests[0]?.bytes, 3)
  await s.close()
})

test('captured values flow into the next request (path, header, JSON body); a failed capture stops the task', async () => {
  const t = await target({
    'POST /login': (r) => ({ body: { token: `tok-${JSON.parse(r.body).user}`, data: { items: [{ id: 17 }] } }, headers: { 'x-session': 'sess-9' } }),
    '/page': { body: '<input name="csrf" value="c-123">' },
    'GET /items/17': (r) => ({ body: { auth: r.headers.authorization, session: r.headers['x-s'] } }),
    'POST /echo': (r) => ({ body: r.body }),
  })
  const vars: Record<string, unknown> = { who: 'ann' }
  const { s, rec } = session(t.url, vars)
  const login: Step = {
    kind: 'http',
    request: { method: 'POST', path: '/login', name: 'login', json: { user: '${who}' } },
    capture: [{ as: 'token', json: '$.token' }, { as: 'item', json: 'data.items[0].id' }, { as: 'sid', header: 'X-Session' }],
  }
  assert.equal(await s.run(login), true)
  assert.equal(await s.run(get('/page', { capture: [{ as: 'csrf', regex: 'value="([^"]+)"' }] })), true)
  assert.deepEqual({ token: vars.token, item: vars.item, sid: vars.sid, csrf: vars.csrf }, { token: 'tok-ann', item: 17, sid: 'sess-9', csrf: 'c-123' })
  assert.equal(await s.run({ kind: 'http', request: { method: 'GET', path: '/items/${item}', name: '/items/[id]', headers: { authorization: 'Bearer ${token}', 'x-s': '${sid}' } } }), true)
  const last = t.requests.at(-1)
  assert.equal(last?.path, '/items/17')
  assert.equal(last?.headers.authorization, 'Bearer tok-ann')
  assert.equal(await s.run({ kind: 'http', request: { method: 'POST', path: '/echo', name: 'echo', json: { t: '${token}', q: 'say "${csrf}"' } } }), true)
  assert.deepEqual(JSON.parse(t.requests.at(-1)?.body ?? ''), { t: 'tok-ann', q: 'say "c-123"' })
  assert.equal(t.requests.at(-1)?.headers['content-type'], 'application/json')
  assert.equal(rec.requests.find((r) => r.name === '/items/[id]')?.error, null)
  // Capture misses are failures of that request.
  assert.equal(await s.run(get('/page', { capture: [{ as: 'x', json: '$.id' }] })), false)
  assert.equal(rec.requests.at(-1)?.error, "CatchResponseError('capture x: $.id not found (the response is not JSON)')")
  await s.close()
})

test('cookies: Set-Cookie is sent back to the same host, and expires', async () => {
  const t = await target({
    '/set': { headers: { 'set-cookie': ['sid=abc; Path=/; HttpOnly', 'theme=dark'] } },
    '/drop': { headers: { 'set-cookie': 'theme=; Max-Age=0' } },
    '/look': (r) => ({ body: r.headers.cookie ?? '' }),
  })
  const { s, http } = session(t.url)
  assert.equal((await http.get('/look')).text, '')
  await s.run(get('/set'))
  assert.equal((await http.get('/look')).text, 'sid=abc; theme=dark')
  await http.get('/drop')
  assert.equal((await http.get('/look', { headers: { cookie: 'mine=1' } })).text, 'mine=1; sid=abc')
  // Another user has its own jar.
  const other = session(t.url)
  assert.equal((await other.http.get('/look')).text, '')
  await Promise.all([s.close(), other.s.close()])
})

test('credentials in the host are sent as Basic auth and never appear in names or errors', async () => {
  const who = (r: { headers: Record<string, unknown> }) => ({ status: 401, body: String(r.headers.authorization ?? '') })
  const t = await target({ '/who': who, '/api/who': who })
  const host = t.url.replace('http://', 'http://ann:p%40ss@') + '/api'
  const { s, rec, http } = session(host)
  await s.run(get('/who'))
  assert.equal(t.requests.at(-1)?.path, '/api/who')
  assert.equal(t.requests.at(-1)?.headers.authorization, `Basic ${Buffer.from('ann:p@ss').toString('base64')}`)
  const abs = await http.get(`${t.url.replace('http://', 'http://bob:pw@')}/who`)
  assert.equal(abs.text, `Basic ${Buffer.from('bob:pw').toString('base64')}`)
  for (const r of rec.requests) assert.doesNotMatch(`${r.name} ${r.error}`, /ann|bob|p%40ss|p@ss|pw/)
  assert.equal(rec.requests[1]?.name, `${t.url}/who`)
  assert.equal(rec.requests[0]?.error, "HTTPError('401 Client Error: Unauthorized for url: /who')")
  await s.close()
})

test('code client: responses, query, check callback, connection errors without throwing', async () => {
  const t = await target({
    '/json': (r) => ({ body: { page: r.query.get('page'), method: r.method } }),
    '/fail': { status: 500, body: 'nope' },
  })
  const { s, rec, http } = session(t.url)
  const r = await http.get('/json', { query: { page: 2 } })
  assert.equal(r.status, 200)
  assert.deepEqual(r.json(), { page: '2', method: 'GET' })
  assert.equal(rec.requests.at(-1)?.name, '/json?page=2')
  await http.post('/json', { name: 'post json', json: { a: 1 } })
  assert.deepEqual(rec.requests.at(-1), { ...rec.requests.at(-1)!, type: 'POST', name: 'post json', error: null })
  await http.get('/fail', { check: (res) => (res.status === 500 ? true : undefined) })
  assert.equal(rec.requests.at(-1)?.error, null)
  await http.get('/json', { check: (res) => (res.json<{ page: string | null }>().page ? undefined : 'no page') })
  assert.equal(rec.requests.at(-1)?.error, "CatchResponseError('no page')")
  await http.get('/fail')
  assert.equal(rec.requests.at(-1)?.error, "HTTPError('500 Server Error: Internal Server Error for url: /fail')")
  await assert.rejects(http.get('/json', { check: () => { throw new Error('bad check') } }), /bad check/)
  assert.equal(rec.requests.at(-1)?.error, "CatchResponseError('bad check')")
  const dead = session(`http://127.0.0.1:${await closedPort()}`)
  const d = await dead.http.delete('/x')
  assert.equal(d.status, 0)
  assert.equal(d.error, "ConnectionRefusedError(111, 'Connection refused')")
  assert.equal(d.text, '')
  await Promise.all([s.close(), dead.s.close()])
})

test('the hard stop cancels in-flight requests without recording them', async () => {
  const t = await target({ '/hang': { hang: true } })
  const stop = new AbortController()
  const { s, rec } = session(t.url, {}, stop.signal)
  const p = s.run(get('/hang'))
  setTimeout(() => stop.abort(), 100)
  await assert.rejects(p)
  assert.equal(rec.requests.length, 0)
  await s.close()
})
