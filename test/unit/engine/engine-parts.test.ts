import { test } from 'node:test'
import assert from 'node:assert/strict'
import { classForUser, pyRound, weightedCycle } from '../../../src/engine/distribution.ts'
import { WeightedPicker } from '../../../src/engine/pick.ts'
import { waitSeconds } from '../../../src/engine/wait.ts'
import { createRegistry, checkProtocols } from '../../../src/engine/registry.ts'
import { getPath, parseJsonPath } from '../../../src/engine/jsonpath.ts'
import { hasTemplate, jsonEscape, render } from '../../../src/engine/template.ts'
import type { Scenario } from '../../../src/engine/types.ts'
import { LoadActionError } from '../../../src/errors.ts'

/** Deterministic RNG (mulberry32) so statistical checks cannot flake. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

test("user classes follow Locust's smooth weighted order", () => {
  const letters = (w: number[], n: number) => Array.from({ length: n }, (_, k) => 'ABC'[classForUser(weightedCycle(w), k)]).join('')
  // The examples in Locust's dispatch.py docstring.
  assert.equal(letters([2, 5, 6], 13), 'CBACBCBCBCABC')
  assert.equal(letters([5, 1], 12), 'AAABAAAAABAA')
  assert.equal(letters([1], 3), 'AAA')
  assert.equal(letters([1, 1], 4), 'ABAB')
  // 3:1 over 8 users: exactly 6 and 2, and already 3:1 after 4.
  const eight = letters([3, 1], 8)
  assert.equal([...eight].filter((c) => c === 'A').length, 6)
  assert.equal([...eight.slice(0, 4)].filter((c) => c === 'B').length, 1)
  assert.deepEqual([pyRound(2.5), pyRound(3.5), pyRound(-0.5), pyRound(1.4)], [2, 4, -0, 1])
})

test('tasks are picked by weight within statistical tolerance', () => {
  const p = new WeightedPicker(['a', 'b', 'c'], [5, 1, 2], rng(42))
  const n = 80_000
  const counts: Record<string, number> = { a: 0, b: 0, c: 0 }
  for (let i = 0; i < n; i++) (counts[p.pick()] as number)++
  // Expected 5/8, 1/8, 2/8; 4 standard deviations is far beyond chance with a fixed seed.
  for (const [k, w] of [['a', 5], ['b', 1], ['c', 2]] as const) {
    const pr = w / 8
    const sd = Math.sqrt(n * pr * (1 - pr))
    assert.ok(Math.abs((counts[k] as number) - n * pr) < 4 * sd, `${k}: ${counts[k]} vs ${n * pr}`)
  }
  assert.equal(new WeightedPicker(['only'], [3]).pick(), 'only')
})

test('wait times: between, constant, pacing, none', () => {
  assert.equal(waitSeconds({ kind: 'between', min: 1, max: 3 }, 0, () => 0), 1)
  assert.equal(waitSeconds({ kind: 'between', min: 1, max: 3 }, 0, () => 0.5), 2)
  assert.equal(waitSeconds({ kind: 'constant', seconds: 1.5 }, 9), 1.5)
  assert.equal(waitSeconds({ kind: 'pacing', seconds: 2 }, 0.5), 1.5)
  assert.equal(waitSeconds({ kind: 'pacing', seconds: 2 }, 3), 0)
  assert.equal(waitSeconds({ kind: 'none' }, 1), 0)
})

test('registry: unknown protocol names the registered ones', () => {
  const reg = createRegistry([{ name: 'http', createSession: () => ({ run: async () => true, close: async () => {} }) }])
  assert.equal(reg.get('http').name, 'http')
  assert.throws(() => reg.get('grpc'), (e: LoadActionError) => {
    assert.equal(e.code, 'CONFIG_INVALID')
    assert.match(e.message, /^unknown protocol 'grpc'; registered protocols: http \(register it/)
    return true
  })
  const ws: Scenario = {
    file: 'x', name: 'x', host: 'http://x', load: { users: 1, spawnRate: 1, runTime: 1, stopTimeout: 1 },
    users: [{ name: 'U', weight: 1, wait: { kind: 'none' }, tasks: [{ name: 't', weight: 1, steps: [{ kind: 'plugin', protocol: 'ws', raw: {}, at: { file: 'x', field: 'users[0].tasks[0].steps[0].ws' } }] }] }],
  }
  assert.throws(() => checkProtocols(ws, reg), /unknown protocol 'ws'; registered protocols: http/)
  assert.throws(() => checkProtocols({ ...ws, users: [{ ...ws.users[0]!, tasks: [{ name: 'f', weight: 1, fn: () => {} }] }] }, createRegistry([])), /unknown protocol 'http'; registered protocols: \(none\)/)
})

test('JSON paths: $.a.b[0], bare, quoted keys; errors say what was expected', () => {
  const doc = { id: 7, data: { items: [{ id: 'x1' }, { id: 'x2' }], 'odd key': true }, list: [[1, 2]] }
  assert.equal(getPath(doc, parseJsonPath('$.id')), 7)
  assert.equal(getPath(doc, parseJsonPath('$.data.items[1].id')), 'x2')
  assert.equal(getPath(doc, parseJsonPath('data.items[0].id')), 'x1')
  assert.equal(getPath(doc, parseJsonPath("$.data['odd key']")), true)
  assert.equal(getPath(doc, parseJsonPath('$.list[0][1]')), 2)
  assert.equal(getPath([5, 6], parseJsonPath('$[1]')), 6)
  assert.deepEqual(getPath(doc, parseJsonPath('$')), doc)
  assert.equal(getPath(doc, parseJsonPath('$.nope.deeper')), undefined)
  assert.throws(() => parseJsonPath('$.a[x]'), /^Error: expected a JSON path like \$\.data\.items\[0\]\.id, got '\$\.a\[x\]' \(index x is not a number or quoted key\)$/)
  assert.throws(() => parseJsonPath('$.a[0'), /missing '\]'/)
})

test('templates: vars, dotted lookups, env, unknown left as written, JSON escaping', () => {
  process.env.LA_T_TOKEN = 's3cr3t'
  const vars = { id: 42, user: { name: 'ann' }, q: 'a"b' }
  assert.equal(render('/items/${id}', vars), '/items/42')
  assert.equal(render('${user.name}-${ id }', vars), 'ann-42')
  assert.equal(render('Bearer ${env.LA_T_TOKEN}', vars), 'Bearer s3cr3t')
  assert.equal(render('/x/${missing}', vars), '/x/${missing}')
  assert.equal(render('{"q":"${q}"}', vars, jsonEscape), '{"q":"a\\"b"}')
  assert.equal(render('plain', vars), 'plain')
  assert.equal(hasTemplate('/a/${b}'), true)
  assert.equal(hasTemplate('/a/$b'), false)
})
