import { test } from 'node:test'
import assert from 'node:assert/strict'
import { runScenario } from '../../../src/engine/runner.ts'
import { createRegistry } from '../../../src/engine/registry.ts'
import { httpProtocol } from '../../../src/protocols/http/index.ts'
import type { Scenario, TaskContext, UserClass } from '../../../src/engine/types.ts'
import { useTargets } from '../../helpers/servers.ts'
import { ListRecorder } from './list-recorder.ts'

const protocols = createRegistry([httpProtocol])
const target = useTargets()
/** Deterministic RNG (mulberry32). */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const req = (path: string, weight = 1) => ({ name: path, weight, steps: [{ kind: 'http' as const, request: { method: 'GET', path, name: path } }] })
function scenario(host: string, users: UserClass[], load: Partial<Scenario['load']>): Scenario {
  return { file: 'test', name: 'test', host, users, load: { users: 1, spawnRate: 100, runTime: 1, stopTimeout: 5, ...load } }
}

test('user classes by weight in spawn order, tasks by weight per iteration', async () => {
  const t = await target({ '/a': { body: 'a' }, '/b': { body: 'b' }, '/c': { body: 'c' } })
  const classes = new Map<string, number>()
  const onStart = (name: string) => () => void classes.set(name, (classes.get(name) ?? 0) + 1)
  const rec = new ListRecorder()
  const s = scenario(t.url, [
    { name: 'Heavy', weight: 3, wait: { kind: 'none' }, tasks: [req('/a', 5), req('/b', 1)], onStart: onStart('Heavy') },
    { name: 'Light', weight: 1, wait: { kind: 'none' }, tasks: [req('/c')], onStart: onStart('Light') },
  ], { users: 8, runTime: 1 })
  // A seeded RNG: the tolerance below holds however many iterations a busy machine manages.
  const out = await runScenario(s, rec, { protocols, random: mulberry32(7) })
  assert.deepEqual(Object.fromEntries(classes), { Heavy: 6, Light: 2 })
  const a = rec.count('/a')
  const b = rec.count('/b')
  assert.ok(a + b > 100, `enough iterations: ${a + b}`)
  // Task weights 5:1 → P(/a) = 5/6; within 4 standard deviations.
  const n = a + b
  const sd = Math.sqrt((n * 5 * 1) / 36)
  assert.ok(Math.abs(a - (n * 5) / 6) < 4 * sd, `/a ${a} of ${n}`)
  assert.ok(rec.requests.every((r) => r.error === null))
  assert.equal(out.interrupted, false)
  assert.ok(out.endTime - out.startTime >= 1 && out.endTime - out.startTime < 2.5, `took ${out.endTime - out.startTime}`)
})

test('spawn rate and run time are honoured', async () => {
  const t = await target({ '/x': { body: 'x' } })
  const starts: number[] = []
  const t0 = performance.now()
  const rec = new ListRecorder()
  const s = scenario(t.url, [{
    name: 'U', weight: 1, wait: { kind: 'constant', seconds: 0.05 }, tasks: [req('/x')],
    onStart: (ctx: TaskContext) => void (starts[ctx.userIndex] = (performance.now() - t0) / 1000),
  }], { users: 6, spawnRate: 4, runTime: 2 })
  const out = await runScenario(s, rec, { protocols })
  const elapsed = (performance.now() - t0) / 1000
  assert.equal(starts.length, 6)
  // User k starts at k / 4 s.
  starts.forEach((at, k) => assert.ok(Math.abs(at - k / 4) < 0.2, `user ${k} started at ${at.toFixed(3)} s`))
  assert.ok(elapsed >= 2 && elapsed < 2.6, `run took ${elapsed.toFixed(2)} s`)
  assert.equal(Math.max(...rec.userCounts), 6)
  assert.equal(rec.userCounts.at(-1), 0)
  assert.ok(out.endTime - out.startTime >= 2)
})

