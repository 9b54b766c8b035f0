/** Annotations for a comparison: one per failing or warning finding, worst first, within the runner's limits. */
import type { Comparison } from '../compare/types.ts'
import { endpointLabel, metricLabel, problems } from '../compare/summary.ts'
import { limitAnnotations } from '../github/annotations.ts'
import type { Annotation } from '../github/annotations.ts'

/**
 * `reservedWarnings`: warnings the action itself will print (missing baseline, fork…), so the
 * regressions' own warnings leave room for them within the 10 shown.
 */
export function comparisonAnnotations(c: Comparison, scenario: string, reservedWarnings = 0): Annotation[] {
  const list = problems(c).map(({ row, finding }): Annotation => ({
    level: finding.status === 'fail' ? 'error' : 'warning',
    title: `${scenario}: ${endpointLabel(row)} ${metricLabel(finding)}`,
    message: finding.reason ?? `${metricLabel(finding)} ${finding.status}`,
  }))
  // One error slot stays free for the setFailed line.
  return limitAnnotations(list, 10, { warning: reservedWarnings, error: 1 })
}
