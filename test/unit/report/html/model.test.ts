import { test } from 'node:test'
import assert from 'node:assert/strict'
import { buildReportModel } from '../../../../src/report/html/model.ts'
import { buildCharts, ninesX } from '../../../../src/report/html/charts.ts'
import { statsRows } from '../../../../src/stats/summary.ts'
import { makeResult } from './fixture.ts'
import { regressedPair } from './scenarios.ts'

test('without baseline or SLOs the verdict says so and no baseline lines are drawn', () => {
  const m = buildReportModel(makeResult())
  assert.equal(m.verdict.status, 'none')
  assert.equal(m.verdict.label, 'NO BASELINE')
  assert.equal(m.baseTimeline, null)
  assert.equal(m.baseLevels, null)
  assert.ok(m.distribution.every((d) => d.base === null))
  const { specs } = buildCharts(m)
  assert.ok(specs.every((s) => s.series.every((x) => !x.dashed) && !s.levels?.length))
})

test('a comparison gives the PR comment verdict; a baseline run gives baseline series', () => {
  const { base, current, comparison } = regressedPair()
  const m = buildReportModel(current, { comparison, baseline: base })
  assert.equal(m.verdict.status, 'fail')
  assert.match(m.verdict.detail, /^FAIL: \d+ regressions/)
  assert.equal(m.baseTimeline?.t.length, 180)
  const { specs } = buildCharts(m)
  const latency = specs.find((s) => s.id === 'latency')!
  assert.deepEqual(latency.series.map((s) => `${s.label}${s.dashed ? ' (dashed)' : ''}`), ['p50', 'p95', 'baseline p50 (dashed)', 'baseline p95 (dashed)'])
  // Every distribution point has both sides, and the slower run is above its baseline in the tail.
  const tail = m.distribution.find((d) => d.p === 0.99)!
  assert.ok(tail.current! > tail.base!)
})

test('baseline rows (a Locust CSV) give flat baseline levels and the eleven Locust percentiles', () => {
  const { base, current } = regressedPair()
  const rows = statsRows(base)
  const m = buildReportModel(current, { baseline: rows })
  const total = rows.at(-1)!
  assert.deepEqual(m.baseLevels, { rps: total.requestsPerSecond, fps: total.failuresPerSecond, p50: total.percentiles['50%'], p95: total.percentiles['95%'] })
  assert.equal(m.distribution.filter((d) => d.base !== null).length, 11)
  assert.equal(m.distribution.find((d) => d.p === 0.95)?.base, total.percentiles['95%'])
  const levels = buildCharts(m).specs.find((s) => s.id === 'latency')!.levels!
  assert.deepEqual(levels.map((l) => l.value), [total.percentiles['50%'], total.percentiles['95%']])
})

test('metadata lists what a reviewer needs, nothing from request headers', () => {
  const r = makeResult()
  const m = buildReportModel(r)
  const meta = Object.fromEntries(m.meta.map((e) => [e.label, e.value]))
  assert.equal(meta.Scenario, 'checkout-api')
  assert.equal(meta.Host, 'http://127.0.0.1:8080')
  assert.equal(meta.Users, '10')
  assert.equal(meta['Spawn rate'], '2/s')
  assert.equal(meta.Duration, '1m 00s (configured 1m 00s)')
  assert.equal(meta.Started, '2023-11-14 22:13:20 UTC')
  assert.equal(meta.Commit, '0123456789ab (refs/pull/42/merge)')
})

test('the nines axis spreads the tail', () => {
  assert.equal(ninesX(0.9), 1)
  assert.ok(Math.abs(ninesX(0.99) - 2) < 1e-9)
  assert.equal(ninesX(1), 4.5)
  assert.ok(ninesX(0.5) < ninesX(0.9))
})
