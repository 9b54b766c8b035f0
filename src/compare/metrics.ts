/**
 * The compared metrics: how to read each from a StatsRow, which direction is bad, its unit, and the
 * built-in rules (DESIGN: fail if p95 +10 % and ≥ 2 ms, RPS −10 %, error rate +1 pp; warn if p99
 * +25 % or median +10 %).
 */
import type { StatsRow } from '../stats/types.ts'
import type { MetricName, MetricRule, RuleSet } from './types.ts'

/** Display and evaluation order. */
export const METRICS: readonly MetricName[] = ['requests', 'errorRate', 'median', 'average', 'p95', 'p99', 'max', 'rps']

export type Unit = 'count' | 'pp' | 'ms' | 'rps'
export const UNIT: Record<MetricName, Unit> = {
  requests: 'count',
  errorRate: 'pp',
  median: 'ms',
  average: 'ms',
  p95: 'ms',
  p99: 'ms',
  max: 'ms',
  rps: 'rps',
}

/** +1 when a rise is bad (latency, errors), -1 when a drop is bad (throughput, request count). */
export function direction(metric: MetricName): 1 | -1 {
  return metric === 'rps' || metric === 'requests' ? -1 : 1
}

/** The metric's value in a row; null when the row has nothing to measure it on (N/A). */
export function metricValue(row: StatsRow | null, metric: MetricName): number | null {
  if (!row) return null
  const n = row.requests
  switch (metric) {
    case 'requests':
      return n
    case 'errorRate':
      // Locust counts failed requests in Request Count; a row with failures only is all errors.
      return n > 0 ? (row.failures / n) * 100 : row.failures > 0 ? 100 : null
    case 'median':
      return n > 0 ? (row.medianResponseTime ?? row.percentiles['50%'] ?? null) : null
    case 'average':
      return n > 0 ? row.averageResponseTime : null
    case 'p95':
      return n > 0 ? (row.percentiles['95%'] ?? null) : null
    case 'p99':
      return n > 0 ? (row.percentiles['99%'] ?? null) : null
    case 'max':
      return n > 0 ? row.maxResponseTime : null
    case 'rps':
      return row.requestsPerSecond
  }
}

const LATENCY_FLOOR_MS = 2

/** Built-in rules; the thresholds file merges over these. */
export const DEFAULT_RULES: Readonly<Record<MetricName, MetricRule | 'off'>> = {
  requests: 'off',
  errorRate: { fail: { kind: 'absolute', value: 1 } },
  median: { warn: { kind: 'relative', value: 10 }, floor: LATENCY_FLOOR_MS },
  average: 'off',
  p95: { fail: { kind: 'relative', value: 10 }, floor: LATENCY_FLOOR_MS },
  p99: { warn: { kind: 'relative', value: 25 }, floor: LATENCY_FLOOR_MS },
  max: 'off',
  rps: { fail: { kind: 'relative', value: 10 } },
}

/**
 * Built-ins for endpoint rows: the same, but without the throughput rule. With weighted random task
 * picks an endpoint's share of the requests wanders by itself; the Aggregated RPS is what drops
 * when the system slows down. A `rules.rps` in the thresholds file applies to every row.
 */
export const DEFAULT_ENDPOINT_RULES: Readonly<Record<MetricName, MetricRule | 'off'>> = { ...DEFAULT_RULES, rps: 'off' }

/**
 * Merges `over` onto `under` per metric: `off` replaces, an object overrides field by field
 * (a field set to undefined removes that level), a missing metric keeps `under`.
 */
export function mergeRules(under: RuleSet, over: RuleSet): RuleSet {
  const out: RuleSet = { ...under }
  for (const m of METRICS) {
    const o = over[m]
    if (o === undefined) continue
    const u = out[m]
    if (o === 'off' || u === undefined || u === 'off') out[m] = o === 'off' ? 'off' : stripUndefined({ ...o })
    else out[m] = stripUndefined({ ...u, ...o })
  }
  return out
}

function stripUndefined(r: MetricRule): MetricRule {
  const out: MetricRule = {}
  if (r.warn) out.warn = r.warn
  if (r.fail) out.fail = r.fail
  if (r.floor !== undefined) out.floor = r.floor
  return out
}
