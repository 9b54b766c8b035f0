import { test } from 'node:test'
import assert from 'node:assert/strict'
import { changeFinding, sloFinding } from '../../../src/compare/rules.ts'
import { DEFAULT_RULES } from '../../../src/compare/metrics.ts'
import type { MetricName, MetricRule, Status } from '../../../src/compare/types.ts'

const rule = (m: MetricName) => DEFAULT_RULES[m] as MetricRule
const rel = (fail?: number, warn?: number, floor?: number): MetricRule => ({
  ...(fail !== undefined && { fail: { kind: 'relative', value: fail } }),
  ...(warn !== undefined && { warn: { kind: 'relative', value: warn } }),
  ...(floor !== undefined && { floor }),
})
const abs = (fail: number, floor?: number): MetricRule => ({ fail: { kind: 'absolute', value: fail }, ...(floor !== undefined && { floor }) })

// [what, metric, rule, base, current, expected status, reason pattern]
const cases: [string, MetricName, MetricRule | undefined, number | null, number | null, Status, RegExp?][] = [
  ['p95 +9 % passes the default +10 %', 'p95', rule('p95'), 100, 109, 'pass'],
  ['p95 exactly +10 % passes (the limit is strict)', 'p95', rule('p95'), 100, 110, 'pass'],
  ['p95 +11 % fails', 'p95', rule('p95'), 100, 111, 'fail', /^p95 \+11 % > \+10 % \(and \+11 ms ≥ 2 ms\)$/],
  ['p95 0 → 1 ms is under the 2 ms floor, not +∞ %', 'p95', rule('p95'), 0, 1, 'pass', /under the 2 ms floor/],
  ['p95 0 → 50 ms fails (from 0)', 'p95', rule('p95'), 0, 50, 'fail', /\+50 ms \(from 0\)/],
  ['p95 10 → 11.9 ms (+19 %) is under the floor', 'p95', rule('p95'), 10, 11.9, 'pass', /under the 2 ms floor/],
  ['p95 10 → 12 ms (+20 %) reaches the floor', 'p95', rule('p95'), 10, 12, 'fail'],
  ['p95 getting faster never fails', 'p95', rule('p95'), 100, 10, 'pass'],
  ['p95 N/A on the current side is not compared', 'p95', rule('p95'), 100, null, 'pass', /N\/A on the current run/],
  ['p95 N/A on the baseline is not compared', 'p95', rule('p95'), null, 100, 'pass', /N\/A on the baseline/],
  ['no rule: reported only', 'max', undefined, 10, 1000, 'pass'],
  ['p99 +30 % warns', 'p99', rule('p99'), 100, 130, 'warn', /^p99 \+30 % > \+25 %/],
  ['median +11 % warns', 'median', rule('median'), 100, 111, 'warn'],
  ['median 5 → 6 ms (+20 %) is under the floor', 'median', rule('median'), 5, 6, 'pass'],
  ['rps −11 % fails (drop is bad)', 'rps', rule('rps'), 100, 89, 'fail', /^rps −11 % < −10 %$/],
  ['rps −9 % passes', 'rps', rule('rps'), 100, 91, 'pass'],
  ['rps +50 % passes (rise is good)', 'rps', rule('rps'), 100, 150, 'pass'],
  ['error rate +1.5 pp fails', 'errorRate', rule('errorRate'), 0, 1.5, 'fail', /^errorRate \+1\.5 pp \(from 0\) > \+1 pp$/],
  ['error rate +0.9 pp passes', 'errorRate', rule('errorRate'), 2, 2.9, 'pass'],
  ['error rate drop passes', 'errorRate', rule('errorRate'), 50, 0, 'pass'],
  ['absolute +50 ms limit: +60 ms fails', 'p95', abs(50), 1000, 1060, 'fail', /^p95 \+60 ms > \+50 ms$/],
  ['absolute +50 ms limit: +40 ms passes even at +400 %', 'p95', abs(50), 10, 50, 'pass'],
  ['warn and fail: between the two warns', 'p95', rel(30, 10), 100, 120, 'warn'],
  ['warn and fail: beyond both fails', 'p95', rel(30, 10), 100, 140, 'fail'],
  ['requests −20 % with a relative rule fails', 'requests', rel(10), 100, 80, 'fail'],
  ['no floor: 0 → 0.1 ms is a rise from 0', 'p95', rel(10), 0, 0.1, 'fail'],
]

for (const [what, metric, r, base, current, status, reason] of cases) {
  test(`change rule: ${what}`, () => {
    const f = changeFinding(metric, r, base, current)
    assert.equal(f.status, status, f.reason)
    if (reason) assert.match(f.reason ?? '', reason)
    assert.equal(f.source, 'baseline')
  })
}

test('change finding carries delta, deltaPct and the rule text', () => {
  const f = changeFinding('p95', rule('p95'), 200, 250)
  assert.equal(f.delta, 50)
  assert.equal(f.deltaPct, 25)
  assert.equal(f.rule, 'fail > +10 %, floor 2 ms')
  assert.equal(changeFinding('p95', rule('p95'), 0, 5).deltaPct, null)
  assert.equal(changeFinding('rps', rule('rps'), 10, 5).rule, 'fail < −10 %')
})

// [what, metric, slo, current, status]
const slos: [string, MetricName, { warn?: number; fail?: number }, number | null, Status][] = [
  ['p95 under the ceiling', 'p95', { fail: 200 }, 150, 'pass'],
  ['p95 at the ceiling', 'p95', { fail: 200 }, 200, 'pass'],
  ['p95 over the ceiling', 'p95', { fail: 200 }, 201, 'fail'],
  ['p95 over warn only', 'p95', { warn: 150, fail: 200 }, 180, 'warn'],
  ['rps above the minimum', 'rps', { fail: 50 }, 51, 'pass'],
  ['rps below the minimum', 'rps', { fail: 50 }, 49, 'fail'],
  ['error rate over the maximum', 'errorRate', { fail: 1 }, 1.5, 'fail'],
  ['not measured (no requests) is not met', 'p95', { fail: 200 }, null, 'fail'],
  ['not measured with warn only warns', 'p95', { warn: 200 }, null, 'warn'],
]
for (const [what, metric, slo, current, status] of slos) {
  test(`SLO: ${what}`, () => {
    const f = sloFinding(metric, slo, current)
    assert.equal(f.status, status, f.reason)
    assert.equal(f.source, 'slo')
    assert.equal(f.base, slo.fail ?? slo.warn, 'base holds the limit')
  })
}
