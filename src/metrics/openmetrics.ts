/**
 * Results → Prometheus / OpenMetrics exposition text, for scraping a run while it runs. Pure.
 *
 * Per (Type, Name): request and failure counters and a response-time summary (HDR quantiles 0.5,
 * 0.95, 0.99, in seconds as both formats want base units); the summary also has an `Aggregated`
 * series (quantiles cannot be summed in PromQL, counters can, so counters have no Aggregated row).
 * Plus users, run state, exceptions and custom metrics. Label values are escaped as the format says
 * (backslash, double quote, line feed); names come from users and servers, so this matters.
 */
import { decodeHistogram, percentileMs } from '../stats/histogram.ts'
import { AGGREGATED } from '../stats/types.ts'
import type { RunResult, StatsEntryData } from '../stats/types.ts'

export type MetricsState = 'waiting' | 'running' | 'stopping' | 'done' | 'failed'
export const STATES: readonly MetricsState[] = ['waiting', 'running', 'stopping', 'done', 'failed']
export const QUANTILES = [0.5, 0.95, 0.99] as const

export const OPENMETRICS_TYPE = 'application/openmetrics-text; version=1.0.0; charset=utf-8'
export const PROMETHEUS_TYPE = 'text/plain; version=0.0.4; charset=utf-8'

export interface MetricsInput {
  /** Results so far; null before the run starts. */
  result: RunResult | null
  state: MetricsState
  /** Running users now. */
  users: number
  /** OpenMetrics 1.0 (counter families without `_total`, `# EOF`) instead of Prometheus 0.0.4 text. */
  openMetrics: boolean
}

/** Escapes a label value: `\` → `\\`, `"` → `\"`, LF → `\n` (both formats). */
export function escapeLabel(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')
}

/** Prometheus float text: integers plain, NaN/±Inf spelled as the format wants. */
export function num(v: number): string {
  if (Number.isNaN(v)) return 'NaN'
  if (v === Infinity) return '+Inf'
  if (v === -Infinity) return '-Inf'
  // Twelve significant digits drop binary noise (0.004378999999999999) without losing anything measured.
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(12)))
}

const labels = (pairs: Record<string, string>): string =>
  `{${Object.entries(pairs)
    .map(([k, v]) => `${k}="${escapeLabel(v)}"`)
    .join(',')}}`

const P = 'load_action'

/** The exposition text for one scrape. */
export function openMetricsText(input: MetricsInput): string {
  const { result, openMetrics: om } = input
  const out: string[] = []
  const family = (name: string, type: string, help: string): void => {
    // OpenMetrics names the counter family without `_total`; Prometheus text names the sample.
    const fam = type === 'counter' && om ? name.replace(/_total$/, '') : name
    out.push(`# HELP ${fam} ${help}`, `# TYPE ${fam} ${type}`)
  }
  const entries = result?.entries ?? []

  family(`${P}_info`, 'gauge', 'The run being measured (value 1).')
  out.push(`${P}_info${labels({ scenario: result?.meta.scenario ?? '', version: result?.meta.version ?? '' })} 1`)
  family(`${P}_state`, 'gauge', 'Run state: 1 for the current state, 0 for the others.')
  for (const s of STATES) out.push(`${P}_state${labels({ state: s })} ${s === input.state ? 1 : 0}`)
  family(`${P}_users`, 'gauge', 'Running virtual users.')
  out.push(`${P}_users ${num(input.users)}`)

  family(`${P}_requests_total`, 'counter', 'Requests finished, by type (method) and name.')
  for (const e of entries) out.push(`${P}_requests_total${labels({ type: e.type, name: e.name })} ${num(e.numRequests)}`)
  family(`${P}_failures_total`, 'counter', 'Requests that failed, by type and name.')
  for (const e of entries) out.push(`${P}_failures_total${labels({ type: e.type, name: e.name })} ${num(e.numFailures)}`)
  family(`${P}_exceptions_total`, 'counter', 'Errors raised by user code (tasks, hooks).')
  out.push(`${P}_exceptions_total ${num((result?.exceptions ?? []).reduce((s, x) => s + x.count, 0))}`)

  family(`${P}_response_time_seconds`, 'summary', 'Response times over the whole run (HDR quantiles).')
  const rows: StatsEntryData[] = result ? [...entries, result.total] : []
  for (const e of rows) summary(out, e)

  const custom = result?.metrics ?? []
  if (custom.length) {
    family(`${P}_custom_metric`, 'gauge', 'Custom metrics from the scenario: counter total, rate pass ratio, gauge last value, trend average.')
    for (const m of custom) out.push(`${P}_custom_metric${labels({ name: m.name, kind: m.kind })} ${num(m.value)}`)
  }
  if (om) out.push('# EOF')
  return `${out.join('\n')}\n`
}

function summary(out: string[], e: StatsEntryData): void {
  const isTotal = e.type === '' && e.name === AGGREGATED
  const base = { type: e.type, name: isTotal ? AGGREGATED : e.name }
  const h = e.numRequests ? decodeHistogram(e.histogram) : null
  for (const q of QUANTILES) {
    const ms = h ? percentileMs(h, q * 100) : null
    out.push(`${P}_response_time_seconds${labels({ ...base, quantile: String(q) })} ${ms === null ? 'NaN' : num(ms / 1000)}`)
  }
  out.push(`${P}_response_time_seconds_sum${labels(base)} ${num(e.totalResponseTime / 1000)}`)
  out.push(`${P}_response_time_seconds_count${labels(base)} ${num(e.numRequests)}`)
}
