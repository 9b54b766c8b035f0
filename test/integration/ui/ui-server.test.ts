/** The UI server over plain HTTP: guards (Host, Origin, content type), control API, events, downloads. */
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { request } from 'node:http'
import { defineScenario, serveUi } from '../../../src/api/index.ts'
import { startHttpTarget, type HttpTarget } from '../../helpers/servers.ts'

const targets: HttpTarget[] = []
after(() => Promise.all(targets.map((t) => t.close())))

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function call(port: number, method: string, path: string, opts: { body?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { host: `127.0.0.1:${port}`, ...opts.headers } }, (res) => {
      let body = ''
      res.on('data', (d: Buffer) => (body += d.toString()))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end(opts.body)
  })
}

const json = (port: number, path: string, body: unknown, headers: Record<string, string> = {}) =>
  call(port, 'POST', path, { body: JSON.stringify(body), headers: { 'content-type': 'application/json', origin: `http://127.0.0.1:${port}`, ...headers } })

/** The first `update` event of the stream. */
function firstEvent(port: number): Promise<{ state: string; stats: string; target: { users: number } }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/events', headers: { host: `127.0.0.1:${port}` } }, (res) => {
      assert.match(String(res.headers['content-type']), /^text\/event-stream/)
      let buf = ''
      res.on('data', (d: Buffer) => {
        buf += d.toString()
        const m = /event: update\ndata: (.*)\n\n/.exec(buf)
        if (m) {
          req.destroy()
          resolve(JSON.parse(m[1] as string))
        }
      })
    })
    req.on('error', (e) => (e.message === 'socket hang up' ? undefined : reject(e)))
    req.end()
  })
}

test('UI server: guards, waiting state, start/load/stop, events and downloads', async () => {
  const t = await startHttpTarget({ '/x': { body: 'x' } })
  targets.push(t)
  const scenario = defineScenario({ name: 'srv', host: t.url, load: { users: 1, 'run-time': 30 }, users: [{ wait: { constant: 0.05 }, tasks: [{ request: { method: 'GET', path: '/x' } }] }] })
  const ui = await serveUi({ scenario, port: 0 })
  const p = ui.port
  try {
    const page = await call(p, 'GET', '/')
    assert.equal(page.status, 200)
    assert.match(String(page.headers['content-security-policy']), /frame-ancestors 'none'/)
    assert.equal(page.headers['x-frame-options'], 'DENY')
    assert.equal((await call(p, 'GET', '/', { headers: { host: `rebound.example:${p}` } })).status, 421)
    assert.equal((await call(p, 'GET', '/download/stats.csv')).status, 409, 'nothing to download before Start')
    assert.equal((await call(p, 'GET', '/download/passwd')).status, 404)
    assert.equal((await firstEvent(p)).state, 'waiting')
    assert.equal(t.requests.length, 0, 'waiting: no traffic')

    // Writes need our origin and JSON (a cross-site form cannot send either).
    assert.equal((await json(p, '/api/start', { users: 1, spawnRate: 1 }, { origin: 'http://evil.example' })).status, 403)
    assert.equal((await call(p, 'POST', '/api/start', { body: 'users=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status, 415)
    const bad = await json(p, '/api/start', { users: 0, spawnRate: 1 })
    assert.equal(bad.status, 400)
    assert.match(bad.body, /--users: expected a whole number of users ≥ 1, got 0/)
    assert.equal((await json(p, '/api/load', { users: 2, spawnRate: 1 })).status, 409, 'no load change before Start')

    assert.equal((await json(p, '/api/start', { users: 2, spawnRate: 50 })).status, 202)
    assert.equal((await json(p, '/api/start', { users: 2, spawnRate: 50 })).status, 400, 'one run per UI')
    assert.equal(ui.handle?.load.users, 2)
    assert.equal((await json(p, '/api/load', { users: 1.5, spawnRate: 1 })).status, 400)
    assert.equal((await json(p, '/api/load', { users: 3, spawnRate: 100 })).status, 202)
    assert.deepEqual(ui.handle?.load, { users: 3, spawnRate: 100 })
    const running = await firstEvent(p)
    assert.equal(running.state, 'running')
    assert.equal(running.target.users, 3)

    await new Promise((r) => setTimeout(r, 500))
    assert.equal((await json(p, '/api/stop', {})).status, 202)
    const result = await ui.result()
    assert.ok(result && result.total.numRequests > 0)
    assert.equal(result?.meta.interrupted, true)

    const done = await firstEvent(p)
    assert.equal(done.state, 'done')
    assert.match(done.stats, /<td class="name">\/x<\/td>/)
    const rj = await call(p, 'GET', '/download/results.json')
    assert.equal(rj.headers['content-disposition'], 'attachment; filename="srv_results.json"')
    assert.equal(JSON.parse(rj.body).total.numRequests, result?.total.numRequests)
    const report = await call(p, 'GET', '/download/report.html')
    assert.match(String(report.headers['content-disposition']), /^attachment; filename="srv_report.html"$/)
    assert.match(report.body, /<title>Load test report: srv<\/title>/)
    const history = await call(p, 'GET', '/download/stats_history.csv')
    assert.match(history.body, /^Timestamp,User Count,Type,Name,/)
    assert.equal((await json(p, '/api/load', { users: 1, spawnRate: 1 })).status, 409, 'a finished run takes no changes')
  } finally {
    await ui.close()
  }
})

test('UI server: autostart runs at once; result(signal) before Start resolves null', async () => {
  const t = await startHttpTarget({ '/x': { body: 'x' } })
  targets.push(t)
  const scenario = defineScenario({ name: 'auto', host: t.url, load: { users: 1, 'run-time': 1 }, users: [{ wait: { constant: 0.05 }, tasks: [{ request: { method: 'GET', path: '/x' } }] }] })
  const auto = await serveUi({ scenario, port: 0, autostart: true })
  try {
    const r = await auto.result()
    assert.ok(r && r.total.numRequests > 0)
  } finally {
    await auto.close()
  }
  const waiting = await serveUi({ scenario, port: 0 })
  try {
    const ac = new AbortController()
    setTimeout(() => ac.abort(), 100)
    assert.equal(await waiting.result(ac.signal), null)
  } finally {
    await waiting.close()
  }
})
