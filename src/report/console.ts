/**
 * Console output: the end-of-run summary in the layout of Locust's print_stats(current=False),
 * print_percentile_stats and print_error_report (widths as Locust uses off a terminal), and a
 * one-line progress formatter for the run.
 */
import { statsRows } from '../stats/summary.ts'
import { PERCENTILE_LABELS } from '../stats/types.ts'
import type { LiveSnapshot, RunResult, StatsRow } from '../stats/types.ts'

const TYPE_W = 8 // STATS_TYPE_WIDTH
const NAME_W = 80 // STATS_NAME_WIDTH when stdout is not a terminal
const NAME_COL = NAME_W - TYPE_W + 4

const l = (s: string, w: number) => s.padEnd(w)
const r = (s: string, w: number) => s.padStart(w)
/** Python's '%d' of a float: truncation. */
const d = (x: number) => String(Math.trunc(x))

function statsLine(row: StatsRow): string {
  const ratio = row.requests ? row.failures / row.requests : row.failures > 0 ? 1 : 0
  const fails = `${row.failures}(${(ratio * 100).toFixed(2)}%)`
  return (
    `${l(row.type ? `${row.type} ` : '', TYPE_W)} ${l(row.name, NAME_COL)} ${r(d(row.requests), 7)} ${r(fails, 12)} |` +
    `${r(d(row.averageResponseTime), 7)} ${r(d(row.minResponseTime), 7)} ${r(d(row.maxResponseTime), 7)}` +
    `${r(d(row.medianResponseTime ?? 0), 7)} | ${r(row.requestsPerSecond.toFixed(2), 7)} ${r(row.failuresPerSecond.toFixed(2), 11)}`
  )
}

function statsTable(rows: StatsRow[]): string[] {
  const head =
    `${l('Type', TYPE_W)} ${l('Name', NAME_COL)} ${r('# reqs', 7)} ${r('# fails', 12)} |` +
    `${r('Avg', 7)} ${r('Min', 7)} ${r('Max', 7)}${r('Med', 7)} | ${r('req/s', 7)} ${r('failures/s', 11)}`
  const sep = ['-'.repeat(TYPE_W), '-'.repeat(NAME_COL), '-'.repeat(7), '-'.repeat(13), ...Array(4).fill('-'.repeat(7)), '-'.repeat(8), '-'.repeat(11)].join('|')
  const total = rows[rows.length - 1]!
  return [head, sep, ...rows.slice(0, -1).map(statsLine), sep, statsLine(total), '']
}

function percentileTable(rows: StatsRow[]): string[] {
  const head = `${l('Type', TYPE_W)} ${l('Name', NAME_W)} ${r(PERCENTILE_LABELS[0], 8)} ${[...PERCENTILE_LABELS.slice(1), '# reqs'].map((x) => r(x, 6)).join(' ')}`
  const sep = `${'-'.repeat(TYPE_W)}|${'-'.repeat(NAME_W)}|${'-'.repeat(8)}|${`${'-'.repeat(6)}|`.repeat(PERCENTILE_LABELS.length)}`.slice(0, -1)
  const line = (row: StatsRow) => {
    const [first, ...rest] = PERCENTILE_LABELS.map((p) => d(row.percentiles[p] ?? 0))
    return `${l(row.type, TYPE_W)} ${l(row.name, NAME_W)} ${r(first!, 8)} ${[...rest, d(row.requests)].map((x) => r(x, 6)).join(' ')}`
  }
  const total = rows[rows.length - 1]!
  const out = ['Response time percentiles (approximated)', head, sep, ...rows.slice(0, -1).filter((x) => x.requests > 0).map(line), sep]
  if (total.requests > 0) out.push(line(total))
  out.push('')
  return out
}

