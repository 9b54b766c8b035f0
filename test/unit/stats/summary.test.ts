import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { StatsRecorder } from '../../../src/stats/recorder.ts'
import { locustKey, locustMedian, pyRound, statsRows, toStatsRow } from '../../../src/stats/summary.ts'
import { PERCENTILE_LABELS } from '../../../src/stats/types.ts'
import type { RunMeta } from '../../../src/stats/types.ts'

const meta: RunMeta = { scenario: 's', host: 'h', users: 1, spawnRate: 1, runTime: 1, startTime: 0, endTime: 1, tool: 't', version: '0' }

interface Expect {
  samples: number[]
  rows: Record<string, { median: number; medianType: string; avg: number; min: number; max: number; n: number; pct: number[] }>
}

test('pyRound is half to even like Python', () => {
  assert.equal(pyRound(2.5), 2)
  assert.equal(pyRound(3.5), 4)
  assert.equal(pyRound(-0.4), -0)
  assert.equal(pyRound(145, -1), 140)
  assert.equal(pyRound(155, -1), 160)
  assert.equal(pyRound(1450, -2), 1400)
  assert.equal(pyRound(147.3, -1), 150)
  assert.equal(pyRound(58760, -3), 59000)
})

test('locustKey buckets like StatsEntry._log_response_time', () => {
  assert.deepEqual([0.4, 12.3, 99.7, 100.2, 147, 999.9, 3432, 58760].map(locustKey), [0, 12, 100, 100, 150, 1000, 3400, 59000])
})

test('median and percentiles equal Locust for a 2000-sample log-normal distribution', () => {
  const exp = JSON.parse(readFileSync(new URL('../../fixtures/locust/percentiles-expect.json', import.meta.url), 'utf8')) as Expect
  let clock = 1_700_000_000_000
  const rec = new StatsRecorder({ now: () => clock })
  exp.samples.forEach((x, i) => {
    clock += 1
    rec.request('GET', i % 3 ? '/a' : '/b', x, 100 + (i % 7), null)
  })
  const rows = statsRows(rec.result(meta))
  assert.deepEqual(rows.map((r) => r.name), ['/a', '/b', 'Aggregated'])
  for (const r of rows) {
    const e = exp.rows[r.name]!
    assert.equal(r.requests, e.n)
    assert.equal(r.medianResponseTime, e.median, `${r.name} median`)
    assert.ok(Math.abs(r.averageResponseTime - e.avg) < 1e-9, `${r.name} avg`)
    assert.equal(r.minResponseTime, e.min)
    assert.equal(r.maxResponseTime, e.max)
    assert.deepEqual(PERCENTILE_LABELS.map((l) => r.percentiles[l]), e.pct, `${r.name} percentiles`)
  }
})

test('median is clamped into [min, max] and then a float, as Locust does for one slow request', () => {
  const rec = new StatsRecorder({ now: () => 1000 })
  rec.request('GET', '/x', 99.7, 0, null)
  const e = rec.result(meta).entries[0]!
  assert.deepEqual(locustMedian(e), { value: 99.7, isInt: false })
  rec.request('GET', '/y', 12.2, 0, null)
  rec.request('GET', '/y', 12.4, 0, null)
  const y = rec.result(meta).entries.find((x) => x.name === '/y')!
  assert.deepEqual(locustMedian(y), { value: 12.2, isInt: false })
})

test('empty entry: zeros and null percentiles (N/A)', () => {
  const rec = new StatsRecorder({ now: () => 1000 })
  const r = toStatsRow(rec.result(meta).total)
  assert.equal(r.requests, 0)
  assert.equal(r.medianResponseTime, 0)
  assert.equal(r.averageResponseTime, 0)
  assert.equal(r.requestsPerSecond, 0)
  assert.equal(r.percentiles['95%'], null)
})

test('Requests/s divides by the run span (last request of the run − start)', () => {
  let clock = 10_000
  const rec = new StatsRecorder({ now: () => clock })
  clock = 12_000
  rec.request('GET', '/a', 5, 1, null)
  clock = 14_000
  rec.request('POST', '/b', 5, 1, 'HTTPError()')
  const res = rec.result(meta)
  const rows = statsRows(res)
  assert.equal(rows[0]!.requestsPerSecond, 0.25)
  assert.equal(rows[1]!.failuresPerSecond, 0.25)
  assert.equal(rows[2]!.requestsPerSecond, 0.5)
  assert.equal(rows[2]!.type, '')
})
