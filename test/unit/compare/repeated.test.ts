import { test } from 'node:test'
import assert from 'node:assert/strict'
import { compareRepeated } from '../../../src/compare/index.ts'
import { medianRows } from '../../../src/compare/median-rows.ts'
import { bootstrapQuantile, cdfOf, seeded } from '../../../src/compare/bootstrap.ts'
import { StatsRecorder } from '../../../src/stats/recorder.ts'
import { encodeHistogram, newHistogram, recordMs } from '../../../src/stats/histogram.ts'
import type { RunResult } from '../../../src/stats/types.ts'
import { row, total } from './helpers.ts'

/** A real results object: `n` requests to GET /x with latencies from `ms(i)`. */
function run(n: number, ms: (i: number) => number): RunResult {
  let t = 1_700_000_000_000
  const rec = new StatsRecorder({ now: () => t })
  for (let i = 0; i < n; i++) {
    t += 10
    rec.request('GET', '/x', ms(i), 100, null)
  }
  return rec.result({ scenario: 's', host: 'h', users: 1, spawnRate: 1, runTime: null, startTime: 0, endTime: 0, tool: 't', version: '1' })
}
const spread = (scale: number) => (i: number) => scale * (10 + ((i * 7919) % 100))

test('median of N: one wild run does not decide the verdict', () => {
  const base = [[row('GET', '/a', { p95: 50 }), total()], [row('GET', '/a', { p95: 52 }), total()], [row('GET', '/a', { p95: 48 }), total()]]
  const cur = [[row('GET', '/a', { p95: 51 }), total()], [row('GET', '/a', { p95: 200 }), total()], [row('GET', '/a', { p95: 49 }), total()]]
  const c = compareRepeated(base, cur)
  assert.equal(c.verdict, 'pass')
  assert.equal(c.rows.find((r) => r.name === '/a')!.findings.find((f) => f.metric === 'p95')!.current, 51)
  assert.equal(c.confidence!.iterations, 3)
  assert.match(c.confidence!.method, /median of 3 baseline and 3 current runs/)
  assert.ok(['high', 'low'].includes(c.confidence!.level!))
})

test('medianRows keeps rows present in some runs only, Aggregated last', () => {
  const rows = medianRows([[row('GET', '/a', { p95: 10 }), total()], [row('GET', '/a', { p95: 30 }), row('GET', '/b'), total()]])
  assert.deepEqual(rows.map((r) => r.name), ['/a', '/b', 'Aggregated'])
  assert.equal(rows[0]!.percentiles['95%'], 20)
})

test('with histograms: a clear +50 % shift fails with high confidence, and intervals are attached', () => {
  const base = [run(2000, spread(1)), run(2000, spread(1.02))]
  const cur = [run(2000, spread(1.5)), run(2000, spread(1.52))]
  const c = compareRepeated(base, cur, undefined, { resamples: 500 })
  assert.equal(c.verdict, 'fail')
  assert.equal(c.confidence!.level, 'high')
  assert.match(c.confidence!.method, /HDR histograms/)
  const p95 = c.rows.find((r) => r.name === '/x')!.findings.find((f) => f.metric === 'p95')!
  assert.ok(p95.interval && p95.interval.low > 10 && p95.interval.high > p95.interval.low, JSON.stringify(p95.interval))
})

test('with histograms: identical runs pass with high confidence', () => {
  const c = compareRepeated([run(2000, spread(1))], [run(2000, spread(1))], undefined, { resamples: 500 })
  assert.equal(c.verdict, 'pass')
  assert.equal(c.confidence!.level, 'high')
})

test('a change right at the limit from few samples gets low confidence', () => {
  const c = compareRepeated([run(60, spread(1))], [run(60, spread(1.12))], undefined, { resamples: 500 })
  assert.equal(c.verdict, 'fail')
  assert.notEqual(c.confidence!.level, 'high')
})

test('deterministic: same inputs and seed → same output', () => {
  const b = [run(500, spread(1))]
  const k = [run(500, spread(1.1))]
  assert.deepEqual(compareRepeated(b, k, undefined, { seed: 7, resamples: 300 }), compareRepeated(b, k, undefined, { seed: 7, resamples: 300 }))
})

test('single CSV runs: no interval, confidence says why', () => {
  const c = compareRepeated([[row('GET', '/a'), total()]], [[row('GET', '/a'), total()]])
  assert.equal(c.confidence!.level, 'none')
  assert.match(c.confidence!.summary, /needs ≥ 2 runs per side/)
})

test('no baseline runs: SLO/no-baseline verdict on the median', () => {
  const c = compareRepeated(null, [[row('GET', '/a'), total()], [row('GET', '/a'), total()]])
  assert.equal(c.hasBaseline, false)
  assert.equal(c.verdict, 'warn')
})

test('bootstrapQuantile: replicates centre on the sample quantile (exact path and normal path)', () => {
  for (const n of [40, 5000]) {
    const h = newHistogram()
    for (let i = 1; i <= n; i++) recordMs(h, i / 10)
    const cdf = cdfOf(encodeHistogram(h))!
    const rng = seeded(3)
    const xs = Array.from({ length: 2000 }, () => bootstrapQuantile(cdf, 0.95, rng)).sort((a, b) => a - b)
    const mid = xs[1000]!
    assert.ok(Math.abs(mid - (0.95 * n) / 10) <= (n / 10) * 0.03, `n=${n}: median replicate ${mid}`)
  }
})
