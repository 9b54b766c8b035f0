import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { loadScenario, run } from '../../../src/engine/index.ts'
import { startHttpTarget, type HttpTarget } from '../../helpers/servers.ts'

const targets: HttpTarget[] = []
after(() => Promise.all(targets.map((t) => t.close())))

test('YAML flow: captures and cookies flow into later requests, stats by (method, name)', async () => {
  let next = 0
  const t = await startHttpTarget({
    'POST /login': (r) => {
      const id = ++next
      return { body: { token: `t${id}`, data: { items: [{ id }] }, who: JSON.parse(r.body).user }, headers: { 'set-cookie': `sid=s${id}; HttpOnly` } }
    },
    // /items/<id>: answers 200 only for the token and cookie of that same login.
    '*': (r) => {
      const id = r.path.split('/')[2]
      const ok = r.path.startsWith('/items/') && r.headers.authorization === `Bearer t${id}` && r.headers.cookie === `sid=s${id}`
      return ok ? { body: { id, owner: 'ann' } } : { status: 403 }
    },
    'DELETE /session': (r) => ({ status: r.headers.cookie?.startsWith('sid=s') ? 204 : 401 }),
  })
  targets.push(t)
  const scenario = await loadScenario('test/fixtures/scenarios/flow.yml', { host: t.url })
  const result = await run(scenario)
  const rows = Object.fromEntries(result.entries.map((e) => [`${e.type} ${e.name}`, [e.numRequests, e.numFailures]]))
  assert.deepEqual(Object.keys(rows).sort(), ['DELETE logout', 'GET /items/[id]', 'POST login'])
  assert.ok((rows['GET /items/[id]']?.[0] ?? 0) >= 4, JSON.stringify(rows))
  assert.equal(result.total.numFailures, 0, JSON.stringify(result.failures))
  assert.equal(t.requests.filter((r) => r.path.startsWith('/items/')).length, rows['GET /items/[id]']?.[0])
  assert.deepEqual(JSON.parse(t.requests.find((r) => r.path === '/login')?.body ?? ''), { user: 'ann' })
  assert.equal(result.meta.tool, 'load-action')
  assert.equal(result.meta.scenario, 'flow')
  assert.equal(result.meta.users, 2)
})

test('a failed capture ends the iteration: later steps of the flow are skipped', async () => {
  const t = await startHttpTarget({ 'POST /login': { body: { nothing: true } }, '*': { body: 'x' } })
  targets.push(t)
  const scenario = await loadScenario('test/fixtures/scenarios/flow.yml', { host: t.url, runTime: 0.5 })
  const result = await run(scenario)
  assert.deepEqual(result.entries.map((e) => e.name), ['login'])
  assert.equal(result.failures[0]?.error, "CatchResponseError('capture token: $.token not found (no such field)')")
})

test('TS scenario module: function tasks, onStart login, exceptions, YAML-style task', async () => {
  const t = await startHttpTarget({
    'POST /login': (r) => ({ body: { token: `tok-${JSON.parse(r.body).user}` } }),
    '/items': (r) => ({ status: r.headers.authorization?.startsWith('Bearer tok-u') ? 200 : 403 }),
    '/health': { body: 'ok' },
  })
  targets.push(t)
  const mod = await import('../../fixtures/scenarios/code.ts')
  const scenario = await loadScenario('test/fixtures/scenarios/code.ts', { host: `${t.url.replace('http://', 'http://user:secret@')}` })
  const result = await run(scenario)
  assert.deepEqual([...mod.started].sort(), [0, 1])
  assert.equal(t.hitCount('POST /login'), 2)
  const rows = Object.fromEntries(result.entries.map((e) => [`${e.type} ${e.name}`, e]))
  assert.ok((rows['GET /items']?.numRequests ?? 0) > 0)
  assert.equal(rows['GET /items']?.numFailures, 0, 'the token from onStart is used')
  assert.ok((rows['GET /health']?.numRequests ?? 0) > 0)
  assert.equal(result.exceptions.length, 1, JSON.stringify(result.exceptions, null, 1))
  assert.equal(result.exceptions[0]?.msg, 'task failed on purpose')
  assert.ok((result.exceptions[0]?.count ?? 0) > 0)
  assert.equal(result.meta.host, t.url, 'credentials never reach the results')
  assert.ok(!JSON.stringify(result).includes('secret'))
})
