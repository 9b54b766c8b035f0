/**
 * Compare contracts: what the comparison of a baseline with a current run produces. Consumed by the
 * text/markdown/JSON formatters, the HTML report and the action. Pure data.
 */
import type { StatsRow } from '../stats/types.ts'

/** Metrics compared per row. */
export type MetricName =
  | 'requests'
  | 'errorRate' // failures / requests, in percent
  | 'median'
  | 'average'
  | 'p95'
  | 'p99'
  | 'max'
  | 'rps'

export type Status = 'pass' | 'warn' | 'fail'
export type Verdict = Status

/** One rule applied to one metric of one row. */
export interface Finding {
  metric: MetricName
  base: number | null
  current: number | null
  /** current - base (null when either is missing / N/A). */
  delta: number | null
  /** Relative change in percent (null when base is 0 or missing). */
  deltaPct: number | null
  status: Status
  /** Human reason, e.g. `p95 +14.2 % > +10 % (and +12 ms ≥ 2 ms)` or `SLO p95 ≤ 200 ms`. */
  reason?: string
  /** 'baseline' for relative/absolute change rules, 'slo' for absolute ceilings/floors. */
  source: 'baseline' | 'slo'
}

export interface RowComparison {
  type: string
  name: string
  /** 'both' when joined; 'added' = only in current; 'removed' = only in baseline. */
  presence: 'both' | 'added' | 'removed'
  base: StatsRow | null
  current: StatsRow | null
  findings: Finding[]
  /** Worst status among findings. */
  status: Status
}

export interface Comparison {
  verdict: Verdict
  /** Rows in display order: failing first, then warnings, then the rest; Aggregated always included. */
  rows: RowComparison[]
  added: string[]
  removed: string[]
  /** Present when the verdict came from repeated runs: how sure we are. */
  confidence?: { iterations: number; method: string; summary: string }
  /** Labels of the two sides, e.g. file names. */
  baseLabel?: string
  currentLabel?: string
}
