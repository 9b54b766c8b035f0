/**
 * RunResult (+ baseline, comparison, SLOs) → the report's view model. Pure: no I/O, no HTML; the
 * template formats and escapes what this returns.
 */
import type { Comparison, Status } from '../../compare/types.ts'
import { AGGREGATED, PERCENTILE_LABELS, PERCENTILES } from '../../stats/types.ts'
import type { RunResult, StatsRow } from '../../stats/types.ts'
import { assess } from './assessment.ts'
import { fmtDate, fmtDuration, fmtNum } from './format.ts'
import { sloChecks, sloComparison } from './slo.ts'
import { verdictLine, WORD, SEVERITY } from './compare-glue.ts'
import { decodeHistogram, percentileMs } from '../../stats/histogram.ts'
import { statsRows } from '../../stats/summary.ts'
import { degradation } from '../../stats/degradation.ts'
import { buildTimeline, DEFAULT_MAX_POINTS } from './timeline.ts'
import type { DistributionPoint, HtmlReportOptions, ReportModel } from './types.ts'

/** Percentiles drawn on the distribution chart: dense in the tail, where regressions show first. */
export const DISTRIBUTION_PS = [
  0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.66, 0.7, 0.75, 0.8, 0.85, 0.9, 0.925, 0.95, 0.96, 0.97, 0.98, 0.99, 0.995, 0.999, 0.9995, 0.9999, 1,
]

const isRunResult = (b: HtmlReportOptions['baseline']): b is RunResult => !!b && !Array.isArray(b)
const aggregated = (rows: readonly StatsRow[] | undefined | null): StatsRow | undefined =>
  rows?.find((r) => r.type === '' && r.name === AGGREGATED)

function distribution(result: RunResult, baseline: HtmlReportOptions['baseline'], baseRow: StatsRow | undefined): DistributionPoint[] {
  const cur = result.total.numRequests ? decodeHistogram(result.total.histogram) : null
  const base = isRunResult(baseline) && baseline.total.numRequests ? decodeHistogram(baseline.total.histogram) : null
  return DISTRIBUTION_PS.map((p) => {
    // Baseline rows (Locust CSV) only know Locust's eleven percentiles; other points stay empty.
    const i = PERCENTILES.findIndex((q) => q === p)
    const fromRow = i >= 0 && baseRow ? (baseRow.percentiles[PERCENTILE_LABELS[i] as (typeof PERCENTILE_LABELS)[number]] ?? null) : null
    return { p, current: cur ? percentileMs(cur, p * 100) : null, base: base ? percentileMs(base, p * 100) : fromRow }
  })
}

function metaList(result: RunResult): ReportModel['meta'] {
  const m = result.meta
  const list: [string, string | undefined | false][] = [
    ['Scenario', m.scenario],
    ['Host', m.host],
    ['Users', fmtNum(m.users)],
    ['Spawn rate', `${fmtNum(m.spawnRate)}/s`],
    ['Duration', `${fmtDuration(m.endTime - m.startTime)}${m.runTime !== null ? ` (configured ${fmtDuration(m.runTime)})` : ''}`],
    ['Started', fmtDate(m.startTime)],
    ['Commit', m.commit && `${m.commit.slice(0, 12)}${m.ref ? ` (${m.ref})` : ''}`],
    ['Load shape', m.shape],
    ['Workers', m.workers !== undefined && fmtNum(m.workers)],
    ['Shard', m.shard && `${m.shard.index + 1} of ${m.shard.total}`],
    ['Stopped early', m.interrupted && 'yes'],
    ['Dropped iterations', m.droppedIterations !== undefined && fmtNum(m.droppedIterations)],
    ['Tool', `${m.tool} ${m.version}`],
  ]
  return list.filter((e): e is [string, string] => !!e[1]).map(([label, value]) => ({ label, value }))
}

/**
 * The badge: the worst of the comparison's verdict and the SLO-only check, with compare's own
 * one-line summaries (the words the PR comment uses).
 */
function verdict(...comparisons: (Comparison | null)[]): ReportModel['verdict'] {
  const given = comparisons.filter((c): c is Comparison => c !== null)
  if (!given.length) return { status: 'none', label: 'NO BASELINE', detail: 'No baseline or SLOs were given; the assessment below is from this run alone.' }
  const status = given.reduce<Status>((w, c) => (SEVERITY[c.verdict] > SEVERITY[w] ? c.verdict : w), 'pass')
  return { status, label: WORD[status], detail: given.map((c) => verdictLine(c)).join(' · ') }
}

/** Builds everything the template shows. */
export function buildReportModel(result: RunResult, opts: HtmlReportOptions = {}): ReportModel {
  const maxPoints = opts.maxPoints ?? DEFAULT_MAX_POINTS
  const rows = statsRows(result)
  const comparison = opts.comparison ?? null
  const baseline = opts.baseline ?? null
  const baseRows = isRunResult(baseline) ? statsRows(baseline) : baseline
  const baseRow = aggregated(baseRows) ?? aggregated(comparison?.rows.flatMap((r) => (r.base ? [r.base] : [])))
  const sloOnly = sloComparison(rows, opts.slo, comparison)
  const checks = sloChecks(comparison, sloOnly)
  const assessment = assess(rows, result.history, result.failures, checks)
  return {
    title: opts.title ?? `Load test report: ${result.meta.scenario}`,
    meta: metaList(result),
    verdict: verdict(comparison, sloOnly),
    assessment,
    rows,
    comparison,
    timeline: buildTimeline(result.history, result.meta.startTime, maxPoints),
    baseTimeline: isRunResult(baseline) ? buildTimeline(baseline.history, baseline.meta.startTime, maxPoints) : null,
    baseLevels:
      !isRunResult(baseline) && baseRow
        ? {
            rps: baseRow.requestsPerSecond,
            fps: baseRow.failuresPerSecond,
            p50: baseRow.percentiles['50%'] ?? baseRow.medianResponseTime,
            p95: baseRow.percentiles['95%'] ?? null,
          }
        : null,
    distribution: distribution(result, baseline, baseRow),
    failures: [...result.failures].sort((a, b) => b.occurrences - a.occurrences),
    exceptions: [...result.exceptions].sort((a, b) => b.count - a.count),
    metrics: result.metrics ?? [],
    sustained: { degradation: degradation(result.history), spikes: result.meta.spikes ?? [], startTime: result.meta.startTime },
  }
}
