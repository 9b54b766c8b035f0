import { test } from 'node:test'
import assert from 'node:assert/strict'
import { compare, parseThresholds, readStats } from '../../../src/compare/index.ts'
import { fixture, row, total } from './helpers.ts'

const base = () => [row('GET', '/a'), row('POST', '/b', { p95: 100 }), total()]

test('equal files pass, with every metric reported', () => {
  const rows = readStats(fixture('locust-2.12-base_stats.csv'), 'a.csv')
  const c = compare(rows, rows)
  assert.equal(c.verdict, 'pass')
  assert.deepEqual([c.added, c.removed], [[], []])
  assert.equal(c.rows.length, 6)
  assert.ok(c.rows.every((r) => r.presence === 'both' && r.findings.length === 8))
  assert.equal(c.hasBaseline, true)
})

test('real Locust runs: the verdict and the regressions come first, Aggregated last in its group', () => {
  const a = readStats(fixture('locust-2.12-base_stats.csv'), 'a.csv')
  const b = readStats(fixture('locust-2.12-current_stats.csv'), 'b.csv')
  const c = compare(a, b)
  assert.equal(c.verdict, 'fail')
  assert.deepEqual(c.rows.map((r) => r.status), ['fail', 'warn', 'pass', 'pass', 'pass', 'pass'])
  assert.equal(c.rows[0]!.name, 'Aggregated')
  assert.equal(c.rows[0]!.findings.find((f) => f.status === 'fail')!.metric, 'errorRate')
})

test('added and removed endpoints are reported, never crash, and do not fail by themselves', () => {
  const cur = [row('GET', '/a'), row('GET', '/new'), total()]
  const c = compare(base(), cur)
  assert.deepEqual(c.added, ['GET /new'])
  assert.deepEqual(c.removed, ['POST /b'])
  assert.equal(c.verdict, 'pass')
  const added = c.rows.find((r) => r.name === '/new')!
  assert.equal(added.presence, 'added')
  assert.ok(added.findings.every((f) => f.base === null && !f.rule))
  assert.equal(c.rows.find((r) => r.name === '/b')!.presence, 'removed')
})

test('a p95 regression on one endpoint fails; rps of endpoints is not judged by default', () => {
  const c = compare(base(), [row('GET', '/a', { rps: 10 }), row('POST', '/b', { p95: 130 }), total()])
  assert.equal(c.verdict, 'fail')
  assert.equal(c.rows[0]!.name, '/b')
  assert.equal(c.rows.find((r) => r.name === '/a')!.status, 'pass')
})

test('Aggregated rps drop fails', () => {
  assert.equal(compare(base(), [row('GET', '/a'), row('POST', '/b', { p95: 100 }), total({ rps: 40 })]).verdict, 'fail')
})

test('zero requests and N/A: latency not compared, error rate and rps still are', () => {
  const cur = [row('GET', '/a', { n: 0, med: null, p95: null, p99: null, rps: 0 }), row('POST', '/b', { p95: 100 }), total()]
  const c = compare(base(), cur)
  const a = c.rows.find((r) => r.name === '/a')!
  assert.equal(a.findings.find((f) => f.metric === 'p95')!.current, null)
  assert.equal(a.findings.find((f) => f.metric === 'errorRate')!.current, null)
  assert.equal(a.status, 'pass')
  const failuresOnly = compare(base(), [row('GET', '/a', { n: 0, fail: 5, med: null, p95: null, p99: null }), ...base().slice(1)])
  assert.equal(failuresOnly.rows[0]!.findings.find((f) => f.metric === 'errorRate')!.current, 100)
  assert.equal(failuresOnly.verdict, 'fail')
})

test('empty rows on both sides: nothing to compare, pass', () => {
  const c = compare([], [])
  assert.equal(c.verdict, 'pass')
  assert.deepEqual(c.rows, [])
})

test('globs and exact selectors from the thresholds file apply per endpoint', () => {
  const t = parseThresholds('endpoints:\n  "POST *":\n    p95: +50%\n  "*":\n    p99: off\n', 't.yml')
  const cur = [row('GET', '/a', { p95: 60 }), row('POST', '/b', { p95: 140, p99: 200 }), total()]
  const c = compare(base(), cur, t)
  assert.equal(c.rows.find((r) => r.name === '/b')!.status, 'pass', '+40 % is within the +50 % glob rule; p99 off')
  assert.equal(c.rows.find((r) => r.name === '/a')!.status, 'fail', 'GET /a keeps the default +10 %')
})

test('SLO only (no baseline): ceilings and minimums decide', () => {
  const t = parseThresholds('slo:\n  Aggregated: { p95: 40ms, rps: 10 }\n  GET /a: { errorRate: 1% }\n', 't.yml')
  const c = compare(null, base(), t)
  assert.equal(c.hasBaseline, false)
  assert.equal(c.verdict, 'fail')
  assert.ok(c.rows.every((r) => r.presence === 'current'))
  const agg = c.rows.find((r) => r.name === 'Aggregated')!
  assert.deepEqual(agg.findings.map((f) => [f.metric, f.status]), [['p95', 'fail'], ['rps', 'pass']])
  assert.deepEqual(c.notes, ['no baseline: checked against the SLOs only'])
  assert.equal(compare(null, base(), parseThresholds('slo:\n  Aggregated: { p95: 400ms }\n', 't')).verdict, 'pass')
})

test('no baseline and no SLOs: warn, "no baseline yet"', () => {
  const c = compare(null, base())
  assert.equal(c.verdict, 'warn')
  assert.deepEqual(c.notes, ['no baseline yet: nothing to compare against'])
})

test('an SLO naming an endpoint that is not in the results fails; an unmatched glob is a note', () => {
  const t = parseThresholds('slo:\n  GET /checkout: { p95: 100 }\n  "/admin/*": { p95: 100 }\n', 't.yml')
  const c = compare(base(), base(), t)
  assert.equal(c.verdict, 'fail')
  assert.equal(c.rows[0]!.presence, 'missing')
  assert.equal(c.rows[0]!.type, 'GET')
  assert.equal(c.rows[0]!.name, '/checkout')
  assert.deepEqual(c.notes, ['SLO selector "/admin/*" matched no endpoint'])
})

test('an SLO on an endpoint that was removed is attached to its row', () => {
  const t = parseThresholds('slo:\n  POST /b: { p95: 100 }\n', 't.yml')
  const c = compare(base(), [row('GET', '/a'), total()], t)
  const b = c.rows.find((r) => r.name === '/b')!
  assert.equal(b.presence, 'removed')
  assert.equal(b.status, 'fail')
  assert.equal(c.rows.filter((r) => r.name === '/b').length, 1)
})

test('labels are carried through', () => {
  const c = compare(base(), base(), undefined, { baseLabel: 'a.csv', currentLabel: 'b.csv' })
  assert.deepEqual([c.baseLabel, c.currentLabel], ['a.csv', 'b.csv'])
})
