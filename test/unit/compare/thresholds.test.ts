import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseThresholds } from '../../../src/compare/index.ts'
import { rulesFor, sloFor } from '../../../src/compare/select.ts'
import { ValidationError } from '../../../src/errors.ts'

const DOC = `# thresholds for checkout-api
rules:
  p95: { fail: +15%, floor: 5ms }
  rps: -20%
  max: { warn: +100ms }
  median: off
endpoints:
  "GET /api/*":
    p95: { warn: +10%, fail: +25% }
  GET /api/health:
    p95: off
  /search:
    errorRate: +5pp
slo:
  Aggregated: { p95: 300ms, errorRate: 1%, rps: 50 }
  "POST /orders":
    p50: 100
    p99: { warn: 400ms, fail: 0.8s }
    min-rps: 5/s
`

test('parses rules, endpoint overrides and SLOs', () => {
  const t = parseThresholds(DOC, 'th.yml')
  assert.deepEqual(t.rules.p95, { fail: { kind: 'relative', value: 15 }, floor: 5 })
  assert.deepEqual(t.rules.rps, { fail: { kind: 'relative', value: 20 }, warn: undefined })
  assert.deepEqual(t.rules.max, { warn: { kind: 'absolute', value: 100 } })
  assert.equal(t.rules.median, 'off')
  assert.deepEqual(t.endpoints.map((e) => e.selector), ['GET /api/*', 'GET /api/health', '/search'])
  assert.deepEqual(t.slo[1], { selector: 'POST /orders', slo: { median: { fail: 100 }, p99: { warn: 400, fail: 800 }, rps: { fail: 5 } } })
})

test('rules merge: built-in → global → globs → exact selectors', () => {
  const t = parseThresholds(DOC, 'th.yml')
  const item = rulesFor({ type: 'GET', name: '/api/items' }, t)
  assert.deepEqual(item.p95, { warn: { kind: 'relative', value: 10 }, fail: { kind: 'relative', value: 25 }, floor: 5 })
  assert.deepEqual(item.rps, { fail: { kind: 'relative', value: 20 } }, 'an explicit rules.rps applies to endpoints too')
  assert.equal(item.median, undefined)
  assert.equal(rulesFor({ type: 'GET', name: '/api/health' }, t).p95, undefined, 'exact selector wins over the glob')
  assert.deepEqual(rulesFor({ type: 'POST', name: '/search' }, t).errorRate, { fail: { kind: 'absolute', value: 5 } })
  assert.deepEqual(rulesFor({ type: 'GET', name: '/other' }, undefined).rps, undefined, 'built-in rps rule is for Aggregated only')
  assert.deepEqual(rulesFor({ type: '', name: 'Aggregated' }, undefined).rps, { fail: { kind: 'relative', value: 10 } })
  assert.deepEqual(sloFor({ type: '', name: 'Aggregated' }, t), { p95: { fail: 300 }, errorRate: { fail: 1 }, rps: { fail: 50 } })
})

test('an empty or comment-only file means the built-in rules', () => {
  assert.deepEqual(parseThresholds('', 'e.yml'), { rules: {}, endpoints: [], slo: [], source: 'e.yml' })
  assert.deepEqual(parseThresholds('# nothing\n', 'e.yml').rules, {})
})

