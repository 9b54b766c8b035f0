/**
 * The assessment section (seed 003): latency class from the Aggregated p95, PASS/FAIL against SLOs,
 * and findings from fixed rules over measured numbers. A rule that has no data says nothing: the
 * report never guesses a cause it did not measure.
 */
import { AGGREGATED } from '../../stats/types.ts'
import type { FailureData, HistorySecond, StatsRow } from '../../stats/types.ts'
import { errorRate, fmtDeltaPct, fmtMs, fmtNum, fmtPct } from './format.ts'
import type { Assessment, Finding, LatencyClass, SloCheck } from './types.ts'
import { sloStatus } from './slo.ts'
import { loadLevels, steadyWindows } from './windows.ts'

/** Class limits on the Aggregated p95, in ms (upper bounds, exclusive). */
export const LATENCY_CLASSES: readonly [LatencyClass, number][] = [
  ['excellent', 50],
  ['good', 100],
  ['acceptable', 200],
]

export function latencyClass(p95: number | null): LatencyClass | null {
  if (p95 === null || !Number.isFinite(p95)) return null
  return LATENCY_CLASSES.find(([, limit]) => p95 < limit)?.[0] ?? 'poor'
}

/** Rule limits. Error rate in percent; ratios are changes between windows. */
export const RULES = {
  slowMs: 200,
  errorWarn: 1,
  errorFail: 5,
  degradeP95: 0.25,
  degradeP95Ms: 5,
  degradeRps: 0.15,
  degradeErrorPp: 1,
  saturation: 0.6,
}

const label = (r: StatsRow): string => (r.type ? `${r.type} ${r.name}` : r.name)

function latencyFindings(total: StatsRow, endpoints: StatsRow[]): Finding[] {
  const p95 = total.percentiles['95%'] ?? null
  const slow = endpoints
    .filter((r) => (r.percentiles['95%'] ?? 0) >= RULES.slowMs)
    .sort((a, b) => (b.percentiles['95%'] ?? 0) - (a.percentiles['95%'] ?? 0))
  const list = slow.slice(0, 3).map((r) => `${label(r)} (p95 ${fmtMs(r.percentiles['95%'])})`).join(', ')
  if (p95 !== null && p95 >= RULES.slowMs) {
    return [{
      severity: 'warn',
      rule: 'high-latency',
      title: `High latency: Aggregated p95 is ${fmtMs(p95)}`,
      detail: `p95 ≥ ${RULES.slowMs} ms over ${fmtNum(total.requests)} requests.${list ? ` Slowest: ${list}.` : ''}`,
      advice: 'Profile the slowest endpoints first; check database queries, downstream calls and CPU saturation of the target.',
    }]
  }
  if (!slow.length) return []
  return [{
    severity: 'info',
    rule: 'high-latency',
    title: `${slow.length} endpoint${slow.length > 1 ? 's have' : ' has'} p95 ≥ ${RULES.slowMs} ms`,
    detail: `Slowest: ${list}.`,
    advice: 'These endpoints dominate the tail; caching or query work there pays off most.',
  }]
}

function errorFindings(total: StatsRow, failures: readonly FailureData[]): Finding[] {
  const rate = errorRate(total.requests, total.failures)
  if (rate < RULES.errorWarn) return []
  const top = [...failures].sort((a, b) => b.occurrences - a.occurrences)[0]
  const topText = top ? ` Most frequent: ${top.error} on ${top.method} ${top.name} (${fmtNum(top.occurrences)}×).` : ''
  return [{
    severity: rate >= RULES.errorFail ? 'fail' : 'warn',
    rule: 'high-error-rate',
    title: `High error rate: ${fmtPct(rate, 2)} of requests failed`,
    detail: `${fmtNum(total.failures)} of ${fmtNum(total.requests)} requests failed.${topText}`,
    advice: 'Look at the failures table: connection errors point at capacity limits (pools, file descriptors, rate limits); 5xx at the application.',
  }]
}

