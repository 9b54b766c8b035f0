import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadScenario } from '../../../src/config/load.ts'
import { applyOverrides } from '../../../src/config/overrides.ts'
import { LoadActionError, ValidationError } from '../../../src/errors.ts'

const fx = (f: string) => `test/fixtures/scenarios/${f}`
const tmp = mkdtempSync(join(tmpdir(), 'la-config-'))
function file(name: string, text: string): string {
  const p = join(tmp, name)
  writeFileSync(p, text)
  return p
}

test('YAML scenario loads into the engine model', async () => {
  const s = await loadScenario(fx('basic.yml'))
  assert.equal(s.name, 'basic')
  assert.deepEqual(s.load, { users: 4, spawnRate: 2, runTime: 30, stopTimeout: 5 })
  const [browser, api] = s.users
  assert.equal(browser?.weight, 3)
  assert.deepEqual(browser?.wait, { kind: 'between', min: 0.5, max: 2 })
  assert.deepEqual(browser?.tasks[1]?.steps?.[0], {
    kind: 'http',
    request: { method: 'POST', path: '/items', name: 'create item', headers: { 'x-k': 'v' }, json: { a: 1 } },
    expect: { status: [201] },
  })
  assert.equal(browser?.tasks[0]?.steps?.[0]?.kind === 'http' && browser.tasks[0].steps[0].request.name, '/health')
  const steps = api?.tasks[0]?.steps
  assert.deepEqual(steps?.[0]?.kind === 'http' && steps[0].capture, [{ as: 'token', json: '$.token' }, { as: 'sid', header: 'x-session' }])
  assert.deepEqual(steps?.[1], { kind: 'think', seconds: 0.1 })
  assert.equal(api?.tasks[0]?.name, 'task1')
})

test('JSON scenario: issues carry the JSON line', async () => {
  await assert.rejects(loadScenario(fx('basic.json')), (e: ValidationError) => {
    assert.equal(e.issues.length, 1)
    assert.match(e.message, /basic\.json:6: users\[0\]\.tasks\[0\]\.weigth: unknown key; .*did you mean 'weight'/)
    return true
  })
  await assert.rejects(loadScenario(file('broken.json', '{\n  "name": "x",\n  "host": \n}')), (e: ValidationError) => {
    assert.equal(e.issues[0]?.line, 4)
    assert.match(e.message, /^.*broken\.json:4: invalid JSON/)
    return true
  })
})

test('YAML syntax errors name the line', async () => {
  await assert.rejects(loadScenario(file('broken.yml', 'name: x\nusers:\n  - name: [a\n')), (e: ValidationError) => {
    assert.equal(e.exitCode, 2)
    assert.match(e.message, /broken\.yml:\d+: invalid YAML/)
    return true
  })
})

test('missing file is a clear tool error', async () => {
  await assert.rejects(loadScenario(join(tmp, 'nope.yml')), (e: LoadActionError) => e.code === 'FILE_MISSING' && /nope\.yml: cannot read/.test(e.message))
  await assert.rejects(loadScenario(join(tmp, 'nope.ts')), (e: LoadActionError) => e.code === 'FILE_MISSING')
})

test('TS module scenario: function tasks and hooks', async () => {
  const s = await loadScenario(fx('code.ts'))
  const u = s.users[0]
  assert.equal(s.name, 'code-scenario')
  assert.deepEqual(s.load, { users: 2, spawnRate: 10, runTime: 1, stopTimeout: 5 })
  assert.equal(typeof u?.onStart, 'function')
  assert.deepEqual(u?.tasks.map((t) => [t.name, t.weight, typeof t.fn]), [['items', 1, 'function'], ['boom', 1, 'function'], ['/health', 1, 'undefined']])
  assert.deepEqual(u?.vars, { greeting: 'hi' })
})

test('module without a default export is an issue', async () => {
  await assert.rejects(loadScenario(file('nodefault.mjs', 'export const x = 1\n')), /expected a default export/)
})

test('overrides replace load and host, and are validated', async () => {
  const s = await loadScenario(fx('basic.yml'), { users: 10, spawnRate: 5, runTime: 2, host: 'http://localhost:9/' })
  assert.deepEqual(s.load, { users: 10, spawnRate: 5, runTime: 2, stopTimeout: 5 })
  assert.equal(s.host, 'http://localhost:9')
  assert.throws(() => applyOverrides(s, { users: 0, host: 'nope' }), (e: ValidationError) => {
    assert.equal(e.code, 'USAGE')
    assert.deepEqual(e.message.split('\n'), [
      'test/fixtures/scenarios/basic.yml: --users: expected a whole number of users ≥ 1, got 0',
      'test/fixtures/scenarios/basic.yml: --host: expected a base URL like http://127.0.0.1:8080, got "nope"',
    ])
    return true
  })
})

test('--host makes a missing host fine; ${env.X} in host is resolved', async () => {
  const p = file('nohost.yml', 'users:\n  - tasks: [{ request: { path: / } }]\n')
  await assert.rejects(loadScenario(p), /nohost\.yml:1: host: expected a base URL/)
  assert.equal((await loadScenario(p, { host: 'http://127.0.0.1:1' })).host, 'http://127.0.0.1:1')
  process.env.LA_TEST_HOST = 'http://127.0.0.1:7'
  const q = file('envhost.yml', 'host: ${env.LA_TEST_HOST}\nusers:\n  - tasks: [{ request: { path: / } }]\n')
  assert.equal((await loadScenario(q)).host, 'http://127.0.0.1:7')
  assert.equal((await loadScenario(q)).name, 'envhost')
})
