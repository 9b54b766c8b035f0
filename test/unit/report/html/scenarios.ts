/**
 * Ready-made report inputs shared by the unit and Chromium tests: a baseline and a slower current
 * run with failures, compared by the real compare stage, with SLOs.
 */
import { compare } from '../../../../src/compare/compare.ts'
import type { Comparison, Thresholds } from '../../../../src/compare/types.ts'
import { statsRows } from '../../../../src/stats/summary.ts'
import type { RunResult } from '../../../../src/stats/types.ts'
import { makeResult } from './fixture.ts'
import type { FixtureEndpoint } from './fixture.ts'

export const ENDPOINTS: FixtureEndpoint[] = [
  { type: 'GET', name: '/health', ms: 3 },
  { type: 'GET', name: '/items', ms: 35 },
  { type: 'GET', name: '/items/{id}', ms: 22 },
  { type: 'POST', name: '/items', ms: 70, failRate: 0.03, error: "HTTPError('500 Server Error: Internal Server Error for url: /items')" },
  { type: 'POST', name: '/checkout', ms: 160, failRate: 0.01, error: 'ConnectionResetError(104, \'Connection reset by peer\')' },
  { type: 'WS', name: 'ws /prices', ms: 12 },
]

export const SLO: Thresholds = {
  rules: {},
  endpoints: [],
  slo: [
    { selector: 'Aggregated', slo: { p95: { fail: 250 }, errorRate: { fail: 5 } } },
    { selector: 'POST /checkout', slo: { p95: { fail: 300 } } },
  ],
}

export interface Pair {
  base: RunResult
  current: RunResult
  comparison: Comparison
}

/** A 3-minute ramped run that got slower and less reliable than its baseline, and degraded over time. */
export function regressedPair(): Pair {
  const base = makeResult({ seconds: 180, users: 20, spawnRate: 1, endpoints: ENDPOINTS.map((e) => ({ ...e, failRate: 0 })) })
  const current = makeResult({
    seconds: 180,
    users: 20,
    spawnRate: 1,
    endpoints: ENDPOINTS.map((e) => (e.name === '/checkout' ? { ...e, ms: 260 } : e)),
    slowdown: (s) => 1 + s / 150,
  })
  current.exceptions = [{ count: 3, msg: "KeyError('token')", traceback: 'Traceback (most recent call last):\n  File "flow.ts", line 12, in login\nKeyError: token', nodes: 'local' }]
  const comparison = compare(statsRows(base), statsRows(current), SLO, { baseLabel: 'baselines/checkout-api/stats.csv', currentLabel: 'results.json' })
  return { base, current, comparison }
}
