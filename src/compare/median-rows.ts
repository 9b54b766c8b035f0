/**
 * Median of N runs, row by row: the robust summary that repeated runs are judged on. A row present
 * in only some runs is summarised over the runs that have it.
 */
import { AGGREGATED, type PercentileLabel, type StatsRow } from '../stats/types.ts'
import { median } from './bootstrap.ts'

const NUMERIC = ['requests', 'failures', 'averageResponseTime', 'minResponseTime', 'maxResponseTime', 'averageContentSize', 'requestsPerSecond', 'failuresPerSecond'] as const

function medianOrNull(xs: (number | null | undefined)[]): number | null {
  const vs = xs.filter((x): x is number => typeof x === 'number')
  return vs.length ? median(vs) : null
}

/** One row per (Type, Name) with the median of every number across the runs; Aggregated last. */
export function medianRows(runs: StatsRow[][]): StatsRow[] {
  if (runs.length === 1) return runs[0] as StatsRow[]
  const groups = new Map<string, StatsRow[]>()
  for (const run of runs) {
    for (const r of run) {
      const k = `${r.type}\u0000${r.name}`
      const g = groups.get(k)
      if (g) g.push(r)
      else groups.set(k, [r])
    }
  }
  const out: StatsRow[] = []
  for (const rows of groups.values()) {
    const first = rows[0] as StatsRow
    const row: StatsRow = { ...first, percentiles: {} }
    for (const f of NUMERIC) row[f] = median(rows.map((r) => r[f]))
    row.requests = Math.round(row.requests)
    row.failures = Math.round(row.failures)
    row.medianResponseTime = medianOrNull(rows.map((r) => r.medianResponseTime))
    const labels = new Set(rows.flatMap((r) => Object.keys(r.percentiles))) as Set<PercentileLabel>
    for (const l of labels) row.percentiles[l] = medianOrNull(rows.map((r) => r.percentiles[l]))
    out.push(row)
  }
  const isTotal = (r: StatsRow) => r.type === '' && r.name === AGGREGATED
  return [...out.filter((r) => !isTotal(r)), ...out.filter(isTotal)]
}
