import { test } from 'node:test'
import assert from 'node:assert/strict'
import { degradation } from '../../../src/stats/degradation.ts'
import { detectSpikes, spikeRecovery } from '../../../src/stats/recovery.ts'
import { encodeHistogram, newHistogram, recordMs } from '../../../src/stats/histogram.ts'
import type { HistorySecond } from '../../../src/stats/types.ts'

/** A history second with `n` requests all taking `ms`. */
function second(time: number, n: number, ms: number, users = 1, memory?: HistorySecond['memory']): HistorySecond {
  const h = newHistogram()
  for (let i = 0; i < n; i++) recordMs(h, ms)
  const s: HistorySecond = { time, userCount: users, total: { requests: n, failures: 0, histogram: encodeHistogram(h) } }
  if (memory) s.memory = memory
  return s
}

test('degradation: first vs last window (10 % of the run), memory first/last/peak', () => {
  // 100 s: throughput falls from 100/s to 80/s and p95 rises from 10 to 20 ms over the run.
  const history = Array.from({ length: 101 }, (_, i) => second(1000 + i, i < 50 ? 100 : 80, i < 50 ? 10 : 20, 5, { rss: 100e6 + (i === 60 ? 5e6 : 0), heapUsed: 20e6 }))
  const d = degradation(history)
  assert.ok(d)
  assert.equal(d.window, 10)
  assert.deepEqual([d.first.from, d.first.to, d.last.from, d.last.to], [1000, 1010, 1090, 1100])
  assert.equal(d.first.rps, 100)
  assert.equal(d.last.rps, 80)
  assert.ok(Math.abs((d.rpsChange ?? 0) + 20) < 1e-9)
  assert.ok(Math.abs((d.p95Change ?? 0) - 100) < 1)
  assert.deepEqual(d.memory, { firstRss: 100e6, lastRss: 100e6, peakRss: 105e6, firstHeap: 20e6, lastHeap: 20e6, peakHeap: 20e6, samples: 101 })
  // Windows are at most 60 s; a run without requests has no degradation.
  assert.equal(degradation(Array.from({ length: 2000 }, (_, i) => second(i, 1, 1)))?.window, 60)
  assert.equal(degradation([second(1, 0, 0), second(2, 0, 0)]), null)
})

test('spikes: sudden jumps only (not ramps, not the start), ended when back near the base', () => {
  assert.deepEqual(detectSpikes([0, 10, 10, 10, 50, 50, 50, 10, 10]), [{ start: 4, end: 7, base: 10, peak: 50 }])
  // A linear ramp from 0 to 50 is not a spike, nor a fast start of the run.
  assert.deepEqual(detectSpikes([1, 6, 6, 6, 6]), [])
  assert.deepEqual(detectSpikes([0, 1, 3, 6, 6, 6]), [])
  assert.deepEqual(detectSpikes(Array.from({ length: 51 }, (_, i) => i)), [])
  // Three bursts.
  assert.equal(detectSpikes([5, 5, 5, 25, 5, 5, 5, 25, 5, 5, 5, 25, 5, 5]).length, 3)
  // A spike that never ends.
  assert.deepEqual(detectSpikes([10, 10, 10, 50, 50]), [{ start: 3, end: null, base: 10, peak: 50 }])
})

test('recovery time: seconds after the spike until the 3 s rolling p95 is within 20 % of the baseline', () => {
  // Baseline 10 ms; spike at 10–14 s (100 ms); latency stays high 3 s after the spike ends, then 11 ms.
  const lat = (i: number) => (i < 10 ? 10 : i < 18 ? 100 : 11)
  const levels = Array.from({ length: 30 }, (_, i) => (i >= 10 && i < 15 ? 50 : 10))
  const history = levels.map((l, i) => second(2000 + i, l, lat(i), l))
  const [s] = spikeRecovery(history, levels)
  assert.ok(s)
  assert.deepEqual([s.start, s.end, s.baseLevel, s.peakLevel], [2010, 2015, 10, 50])
  assert.ok(Math.abs((s.baselineP95 ?? 0) - 10) < 0.1)
  assert.ok(Math.abs((s.peakP95 ?? 0) - 100) < 1)
  assert.equal(s.recoverySeconds, 3)
  // Never recovers within the run → null.
  const stuck = levels.map((l, i) => second(2000 + i, l, i < 10 ? 10 : 100, l))
  assert.equal(spikeRecovery(stuck, levels)[0]?.recoverySeconds, null)
})

test('compare notes: degradation and memory for long enough runs, dropped iterations, spikes', async () => {
  const { degradationNotes } = await import('../../../src/stats/degradation.ts')
  const history = Array.from({ length: 41 }, (_, i) => second(1000 + i, i < 20 ? 100 : 50, i < 20 ? 10 : 30, 5, { rss: 100 * 2 ** 20, heapUsed: 10 * 2 ** 20 }))
  const meta = { scenario: 's', host: 'h', users: 5, spawnRate: 5, runTime: 40, startTime: 1000, endTime: 1041, tool: 't', version: '0', droppedIterations: 3 }
  const result = { formatVersion: 1 as const, meta, entries: [], total: history[0] as never, failures: [], exceptions: [], history }
  assert.deepEqual(degradationNotes(result), [
    'over the run (first vs last 4 s): 100.0 → 50.0 req/s (-50.0 %), p95 10.0 ms → 30.0 ms (+199.9 %)',
    'generator memory: RSS 100.0 MiB → 100.0 MiB (peak 100.0 MiB), heap 10.0 MiB → 10.0 MiB',
    '3 iterations dropped (no free user when due; raise max-users)',
  ])
  // A short run says nothing about degradation.
  assert.deepEqual(degradationNotes({ ...result, meta: { ...meta, droppedIterations: 0 }, history: history.slice(0, 10) }), [])
})
