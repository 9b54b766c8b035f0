import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadScenario, run } from '../../../src/engine/index.ts'
import { runScenario } from '../../../src/engine/runner.ts'
import { createRegistry } from '../../../src/engine/registry.ts'
import { stagesShape } from '../../../src/engine/stages.ts'
import { httpProtocol } from '../../../src/protocols/http/index.ts'
import type { Recorder, Scenario, UserClass } from '../../../src/engine/types.ts'
import { useTargets } from '../../helpers/servers.ts'

const target = useTargets()
const user: UserClass = { name: 'U', weight: 1, wait: { kind: 'constant', seconds: 0.05 }, tasks: [{ name: '/x', weight: 1, steps: [{ kind: 'http', request: { method: 'GET', path: '/x' } }] }] }
function scenario(host: string, load: Partial<Scenario['load']>): Scenario {
  return { file: 'test', name: 'shapes', host, users: [user], load: { users: 1, spawnRate: 1, runTime: null, stopTimeout: 2, ...load } }
}

/** Records the user count with the elapsed time of each change. */
class TimedCounts implements Recorder {
  readonly t0 = performance.now()
  readonly counts: { at: number; n: number }[] = []
  request(): void {}
  exception(message: string): void {
    throw new Error(`unexpected exception: ${message}`)
  }
  setUserCount(n: number): void {
    this.counts.push({ at: (performance.now() - this.t0) / 1000, n })
  }
  /** The user count at elapsed second `t`. */
  at(t: number): number {
    return this.counts.filter((c) => c.at <= t).at(-1)?.n ?? 0
  }
}

test('stages: users ramp linearly, hold, drop at once on a zero-length stage, and the run ends with the stages', async () => {
  const t = await target({ '/x': { body: 'x' } })
  const rec = new TimedCounts()
  const stages = [{ duration: 2, users: 10 }, { duration: 1, users: 10 }, { duration: 0, users: 3 }, { duration: 1, users: 3 }]
  await runScenario(scenario(t.url, { shape: { name: 'stages', fn: stagesShape(stages), tickSeconds: 0.1 } }), rec, { protocols: createRegistry([httpProtocol]) })
  const took = (performance.now() - rec.t0) / 1000
  assert.ok(took >= 4 && took < 5, `took ${took.toFixed(2)} s`)
  // Linear 0 → 10 over 2 s: one user every 0.2 s.
  assert.ok(Math.abs(rec.at(1.05) - 5) <= 1, `users at 1 s: ${rec.at(1.05)}`)
  assert.equal(rec.at(2.5), 10)
  assert.equal(rec.at(3.5), 3)
  assert.equal(Math.max(...rec.counts.map((c) => c.n)), 10)
  assert.equal(rec.counts.at(-1)?.n, 0)
})

test('stages in the results history: HistorySecond.userCount follows the stages', async () => {
  const t = await target({ '/x': { body: 'x' } })
  const stages = [{ duration: 1, users: 6, spawnRate: 100 }, { duration: 2, users: 6 }, { duration: 0, users: 2 }, { duration: 3, users: 2 }]
  const r = await run(scenario(t.url, { shape: { name: 'stages', fn: stagesShape(stages), tickSeconds: 0.1 } }))
  assert.equal(r.meta.shape, 'stages')
  // Seconds wholly inside the 6-user hold (1.2–3 s) and inside the 2-user hold (3.2–6 s). History
  // seconds are epoch seconds, so each window is over 2 s long to hold a whole one whatever the start.
  const start = r.meta.startTime
  const inside = (from: number, to: number) => r.history.filter((s) => s.time >= start + from && s.time + 1 <= start + to)
  const six = inside(0.9, 3.05)
  const two = inside(3.2, 6.05)
  assert.ok(six.length >= 1 && two.length >= 1, JSON.stringify(r.history.map((s) => [s.time - start, s.userCount])))
  assert.deepEqual([...new Set(six.map((s) => s.userCount))], [6])
  assert.deepEqual([...new Set(two.map((s) => s.userCount))], [2])
  assert.ok(r.history.every((s) => s.userCount <= 6))
  // The drop from 6 to 2 is a sudden jump down, not a spike; no spikes reported.
  assert.equal(r.meta.spikes, undefined)
})

test('custom shape from a TS scenario file: users follow it, null ends the run', async () => {
  const t = await target({ '/x': { body: 'x' } })
  const mod = await import('../../fixtures/scenarios/shape.ts')
  const s = await loadScenario('test/fixtures/scenarios/shape.ts', { host: t.url })
  assert.equal(s.load.shape?.name, 'custom')
  const t0 = performance.now()
  const r = await run(s)
  const took = (performance.now() - t0) / 1000
  assert.ok(took >= 4 && took < 5.2, `took ${took.toFixed(2)} s`)
  assert.equal(r.meta.shape, 'custom')
  // Asked about once a second, as Locust ticks: at 0, 1, 2, 3 and 4 s.
  assert.deepEqual(mod.ticks.map((x) => Math.round(x)), [0, 1, 2, 3, 4])
  assert.equal(Math.max(...r.history.map((h) => h.userCount)), 4)
  assert.ok(r.history.some((h) => h.userCount === 2))
  assert.ok(r.total.numRequests > 20, `${r.total.numRequests} requests`)
})

test('a shape that throws ends the run and is recorded as an exception', async () => {
  const t = await target({ '/x': { body: 'x' } })
  const fn = (e: number) => {
    if (e >= 0.5) throw new Error('shape broke')
    return { users: 1, spawnRate: 1 }
  }
  const r = await run(scenario(t.url, { shape: { name: 'custom', fn, tickSeconds: 0.5 } }))
  assert.equal(r.exceptions[0]?.msg, 'shape broke')
  assert.ok(r.meta.endTime - r.meta.startTime < 1.5)
})

test('spike profile: baseline, sudden ×N, back; the spike and its recovery time are in the results', async () => {
  let inflight = 0
  // The target is overloaded above 4 concurrent requests (150 ms instead of 20 ms), so the spike
  // shows in p95 and latency recovers when it ends.
  const t = await target({
    '/x': async () => {
      inflight++
      await new Promise((ok) => setTimeout(ok, inflight > 4 ? 150 : 20))
      inflight--
      return { body: 'x' }
    },
  })
  const r = await run(scenario(t.url, { users: 2, spawnRate: 100, runTime: 10, profile: { name: 'spike', factor: 5 } }))
  assert.equal(r.meta.shape, 'profile:spike')
  assert.equal(Math.max(...r.history.map((h) => h.userCount)), 10)
  const spike = r.meta.spikes?.[0]
  assert.ok(spike && r.meta.spikes?.length === 1, JSON.stringify(r.meta.spikes))
  assert.equal(spike.baseLevel, 2)
  assert.equal(spike.peakLevel, 10)
  assert.ok(spike.end !== null && spike.end - spike.start >= 1 && spike.end - spike.start <= 3, JSON.stringify(spike))
  assert.ok((spike.peakP95 ?? 0) > (spike.baselineP95 ?? Infinity) * 2, JSON.stringify(spike))
  assert.ok(spike.recoverySeconds !== null && spike.recoverySeconds <= 3, JSON.stringify(spike))
})
