/**
 * compareRepeated: judge N baseline runs against N current runs. The verdict comes from the median
 * of the runs per metric (compare() on median rows); a bootstrap then says how sure that verdict
 * is. Runs given as results JSON carry HDR histograms, so percentile metrics are also resampled
 * within each run; plain rows (Locust CSVs) are resampled across runs only. Deterministic (seeded).
 */
import { statsRows } from '../stats/summary.ts'
import type { RunResult, StatsRow } from '../stats/types.ts'
import type { Comparison, MetricName, Thresholds } from './types.ts'
import { compare, type CompareLabels } from './compare.ts'
import { medianRows } from './median-rows.ts'
import { attachIntervals, judgeConfidence, type Side } from './confidence.ts'

/** One run: plain rows (e.g. a Locust CSV) or a results JSON (with histograms). */
export type RepeatedInput = StatsRow[] | RunResult

export interface RepeatedOptions extends CompareLabels {
  /** Bootstrap resamples (default 2000). */
  resamples?: number
  /** PRNG seed (default 1): same inputs and seed → same output. */
  seed?: number
  /** Interval level (default 0.95). */
  level?: number
}

function side(runs: RepeatedInput[]): Side {
  const rows = runs.map((r) => (Array.isArray(r) ? r : statsRows(r)))
  const histograms = runs.map((r) => {
    if (Array.isArray(r)) return null
    const m = new Map<string, string>([[`\u0000${r.total.name}`, r.total.histogram]])
    for (const e of r.entries) m.set(`${e.type}\u0000${e.name}`, e.histogram)
    return m
  })
  return { rows, histograms }
}

const PERCENTILE_METRICS: readonly MetricName[] = ['median', 'p95', 'p99']

/**
 * Compares repeated runs. `baseRuns` null or empty = no baseline (SLOs on the median only).
 * `Comparison.confidence` says how the verdict was reached and how sure it is.
 */
export function compareRepeated(baseRuns: RepeatedInput[] | null, currentRuns: RepeatedInput[], thresholds?: Thresholds, opts: RepeatedOptions = {}): Comparison {
  if (!currentRuns.length) throw new RangeError('compareRepeated: at least one current run is needed')
  const cur = side(currentRuns)
  const base = baseRuns?.length ? side(baseRuns) : null
  const c = compare(base ? medianRows(base.rows) : null, medianRows(cur.rows), thresholds, { baseLabel: opts.baseLabel, currentLabel: opts.currentLabel })
  const n = currentRuns.length
  const withHist = !!base && [...base.histograms, ...cur.histograms].every(Boolean)
  const resamples = opts.resamples ?? 2000
  const level = opts.level ?? 0.95
  const what = [
    n > 1 || (base && base.rows.length > 1) ? `median of ${base ? `${base.rows.length} baseline and ` : ''}${n} current runs` : 'single runs',
    withHist ? `bootstrap (${resamples} resamples) of runs and of ${PERCENTILE_METRICS.join('/')} within runs from HDR histograms` : `bootstrap (${resamples} resamples) of runs`,
  ]
  const method = what.join('; ')
  if (base) attachIntervals(c, base, cur, { resamples, level, seed: opts.seed ?? 1, percentileMetrics: withHist ? PERCENTILE_METRICS : [], thresholds })
  c.confidence = { iterations: n, baseIterations: base?.rows.length, method, ...judgeConfidence(c, level) }
  return c
}
