/**
 * Evaluation of one rule on one metric: change rules against the baseline (direction-aware, with
 * relative/absolute limits and a floor) and absolute SLOs (ceilings and minimums).
 */
import type { Finding, Limit, MetricName, MetricRule, SloRule, Status } from './types.ts'
import { direction } from './metrics.ts'
import { limitText, signedDelta, signedPct, withUnit } from './units.ts'

/** An unsigned amount with unit: `2 ms`, `1 pp`. */
function amount(metric: MetricName, n: number): string {
  return signedDelta(metric, n).replace(/^\+/, '')
}

/** Text of a rule: `fail > +10 %, floor 2 ms`. */
export function ruleText(metric: MetricName, rule: MetricRule): string {
  const parts: string[] = []
  const cmp = direction(metric) > 0 ? '>' : '<'
  if (rule.fail) parts.push(`fail ${cmp} ${limitText(metric, rule.fail)}`)
  if (rule.warn) parts.push(`warn ${cmp} ${limitText(metric, rule.warn)}`)
  if (rule.floor) parts.push(`floor ${amount(metric, rule.floor)}`)
  return parts.join(', ')
}

function exceeds(limit: Limit, worse: number, base: number): boolean {
  if (limit.kind === 'absolute') return worse > limit.value
  // From 0 any rise is infinitely large in percent; the floor decides whether it matters.
  return base > 0 ? (worse / base) * 100 > limit.value : worse > 0
}

/** A change-rule finding; base/current are the metric values (null = N/A). */
export function changeFinding(metric: MetricName, rule: MetricRule | undefined, base: number | null, current: number | null): Finding {
  const delta = base !== null && current !== null ? current - base : null
  const deltaPct = delta !== null && base !== null && base !== 0 ? (delta / base) * 100 : null
  const f: Finding = { metric, base, current, delta, deltaPct, status: 'pass', source: 'baseline' }
  if (!rule) return f
  f.rule = ruleText(metric, rule)
  if (delta === null || base === null) {
    f.reason = `${metric} N/A on ${base === null ? 'the baseline' : 'the current run'}: not compared`
    return f
  }
  const worse = direction(metric) * delta
  if (worse <= 0) return f
  const cmp = direction(metric) > 0 ? '>' : '<'
  for (const level of ['fail', 'warn'] as const) {
    const limit = rule[level]
    if (!limit || !exceeds(limit, worse, base)) continue
    const change =
      limit.kind === 'absolute' || deltaPct === null
        ? `${signedDelta(metric, delta)}${deltaPct === null ? ' (from 0)' : ''}`
        : `${signedPct(deltaPct)}`
    if (rule.floor && worse < rule.floor) {
      f.reason = `${metric} ${change}: ${signedDelta(metric, delta)} is under the ${amount(metric, rule.floor)} floor, not flagged`
      return f
    }
    f.status = level
    const floor = rule.floor && limit.kind === 'relative' ? ` (and ${signedDelta(metric, delta)} ≥ ${amount(metric, rule.floor)})` : ''
    f.reason = `${metric} ${change} ${cmp} ${limitText(metric, limit)}${floor}`
    return f
  }
  return f
}

/** An SLO finding. For SLO findings `base` holds the limit checked (fail, else warn). */
export function sloFinding(metric: MetricName, slo: SloRule, current: number | null): Finding {
  const minimum = direction(metric) < 0
  const limit = (slo.fail ?? slo.warn) as number
  const f: Finding = { metric, base: limit, current, delta: null, deltaPct: null, status: 'pass', source: 'slo' }
  f.delta = current === null ? null : current - limit
  f.deltaPct = current === null || limit === 0 ? null : ((current - limit) / limit) * 100
  const cmp = minimum ? '≥' : '≤'
  const rule = [slo.fail !== undefined ? `fail unless ${cmp} ${withUnit(metric, slo.fail)}` : '', slo.warn !== undefined ? `warn unless ${cmp} ${withUnit(metric, slo.warn)}` : '']
  f.rule = `SLO: ${rule.filter(Boolean).join(', ')}`
  if (current === null) {
    // Nothing shows the SLO holds (no requests measured): it is not met, as in the HTML report.
    f.status = slo.fail !== undefined ? 'fail' : 'warn'
    f.reason = `SLO ${metric} ${cmp} ${withUnit(metric, limit)}: not measured (no requests)`
    return f
  }
  const breaks = (v: number | undefined) => v !== undefined && (minimum ? current < v : current > v)
  const status: Status = breaks(slo.fail) ? 'fail' : breaks(slo.warn) ? 'warn' : 'pass'
  f.status = status
  const v = status === 'warn' ? (slo.warn as number) : limit
  f.reason = `SLO ${metric} ${withUnit(metric, current)} ${status === 'pass' ? cmp : minimum ? '<' : '>'} ${withUnit(metric, v)}`
  return f
}

export const SEVERITY: Record<Status, number> = { pass: 0, warn: 1, fail: 2 }

export function worst(statuses: Iterable<Status>): Status {
  let w: Status = 'pass'
  for (const s of statuses) if (SEVERITY[s] > SEVERITY[w]) w = s
  return w
}
