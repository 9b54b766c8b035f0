import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { run } from '../../../src/engine/index.ts'
import type { LoadSpec, Scenario, UserClass } from '../../../src/engine/types.ts'
import { decodeHistogram, percentileMs } from '../../../src/stats/histogram.ts'
import type { RunResult } from '../../../src/stats/types.ts'
import { startHttpTarget, type HttpTarget, type Route } from '../../helpers/servers.ts'

const targets: HttpTarget[] = []
after(() => Promise.all(targets.map((t) => t.close())))
async function target(routes: Record<string, Route>) {
  const t = await startHttpTarget(routes)
  targets.push(t)
  return t
}
// A wait that would throttle a closed-model user: the open model must ignore it.
const user: UserClass = { name: 'U', weight: 1, wait: { kind: 'constant', seconds: 5 }, tasks: [{ name: '/x', weight: 1, steps: [{ kind: 'http', request: { method: 'GET', path: '/x' } }] }] }
function scenario(host: string, arrivalRate: LoadSpec['arrivalRate']): Scenario {
  return { file: 'test', name: 'arrival', host, users: [user], load: { users: 1, spawnRate: 1, runTime: null, stopTimeout: 3, arrivalRate } }
}
const constant = (rate: number, duration: number, maxUsers: number, preAllocated = 0) =>
  ({ kind: 'constant' as const, stages: [{ rate, duration }], startRate: rate, maxUsers, preAllocated })
const pct = (r: RunResult, p: number) => percentileMs(decodeHistogram(r.total.histogram), p) ?? 0

test('constant arrival rate is held while the target is slow (50/s for 3 s, 200 ms replies)', async () => {
  const t = await target({ '/x': { delayMs: 200, body: 'x' } })
  const t0 = performance.now()
  const r = await run(scenario(t.url, constant(50, 3, 40, 10)))
  const took = (performance.now() - t0) / 1000
  // A closed model with 5 s waits would manage a handful; the schedule starts 150.
  assert.ok(Math.abs(r.total.numRequests - 150) <= 15, `${r.total.numRequests} iterations`)
  assert.equal(r.meta.droppedIterations, 0)
  assert.equal(r.meta.shape, 'constant-arrival-rate')
  assert.equal(r.meta.runTime, 3)
  assert.ok(took >= 3 && took < 4.5, `took ${took.toFixed(2)} s`)
  // About rate × latency = 10 users busy at a time, never the whole pool.
  const peak = Math.max(...r.history.map((s) => s.userCount))
  assert.ok(peak >= 8 && peak <= 20, `peak busy users ${peak}`)
  assert.ok(pct(r, 50) >= 195 && pct(r, 50) < 400, `median ${pct(r, 50)}`)
})

test('a stalled target shows in the percentiles: 1 s pause → p99 ≈ 1 s, the schedule keeps going', async () => {
  const t0 = performance.now()
  let stallUntil = 0
  const t = await target({
    '/x': () => {
      const now = performance.now()
      // The server pauses from 1 s to 2 s into the run: every request in that second waits until its end.
      if (now - t0 >= 1000 && !stallUntil) stallUntil = now + 1000
      return { body: 'x', delayMs: stallUntil > now ? stallUntil - now : 0 }
    },
  })
  const r = await run(scenario(t.url, constant(50, 3, 100, 10)))
  assert.ok(Math.abs(r.total.numRequests - 150) <= 15, `${r.total.numRequests} iterations`)
  assert.equal(r.meta.droppedIterations, 0)
  assert.ok(pct(r, 99) >= 900, `p99 ${pct(r, 99)} ms`)
  assert.ok(pct(r, 50) < 100, `median ${pct(r, 50)} ms`)
})

test('a stalled generator is measured from the intended start (coordinated omission)', async () => {
  const t = await target({ '/x': { body: 'x' } })
  // Block the event loop for 1 s, 1 s into the run: iterations due meanwhile start late, and their
  // latency must include the lateness (the target itself answers in about a millisecond).
  const blocker = setTimeout(() => {
    const end = performance.now() + 1000
    while (performance.now() < end);
  }, 1000)
  const r = await run(scenario(t.url, constant(50, 3, 50, 10)))
  clearTimeout(blocker)
  assert.ok(Math.abs(r.total.numRequests - 150) <= 15, `${r.total.numRequests} iterations`)
  // ~50 of 150 iterations were up to 1 s late: the slowest tenth waited at least half a second.
  assert.ok(pct(r, 90) >= 500, `p90 ${pct(r, 90)} ms`)
  assert.ok(pct(r, 99) >= 900, `p99 ${pct(r, 99)} ms`)
  assert.ok(pct(r, 50) < 50, `median ${pct(r, 50)} ms`)
})

test('iterations with no free user are dropped and counted, not hidden', async () => {
  const t = await target({ '/x': { delayMs: 500, body: 'x' } })
  // 5 users × 2 iterations/s can serve ~10/s of the 50/s asked for.
  const r = await run(scenario(t.url, constant(50, 2, 5, 5)))
  const started = t.hitCount('GET /x')
  const dropped = r.meta.droppedIterations ?? -1
  assert.equal(started + dropped, 100, `started ${started} + dropped ${dropped}`)
  assert.ok(dropped >= 70 && dropped <= 85, `dropped ${dropped}`)
  assert.ok(Math.max(...r.history.map((s) => s.userCount)) <= 5)
})

test('ramping arrival rate follows its stages linearly', async () => {
  const t = await target({ '/x': { body: 'x' } })
  const r = await run(scenario(t.url, { kind: 'ramping', stages: [{ rate: 40, duration: 2 }, { rate: 0, duration: 0 }, { rate: 0, duration: 1 }], startRate: 0, maxUsers: 20 }))
  // ∫ 0→40 over 2 s = 40 iterations (the first at 0 + 1), then nothing for a second.
  assert.ok(Math.abs(r.total.numRequests - 39) <= 3, `${r.total.numRequests} iterations`)
  assert.equal(r.meta.shape, 'ramping-arrival-rate')
  assert.equal(r.meta.runTime, 3)
})
