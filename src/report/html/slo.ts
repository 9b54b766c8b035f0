/**
 * SLO results for the assessment. The compare stage evaluates SLOs (so the report, the PR comment
 * and the exit code agree); this only collects its SLO findings, running compare without a
 * baseline when the report was given thresholds but no comparison that already holds them.
 */
import { compare } from '../../compare/compare.ts'
import { endpointLabel, SEVERITY_WORST } from './compare-glue.ts'
import type { Comparison, Thresholds } from '../../compare/types.ts'
import type { StatsRow } from '../../stats/types.ts'
import type { SloCheck } from './types.ts'

/** True when the comparison already carries SLO findings. */
export const hasSloFindings = (c: Comparison | null | undefined): boolean =>
  !!c?.rows.some((r) => r.findings.some((f) => f.source === 'slo'))

/** The SLO-only comparison to run, or null when there is nothing to add to `comparison`. */
export function sloComparison(rows: StatsRow[], slo: Thresholds | undefined, comparison: Comparison | null): Comparison | null {
  if (!slo?.slo.length || hasSloFindings(comparison)) return null
  return compare(null, rows, { rules: {}, endpoints: [], slo: slo.slo, source: slo.source })
}

/** Every SLO finding as a check row. For SLO findings compare stores the limit in `base`. */
export function sloChecks(...comparisons: (Comparison | null)[]): SloCheck[] {
  return comparisons.flatMap((c) =>
    (c?.rows ?? []).flatMap((r) =>
      r.findings
        .filter((f) => f.source === 'slo')
        .map((f) => ({ scope: endpointLabel(r), metric: f.metric, limit: f.base, actual: f.current, status: f.status, reason: f.reason })),
    ),
  )
}

/** Overall SLO status: the worst check; null when there were none. */
export function sloStatus(checks: readonly SloCheck[]): SloCheck['status'] | null {
  return checks.length ? SEVERITY_WORST(checks.map((c) => c.status)) : null
}
