/**
 * A run as markdown (for the markdown reporter): the stats table with the numbers compare uses, then
 * custom metrics. With a comparison, the PR comment's tables are used instead. Pure.
 */
import { escapeMarkdown } from '../compare/escape.ts'
import { formatMarkdown } from '../compare/format-markdown.ts'
import type { Comparison } from '../compare/types.ts'
import { statsRows } from '../stats/summary.ts'
import type { RunResult } from '../stats/types.ts'

const ms = (v: number | null | undefined) => (v === null || v === undefined ? 'N/A' : `${Math.round(v)} ms`)

export function runMarkdown(result: RunResult, comparison?: Comparison): string {
  if (comparison?.hasBaseline) return formatMarkdown(comparison, { title: result.meta.scenario })
  const lines = [
    `### ${escapeMarkdown(result.meta.scenario)}`,
    '',
    '| Type | Name | Requests | Failures | Median | p95 | p99 | Requests/s |',
    '|---|---|--:|--:|--:|--:|--:|--:|',
    ...statsRows(result).map(
      (r) =>
        `| ${escapeMarkdown(r.type)} | ${escapeMarkdown(r.name)} | ${r.requests} | ${r.failures} | ${ms(r.medianResponseTime)} | ${ms(r.percentiles['95%'])} | ${ms(r.percentiles['99%'])} | ${r.requestsPerSecond.toFixed(2)} |`,
    ),
  ]
  const metrics = result.metrics ?? []
  if (metrics.length) {
    lines.push('', '| Custom metric | Kind | Value | Count |', '|---|---|--:|--:|')
    for (const m of metrics) {
      const v = m.kind === 'rate' ? `${(m.value * 100).toFixed(2)} %` : String(Math.round(m.value * 1000) / 1000)
      lines.push(`| ${escapeMarkdown(m.name)} | ${m.kind} | ${v} | ${m.count ?? ''} |`)
    }
  }
  return `${lines.join('\n')}\n`
}
