import { test } from 'node:test'
import assert from 'node:assert/strict'
import { latencyClass } from '../../../../src/report/html/assessment.ts'
import { buildReportModel } from '../../../../src/report/html/model.ts'
import type { Thresholds } from '../../../../src/compare/types.ts'
import { makeResult } from './fixture.ts'

const rules = (m: ReturnType<typeof buildReportModel>) => m.assessment.findings.map((f) => f.rule)

test('latency class follows the Aggregated p95 boundaries', () => {
  const cases: [number | null, string | null][] = [
    [0.5, 'excellent'],
    [49.99, 'excellent'],
    [50, 'good'],
    [99.9, 'good'],
    [100, 'acceptable'],
    [199.9, 'acceptable'],
    [200, 'poor'],
    [5000, 'poor'],
    [null, null],
  ]
  for (const [p95, want] of cases) assert.equal(latencyClass(p95), want, String(p95))
})

test('a healthy run gets its class from the measured p95 and no findings', () => {
  const m = buildReportModel(makeResult({ endpoints: [{ type: 'GET', name: '/a', ms: 10 }] }))
  assert.equal(m.assessment.latencyClass, 'excellent')
  assert.ok(m.assessment.p95 !== null && m.assessment.p95 < 50)
  assert.deepEqual(m.assessment.findings, [])
  assert.equal(m.assessment.slo, null)
})

test('high latency and high error rate are stated with the measured numbers', () => {
  const m = buildReportModel(
    makeResult({ endpoints: [{ type: 'GET', name: '/slow', ms: 400, failRate: 0.2, error: 'ConnectionRefusedError(111)' }, { type: 'GET', name: '/fast', ms: 5 }] }),
  )
  assert.equal(m.assessment.latencyClass, 'poor')
  const err = m.assessment.findings.find((f) => f.rule === 'high-error-rate')
  assert.equal(err?.severity, 'fail')
  const total = m.rows.at(-1)!
  assert.ok(err?.detail.includes(`${total.failures.toLocaleString('en-US')} of ${total.requests.toLocaleString('en-US')}`), err?.detail)
  assert.ok(err?.detail.includes('ConnectionRefusedError(111) on GET /slow'), err?.detail)
  const lat = m.assessment.findings.find((f) => f.rule === 'high-latency')
  assert.ok(lat?.title.includes(`${Math.round(m.assessment.p95!)}`), lat?.title)
  assert.ok(lat?.detail.includes('GET /slow'))
  assert.ok(!lat?.detail.includes('/fast'), 'only slow endpoints are named')
})

test('one slow endpoint under a fast aggregate is an info finding, not a latency class change', () => {
  const eps = [{ type: 'GET', name: '/report', ms: 150 }, ...Array.from({ length: 30 }, (_, i) => ({ type: 'GET', name: `/f${i}`, ms: 3 }))]
  const m = buildReportModel(makeResult({ endpoints: eps, rpsPerUser: 60 }))
  assert.equal(m.assessment.latencyClass, 'excellent')
  const f = m.assessment.findings.find((x) => x.rule === 'high-latency')
  assert.equal(f?.severity, 'info')
  assert.ok(f?.detail.includes('GET /report'))
})

test('degradation compares the first and last window of the steady state', () => {
  const flat = buildReportModel(makeResult({ seconds: 120, users: 5, spawnRate: 5 }))
  assert.ok(!rules(flat).includes('degradation'))
  const worse = buildReportModel(makeResult({ seconds: 120, users: 5, spawnRate: 5, slowdown: (s) => 1 + s / 40 }))
  const d = worse.assessment.findings.find((f) => f.rule === 'degradation')
  assert.ok(d, JSON.stringify(rules(worse)))
  assert.match(d.detail, /First vs last 2\d s at full load: p95 .* → .* \(\+\d+/)
  // Too short to split into windows: nothing is claimed.
  const short = buildReportModel(makeResult({ seconds: 20, users: 5, spawnRate: 5, slowdown: (s) => 1 + s }))
  assert.ok(!rules(short).includes('degradation'))
})

test('saturation: throughput per user that falls as users grow is a low-throughput finding', () => {
  const scaling = buildReportModel(makeResult({ seconds: 60, users: 40, spawnRate: 2 }))
  assert.ok(!rules(scaling).includes('low-throughput'))
  // Beyond 8 users the target serves no more requests in total.
  const sat = buildReportModel(makeResult({ seconds: 60, users: 40, spawnRate: 2, throughput: (_s, u) => Math.min(1, 8 / u) }))
  const f = sat.assessment.findings.find((x) => x.rule === 'low-throughput')
  assert.ok(f, JSON.stringify(rules(sat)))
  assert.match(f.detail, /40 users: 1.00 req\/s per user \(−/)
})

test('SLOs: PASS/FAIL from compare, unmet minimum throughput is a finding, unmeasured endpoints fail', () => {
  const slo = (s: Thresholds['slo']): Thresholds => ({ rules: {}, endpoints: [], slo: s })
  const r = makeResult()
  const ok = buildReportModel(r, { slo: slo([{ selector: 'Aggregated', slo: { p95: { fail: 500 } } }]) })
  assert.equal(ok.assessment.slo?.status, 'pass')
  assert.equal(ok.verdict.status, 'pass')
  assert.deepEqual(ok.assessment.slo?.checks.map((c) => [c.scope, c.metric, c.limit]), [['Aggregated', 'p95', 500]])
  const bad = buildReportModel(r, {
    slo: slo([
      { selector: 'Aggregated', slo: { rps: { fail: 1000 } } },
      { selector: 'GET /missing', slo: { p95: { fail: 100 } } },
    ]),
  })
  assert.equal(bad.assessment.slo?.status, 'fail')
  assert.equal(bad.verdict.label, 'FAIL')
  const missing = bad.assessment.slo?.checks.find((c) => c.scope === 'GET /missing')
  assert.equal(missing?.actual, null)
  assert.equal(missing?.status, 'fail')
  const low = bad.assessment.findings.find((f) => f.rule === 'low-throughput')
  assert.ok(low?.title.includes('1,000 req/s SLO'), low?.title)
})

test('a run without requests claims nothing', () => {
  const r = makeResult({ seconds: 5 })
  r.entries = []
  r.total = { ...r.total, numRequests: 0, numFailures: 0, histogram: '', minResponseTime: null, maxResponseTime: 0, totalResponseTime: 0 }
  r.history = r.history.map((h) => ({ ...h, total: { requests: 0, failures: 0, histogram: '' } }))
  r.failures = []
  const m = buildReportModel(r)
  assert.equal(m.assessment.latencyClass, null)
  assert.deepEqual(m.assessment.findings, [])
})
