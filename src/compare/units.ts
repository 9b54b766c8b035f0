/**
 * Numbers with units: formatting for reasons and tables, and parsing of threshold values such as
 * `+10%`, `+50ms`, `1.5s`, `+1pp`, `-5/s`. Parsing returns a message instead of throwing so the
 * thresholds reader can attach file:line and key.
 */
import type { Limit, MetricName } from './types.ts'
import { direction, UNIT, type Unit } from './metrics.ts'

/** Compact number: up to 3 significant decimals, no trailing zeros (1234, 12.3, 0.123). */
export function num(n: number): string {
  if (!Number.isFinite(n)) return String(n)
  const a = Math.abs(n)
  const digits = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3
  return Number(n.toFixed(digits)).toString()
}

const SUFFIX: Record<Unit, string> = { count: '', pp: ' %', ms: ' ms', rps: ' req/s' }

/** A metric value with its unit: `12.3 ms`, `1.5 %`, `98.2 req/s`, `1200`. */
export function withUnit(metric: MetricName, n: number | null): string {
  return n === null ? 'N/A' : `${num(n)}${SUFFIX[UNIT[metric]]}`
}

/** A signed change with its unit: `+12 ms`, `+0.5 pp`, `−3.1 req/s`. */
export function signedDelta(metric: MetricName, d: number | null): string {
  if (d === null) return '—'
  const unit = UNIT[metric] === 'pp' ? ' pp' : SUFFIX[UNIT[metric]]
  return `${sign(d)}${num(Math.abs(d))}${unit}`
}

export function signedPct(p: number | null): string {
  return p === null ? '—' : `${sign(p)}${num(Math.abs(p))} %`
}

function sign(n: number): string {
  return n > 0 ? '+' : n < 0 ? '−' : '±'
}

/** A limit as written in the rule text: `+10 %`, `+50 ms`, `−10 %`, `+1 pp`. */
export function limitText(metric: MetricName, l: Limit): string {
  const s = direction(metric) > 0 ? '+' : '−'
  if (l.kind === 'relative') return `${s}${num(l.value)} %`
  return `${s}${num(l.value)}${UNIT[metric] === 'pp' ? ' pp' : SUFFIX[UNIT[metric]]}`
}

const NUMBER = String.raw`(\d+(?:\.\d+)?|\.\d+)`

/** Parses a change limit for a metric. Returns the Limit or an error message. */
export function parseLimit(metric: MetricName, raw: unknown): Limit | string {
  const s = String(raw).trim()
  const m = new RegExp(`^([+-])?\\s*${NUMBER}\\s*(%|ms|s|pp|/s)?$`).exec(s)
  const unit = UNIT[metric]
  const want = {
    ms: '+10% (relative) or +50ms / +0.5s (absolute)',
    pp: '+1pp (percentage points)',
    rps: '-10% (relative) or -5/s (absolute)',
    count: '-10% (relative) or -100 (absolute)',
  }[unit]
  if (typeof raw !== 'string' && typeof raw !== 'number') return `expected a limit like ${want}`
  if (!m) return `expected a limit like ${want}, got "${s}"`
  const [, signChar, digits, suffix = ''] = m
  const value = Number(digits)
  if (signChar && (signChar === '+' ? 1 : -1) !== direction(metric)) {
    const dir = direction(metric) > 0 ? 'rises; write +' : 'drops; write -'
    return `${metric} regresses when it ${dir}${digits}${suffix}`
  }
  if (suffix === '%') {
    if (unit === 'pp') return `an error-rate limit is in percentage points: write +${digits}pp (a relative change of an error rate is not supported)`
    return { kind: 'relative', value }
  }
  const ok: Record<Unit, string[]> = { ms: ['ms', 's'], pp: ['pp'], rps: ['/s'], count: [''] }
  if (!ok[unit].includes(suffix)) return `expected a limit like ${want}, got "${s}"`
  return { kind: 'absolute', value: suffix === 's' ? value * 1000 : value }
}

/** Parses an absolute amount (floor or SLO value) in the metric's unit; plain numbers are ms / % / req/s. */
export function parseAmount(metric: MetricName, raw: unknown): number | string {
  const s = String(raw).trim()
  const unit = UNIT[metric]
  const want = { ms: '200ms, 1.5s or 200 (ms)', pp: '1% or 1 (percent)', rps: '50/s or 50 (req/s)', count: 'a whole number' }[unit]
  const m = new RegExp(`^\\+?\\s*${NUMBER}\\s*(ms|s|%|pp|/s)?$`).exec(s)
  if ((typeof raw !== 'string' && typeof raw !== 'number') || !m) return `expected ${want}, got "${s}"`
  const [, digits, suffix = ''] = m
  const value = Number(digits)
  const ok: Record<Unit, string[]> = { ms: ['', 'ms', 's'], pp: ['', '%', 'pp'], rps: ['', '/s'], count: [''] }
  if (!ok[unit].includes(suffix)) return `expected ${want}, got "${s}"`
  if (unit === 'count' && !Number.isInteger(value)) return `expected ${want}, got "${s}"`
  return suffix === 's' ? value * 1000 : value
}