test('graceful stop: running tasks finish and are recorded; the rest is cancelled after stop-timeout', async () => {
  const t = await target({ '/slow': { delayMs: 700, body: 'ok' }, '/hang': { hang: true } })
  const rec = new ListRecorder()
  const slow = scenario(t.url, [{ name: 'U', weight: 1, wait: { kind: 'none' }, tasks: [req('/slow')] }], { users: 3, runTime: 1, stopTimeout: 5 })
  const t0 = performance.now()
  await runScenario(slow, rec, { protocols })
  const took = (performance.now() - t0) / 1000
  // Each user's second request was in flight at 1 s and completes (≈1.4 s), then users stop.
  assert.ok(took >= 1.3 && took < 2.2, `took ${took}`)
  assert.equal(rec.count('/slow'), t.hitCount('GET /slow'))
  assert.ok(rec.requests.every((r) => r.error === null && r.ms >= 690))

  const rec2 = new ListRecorder()
  const hang = scenario(t.url, [{ name: 'U', weight: 1, wait: { kind: 'none' }, tasks: [req('/hang')] }], { users: 2, runTime: 0.5, stopTimeout: 0.3 })
  const t1 = performance.now()
  await runScenario(hang, rec2, { protocols })
  const took2 = (performance.now() - t1) / 1000
  assert.ok(took2 >= 0.75 && took2 < 1.6, `took ${took2}`)
  assert.equal(rec2.requests.length, 0, 'cancelled requests are not recorded')
  assert.equal(rec2.exceptions.length, 0)
})

test('an abort signal stops the run early and it still returns', async () => {
  const t = await target({ '/x': { body: 'x' } })
  const rec = new ListRecorder()
  const stop = new AbortController()
  setTimeout(() => stop.abort(), 300)
  const s = scenario(t.url, [{ name: 'U', weight: 1, wait: { kind: 'constant', seconds: 10 }, tasks: [req('/x')] }], { users: 2, runTime: null })
  const t0 = performance.now()
  const out = await runScenario(s, rec, { protocols, signal: stop.signal })
  assert.ok(performance.now() - t0 < 1000, 'the 10 s wait was cut short')
  assert.equal(out.interrupted, true)
  assert.equal(rec.count('/x'), 2)
})

test('pacing keeps task starts on a fixed period', async () => {
  const t = await target({ '/x': { delayMs: 50, body: 'x' } })
  const rec = new ListRecorder()
  const s = scenario(t.url, [{ name: 'U', weight: 1, wait: { kind: 'pacing', seconds: 0.2 }, tasks: [req('/x')] }], { users: 1, runTime: 1.05 })
  await runScenario(s, rec, { protocols })
  // Starts at 0, 0.2, … 1.0 → 6 requests (5 or 7 on a slow machine).
  assert.ok(Math.abs(rec.count('/x') - 6) <= 1, `${rec.count('/x')} requests`)
})

test('user-code errors become exceptions, never crash the run; progress is reported', async () => {
  const t = await target({ '/x': { body: 'x' } })
  const rec = new ListRecorder()
  let stops = 0
  const events: number[] = []
  const s = scenario(t.url, [{
    name: 'U', weight: 1, wait: { kind: 'constant', seconds: 0.1 },
    onStart: () => { throw new Error('setup failed') },
    onStop: () => void stops++,
    tasks: [{ name: 'boom', weight: 1, fn: async (ctx) => { await ctx.http.get('/x'); throw new TypeError('bad thing') } }],
  }], { users: 2, runTime: 1.2 })
  await runScenario(s, rec, { protocols, onProgress: (p) => events.push(p.users) })
  assert.equal(rec.exceptions.filter((e) => e.message === 'setup failed').length, 2)
  assert.ok(rec.exceptions.filter((e) => e.message === 'bad thing').length >= 4)
  assert.match(rec.exceptions[0]?.traceback ?? '', /^\s+at /)
  assert.equal(stops, 2)
  assert.ok(rec.count('/x') >= 4)
  assert.deepEqual(events, [2])
})

test('a code task that never awaits I/O cannot starve the run-time timer', async () => {
  const rec = new ListRecorder()
  let n = 0
  const s = scenario('http://127.0.0.1:1', [{ name: 'Spin', weight: 1, wait: { kind: 'none' }, tasks: [{ name: 'spin', weight: 1, fn: () => void n++ }] }], { users: 1, runTime: 0.3 })
  const t0 = performance.now()
  await runScenario(s, rec, { protocols })
  assert.ok(performance.now() - t0 < 1500, 'stopped on time')
  assert.ok(n > 1000, `${n} iterations`)
})