function throughputFindings(total: StatsRow, history: readonly HistorySecond[], checks: readonly SloCheck[]): Finding[] {
  const out: Finding[] = []
  const floor = checks.find((c) => c.scope === AGGREGATED && c.metric === 'rps' && c.status !== 'pass')
  if (floor) {
    out.push({
      severity: floor.status === 'fail' ? 'fail' : 'warn',
      rule: 'low-throughput',
      title: `Low throughput: ${fmtNum(total.requestsPerSecond)} req/s is below the ${fmtNum(floor.limit)} req/s SLO`,
      detail: `${fmtNum(total.requests)} requests in the run.`,
      advice: 'Check whether the target or the load generator is the bottleneck (CPU of both, connection limits).',
    })
  }
  const levels = loadLevels(history)
  if (levels) {
    const lowPer = levels.low.rps / levels.low.users
    const peakPer = levels.peak.rps / levels.peak.users
    if (lowPer > 0 && peakPer < lowPer * RULES.saturation) {
      out.push({
        severity: 'warn',
        rule: 'low-throughput',
        title: 'Throughput did not scale with users',
        detail: `${fmtNum(Math.round(levels.low.users))} users: ${lowPer.toFixed(2)} req/s per user; ${fmtNum(Math.round(levels.peak.users))} users: ${peakPer.toFixed(2)} req/s per user (${fmtDeltaPct((peakPer / lowPer - 1) * 100)}).`,
        advice: 'The target saturated before full load: scale it out or raise the limit that is reached first (workers, pool sizes, CPU).',
      })
    }
  }
  return out
}

function degradationFindings(history: readonly HistorySecond[]): Finding[] {
  const w = steadyWindows(history)
  if (!w) return []
  const { first, last } = w
  const facts: string[] = []
  if (first.p95 !== null && last.p95 !== null && last.p95 - first.p95 >= RULES.degradeP95Ms && last.p95 > first.p95 * (1 + RULES.degradeP95)) {
    facts.push(`p95 ${fmtMs(first.p95)} → ${fmtMs(last.p95)} (${fmtDeltaPct((last.p95 / first.p95 - 1) * 100)})`)
  }
  if (first.rps > 0 && last.rps < first.rps * (1 - RULES.degradeRps)) {
    facts.push(`throughput ${fmtNum(first.rps)} → ${fmtNum(last.rps)} req/s (${fmtDeltaPct((last.rps / first.rps - 1) * 100)})`)
  }
  if (last.errorRate - first.errorRate >= RULES.degradeErrorPp) {
    facts.push(`error rate ${fmtPct(first.errorRate, 2)} → ${fmtPct(last.errorRate, 2)}`)
  }
  if (!facts.length) return []
  return [{
    severity: 'warn',
    rule: 'degradation',
    title: 'Performance degraded during the run',
    detail: `First vs last ${first.seconds} s at full load: ${facts.join('; ')}.`,
    advice: 'Degradation under constant load suggests a leak or a filling queue (memory, connections, caches, GC); run longer and watch the target.',
  }]
}

/** Builds the assessment from the rows (Aggregated last), the history and the SLO checks. */
export function assess(
  rows: readonly StatsRow[],
  history: readonly HistorySecond[],
  failures: readonly FailureData[],
  checks: readonly SloCheck[],
): Assessment {
  const total = rows.find((r) => r.type === '' && r.name === AGGREGATED)
  const endpoints = rows.filter((r) => r !== total)
  const status = sloStatus(checks)
  const p95 = total?.requests ? (total.percentiles['95%'] ?? null) : null
  const findings = total?.requests
    ? [...errorFindings(total, failures), ...latencyFindings(total, endpoints), ...throughputFindings(total, history, checks), ...degradationFindings(history)]
    : []
  return {
    p95,
    latencyClass: latencyClass(p95),
    slo: status ? { status, checks: [...checks] } : null,
    findings,
  }
}
