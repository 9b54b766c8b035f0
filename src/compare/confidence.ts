/**
 * Intervals and confidence for repeated runs: a bootstrap of each ruled metric's relative change
 * (runs resampled with replacement; percentiles also resampled within runs when histograms exist),
 * then a judgement of whether each deciding interval is clear of its fail limit.
 */
import type { StatsRow } from '../stats/types.ts'
import type { Comparison, Confidence, Finding, MetricName, MetricRule, RowComparison, Thresholds } from './types.ts'
import { bootstrapQuantile, cdfOf, interval, median, seeded, type Cdf, type Rng } from './bootstrap.ts'
import { direction, metricValue } from './metrics.ts'
import { rulesFor } from './select.ts'
import { endpointLabel } from './summary.ts'
import { limitText, signedPct } from './units.ts'

/** One side of a repeated comparison: rows per run, and per run the encoded histograms by key. */
export interface Side {
  rows: StatsRow[][]
  histograms: (Map<string, string> | null)[]
}

interface Assessed {
  row: RowComparison
  finding: Finding
  rule: MetricRule
  /** Worsening (in the bad direction) interval, relative % and absolute units. */
  rel: [number, number]
  abs: [number, number]
}
const assessed = new WeakMap<Comparison, Assessed[]>()

const QUANTILE: Partial<Record<MetricName, number>> = { median: 0.5, p95: 0.95, p99: 0.99 }

function hash(s: string): number {
  let h = 2166136261
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619)
  return h >>> 0
}

type Draw = (rng: Rng) => number

// Decoding a histogram costs a pass over its whole counts array: once per (side, run, row).
const cdfCache = new WeakMap<Side, Map<string, Cdf | null>>()
function cachedCdf(s: Side, run: number, key: string): Cdf | null {
  let m = cdfCache.get(s)
  if (!m) cdfCache.set(s, (m = new Map()))
  const k = `${run}\u0001${key}`
  if (!m.has(k)) m.set(k, cdfOf(s.histograms[run]?.get(key) ?? ''))
  return m.get(k) ?? null
}

/** Per run: a fixed value, or a bootstrap draw from its histogram. Null when fewer than two sources of variation. */
function draws(s: Side, row: RowComparison, metric: MetricName, useHist: boolean): Draw[] | null {
  const key = `${row.type}\u0000${row.name}`
  const out: Draw[] = []
  let hist = false
  s.rows.forEach((rows, i) => {
    const r = rows.find((x) => x.type === row.type && x.name === row.name)
    const v = metricValue(r ?? null, metric)
    if (v === null) return
    const q = QUANTILE[metric]
    const cdf: Cdf | null = useHist && q !== undefined ? cachedCdf(s, i, key) : null
    if (cdf && q !== undefined) {
      hist = true
      out.push((rng) => bootstrapQuantile(cdf, q, rng))
    } else out.push(() => v)
  })
  return out.length >= 2 || (hist && out.length) ? out : null
}

function stat(ds: Draw[], rng: Rng): number {
  if (ds.length === 1) return (ds[0] as Draw)(rng)
  return median(ds.map(() => (ds[Math.floor(rng() * ds.length)] as Draw)(rng)))
}

export interface IntervalOptions {
  resamples: number
  level: number
  seed: number
  percentileMetrics: readonly MetricName[]
  thresholds?: Thresholds
}

/** Sets `finding.interval` on every ruled baseline finding that can be resampled. */
export function attachIntervals(c: Comparison, base: Side, cur: Side, o: IntervalOptions): void {
  const list: Assessed[] = []
  for (const row of c.rows) {
    if (row.presence !== 'both') continue
    const rules = rulesFor(row, o.thresholds)
    for (const f of row.findings) {
      const rule = rules[f.metric]
      if (f.source !== 'baseline' || !rule || f.base === null || f.current === null) continue
      const useHist = o.percentileMetrics.includes(f.metric)
      const b = draws(base, row, f.metric, useHist)
      const k = draws(cur, row, f.metric, useHist)
      if (!b || !k) continue
      const rng = seeded(o.seed ^ hash(`${row.type} ${row.name} ${f.metric}`))
      const rels: number[] = []
      const abss: number[] = []
      for (let i = 0; i < o.resamples; i++) {
        const bv = stat(b, rng)
        const cv = stat(k, rng)
        abss.push(cv - bv)
        if (bv > 0) rels.push(((cv - bv) / bv) * 100)
      }
      if (!rels.length) continue
      const r = interval(rels, o.level)
      const a = interval(abss, o.level)
      f.interval = { ...r, level: o.level }
      const d = direction(f.metric)
      list.push({ row, finding: f, rule, rel: d > 0 ? [r.low, r.high] : [-r.high, -r.low], abs: d > 0 ? [a.low, a.high] : [-a.high, -a.low] })
    }
  }
  assessed.set(c, list)
}

/** Is the worsening interval entirely beyond (fail) or entirely within (pass) the fail limit? */
function clear(a: Assessed): boolean {
  const limit = a.rule.fail
  if (!limit) return true
  const [lo, hi] = limit.kind === 'relative' ? a.rel : a.abs
  if (a.finding.status === 'fail') return lo > limit.value && (!a.rule.floor || a.abs[0] >= a.rule.floor)
  return hi <= limit.value || (!!a.rule.floor && a.abs[1] < a.rule.floor)
}

function describe(a: Assessed, level: number): string {
  const f = a.finding
  const ci = `${Math.round(level * 100)} % CI ${signedPct(f.interval?.low ?? null)} … ${signedPct(f.interval?.high ?? null)}`
  const lim = a.rule.fail ? ` vs fail ${limitText(f.metric, a.rule.fail)}` : ''
  return `${endpointLabel(a.row)} ${f.metric} ${signedPct(f.deltaPct)} (${ci}${lim})`
}

/** Confidence level and summary for the verdict, from the intervals attachIntervals set. */
export function judgeConfidence(c: Comparison, level: number): Pick<Confidence, 'level' | 'summary'> {
  const list = (assessed.get(c) ?? []).filter((a) => a.rule.fail)
  if (!list.length) return { level: 'none', summary: 'no interval: needs ≥ 2 runs per side, or results JSON with histograms on both sides' }
  if (c.verdict === 'fail') {
    const deciding = list.filter((a) => a.finding.status === 'fail')
    const sure = deciding.filter(clear)
    if (!deciding.length) return { level: 'high', summary: 'the failure comes from rules without an interval (SLOs or absolute limits)' }
    const lvl = sure.length === deciding.length ? 'high' : sure.length ? 'medium' : 'low'
    const shown = lvl === 'high' ? (sure[0] as Assessed) : (deciding.find((a) => !clear(a)) as Assessed)
    const words = lvl === 'high' ? 'the regression is beyond the noise' : 'the regression may be noise'
    return { level: lvl, summary: `${lvl}: ${words}: ${describe(shown, level)}` }
  }
  const unsure = list.filter((a) => !clear(a))
  if (!unsure.length) return { level: 'high', summary: `high: every change is clear of its fail limit (${list.length} checked)` }
  return { level: 'low', summary: `low: a regression cannot be ruled out: ${describe(unsure[0] as Assessed, level)}` }
}