function errorReport(result: RunResult): string[] {
  if (result.failures.length === 0) return []
  const sep = `${'-'.repeat(18)}|${'-'.repeat(NAME_W + 80 - 19)}`
  return [
    'Error report',
    `${l('# occurrences', 18)} ${l('Error', 100)}`,
    sep,
    ...result.failures.map((f) => `${l(String(f.occurrences), 18)} ${l(`${f.method} ${f.name}: ${f.error}`, 100)}`),
    sep,
    '',
  ]
}

/** Custom metrics (ctx.metrics, plugins' gauges), when a run has any: not part of Locust's output. */
function metricsReport(result: RunResult): string[] {
  const ms = result.metrics ?? []
  if (ms.length === 0) return []
  const width = Math.max(40, ...ms.map((m) => m.name.length))
  const value = (m: (typeof ms)[number]) => {
    if (m.kind === 'rate') return `${(m.value * 100).toFixed(2)}% (${m.passes ?? 0}/${m.count ?? 0})`
    const v = Number.isInteger(m.value) ? String(m.value) : m.value.toFixed(3)
    return m.max !== undefined && m.max !== m.value ? `${v} (max ${m.max})` : v
  }
  return [
    'Custom metrics',
    `${l('Name', width)} ${l('Kind', 8)} ${r('Value', 24)} ${r('Count', 10)}`,
    `${'-'.repeat(width)}|${'-'.repeat(8)}|${'-'.repeat(25)}|${'-'.repeat(10)}`,
    ...ms.map((m) => `${l(m.name, width)} ${l(m.kind, 8)} ${r(value(m), 24)} ${r(String(m.count ?? ''), 10)}`),
    '',
  ]
}

/** Load shape, dropped iterations (open model) and spikes with recovery, when the run had a shape: not part of Locust's output. */
function loadReport(result: RunResult): string[] {
  const { shape, droppedIterations: dropped, spikes = [], startTime } = result.meta
  if (!shape) return []
  const out = [`Load shape: ${shape}`]
  if (dropped !== undefined) out.push(`Dropped iterations: ${dropped}${dropped ? ' (no free user when due; raise max-users)' : ''}`)
  const ms = (x: number | null) => (x === null ? 'N/A' : `${x.toFixed(1)} ms`)
  spikes.forEach((s, i) => {
    const at = `+${Math.round(s.start - startTime)} s`
    const len = s.end === null ? 'to the end' : `for ${s.end - s.start} s`
    const rec = s.recoverySeconds === null ? 'not recovered within the run' : `recovered ${s.recoverySeconds} s after it`
    out.push(`Spike ${i + 1}: ${s.baseLevel} → ${s.peakLevel} at ${at} ${len}; p95 ${ms(s.baselineP95)} → ${ms(s.peakP95)}; ${rec}`)
  })
  out.push('')
  return out
}

/** The end-of-run summary: stats table, percentile table, error report (when there were failures), custom metrics (when any), load shape (when any). */
export function formatSummary(result: RunResult): string {
  const rows = statsRows(result)
  return [...statsTable(rows), ...percentileTable(rows), ...errorReport(result), ...metricsReport(result), ...loadReport(result)].join('\n')
}


function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  const hh = Math.floor(s / 3600)
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0')
  const ss = String(s % 60).padStart(2, '0')
  return hh > 0 ? `${hh}:${mm}:${ss}` : `${mm}:${ss}`
}

/** One progress line, e.g. `[00:12] users 20 | 345.2 req/s | 1.0 fail/s | 4123 reqs, 12 fails (0.29%) | p95 45 ms`. */
export function formatProgress(p: LiveSnapshot): string {
  const pct = p.requests ? ((p.failures / p.requests) * 100).toFixed(2) : '0.00'
  const p95 = p.p95 === null ? '-' : p95Text(p.p95)
  return `[${clock(p.elapsed)}] users ${p.users} | ${p.rps.toFixed(1)} req/s | ${p.fps.toFixed(1)} fail/s | ${p.requests} reqs, ${p.failures} fails (${pct}%) | p95 ${p95}`
}

function p95Text(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`
}