const bad: [string, string, string][] = [
  ['YAML syntax', 'rules: [1\n', 'th.yml:2: Flow sequence'],
  ['duplicate key', 'rules:\n  p95: +10%\n  p95: +20%\n', 'th.yml:3: Map keys must be unique'],
  ['unknown top-level key', 'rule:\n  p95: +10%\n', 'th.yml:1: rule: unknown key; expected one of rules, endpoints, slo'],
  ['unknown metric', 'rules:\n  p96: +10%\n', 'th.yml:2: rules.p96: unknown metric'],
  ['not a limit', 'rules:\n  p95: fast\n', 'th.yml:2: rules.p95: expected a limit like +10% (relative) or +50ms / +0.5s (absolute), got "fast"'],
  ['wrong direction for rps', 'rules:\n  rps: +10%\n', 'th.yml:2: rules.rps: rps regresses when it drops; write -10%'],
  ['wrong direction for latency', 'rules:\n  p95: { fail: -10% }\n', 'th.yml:2: rules.p95.fail: p95 regresses when it rises; write +10%'],
  ['percent for error rate', 'rules:\n  errorRate: +1%\n', 'th.yml:2: rules.errorRate: an error-rate limit is in percentage points: write +1pp'],
  ['ms unit on rps', 'rules:\n  rps: -5ms\n', 'th.yml:2: rules.rps: expected a limit like -10% (relative) or -5/s (absolute), got "-5ms"'],
  ['unknown rule key', 'rules:\n  p95: { fial: +10% }\n', 'th.yml:2: rules.p95.fial: unknown key; expected warn, fail or floor'],
  ['rps drop of 100 %', 'rules:\n  rps: -100%\n', 'th.yml:2: rules.rps.fail: rps cannot drop by 100 % or more, so this could never fire'],
  ['error rate +100 pp', 'rules:\n  errorRate: +100pp\n', 'th.yml:2: rules.errorRate.fail: an error rate cannot rise by 100 pp or more'],
  ['warn looser than fail', 'rules:\n  p95: { warn: +20%, fail: +10% }\n', 'th.yml:2: rules.p95.warn: warn +20 % is not tighter than fail +10 %, so it could never fire'],
  ['warn looser than the built-in fail', 'rules:\n  p95: { warn: +12% }\n', 'th.yml:2: rules.p95.warn: warn +12 % is not tighter than fail +10 % (built-in), so it could never fire'],
  ['warn looser than the global fail, per endpoint', 'rules:\n  p95: +10%\nendpoints:\n  /x:\n    p95: { warn: +30% }\n', 'th.yml:5: endpoints./x.p95.warn: warn +30 % is not tighter than fail +10 %'],
  ['bad floor', 'rules:\n  p95: { floor: two }\n', 'th.yml:2: rules.p95.floor: expected 200ms, 1.5s or 200 (ms), got "two"'],
  ['SLO error rate of 100 %', 'slo:\n  Aggregated: { errorRate: 100% }\n', 'th.yml:2: slo.Aggregated.errorRate: an error rate cannot exceed 100 %'],
  ['SLO minimum rps of 0', 'slo:\n  Aggregated: { rps: 0 }\n', 'th.yml:2: slo.Aggregated.rps: a minimum rps of 0 can never be missed'],
  ['SLO warn looser than fail', 'slo:\n  /x:\n    p95: { warn: 300ms, fail: 200ms }\n', 'th.yml:3: slo./x.p95.warn: warn 300 is not stricter than fail 200'],
  ['SLO rps warn looser than fail', 'slo:\n  /x:\n    rps: { warn: 5, fail: 10 }\n', 'th.yml:3: slo./x.rps.warn: warn 5 is not stricter than fail 10'],
  ['SLO list instead of mapping', 'slo:\n  - p95: 200\n', 'th.yml:2: slo: expected a mapping of endpoint selectors'],
  ['SLO bad value', 'slo:\n  /x: { p95: 200kg }\n', 'th.yml:2: slo./x.p95: expected 200ms, 1.5s or 200 (ms), got "200kg"'],
  ['empty selector', 'slo:\n  "": { p95: 200 }\n', 'th.yml:2: slo.: empty endpoint selector'],
]

for (const [what, text, start] of bad) {
  test(`refuses ${what}, naming file:line: key`, () => {
    assert.throws(
      () => parseThresholds(text, 'th.yml'),
      (e: unknown) => {
        assert.ok(e instanceof ValidationError, String(e))
        assert.equal(e.exitCode, 2)
        assert.equal(e.code, 'INPUT_INVALID')
        assert.ok(e.message.startsWith(start), `${e.message}\n  does not start with\n${start}`)
        return true
      },
    )
  })
}

test('reports every problem at once', () => {
  assert.throws(() => parseThresholds('rules:\n  p96: 1\n  rps: +5%\n', 'th.yml'), (e: unknown) => (e as Error).message.split('\n').length === 2)
})
