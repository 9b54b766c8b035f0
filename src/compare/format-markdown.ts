/**
 * Markdown for PR comments and job summaries: headline verdict, the regressions table (worst
 * first), every endpoint collapsed in <details>, added/removed endpoints, notes. Everything we do
 * not control is escaped. Pure: returns the string.
 */
import type { Comparison, Finding, RowComparison } from './types.ts'
import { escapeMarkdown as md } from './escape.ts'
import { endpointLabel, isAggregated, MARK, metricLabel, problems, shownFindings, verdictLine } from './summary.ts'
import { signedDelta, signedPct, withUnit } from './units.ts'
import { direction } from './metrics.ts'

export interface MarkdownOptions {
  /** Heading text, e.g. `Load test: checkout-api`. */
  title?: string
}

function base(r: RowComparison, f: Finding): string {
  if (f.source === 'slo') return `${direction(f.metric) < 0 ? '≥' : '≤'} ${withUnit(f.metric, f.base)}`
  return r.presence === 'added' || r.presence === 'current' ? '—' : withUnit(f.metric, f.base)
}

function pct(f: Finding): string {
  const p = signedPct(f.deltaPct)
  return f.interval ? `${p} <sub>(${signedPct(f.interval.low)} … ${signedPct(f.interval.high)})</sub>` : p
}

const HEAD = '| | Endpoint | Metric | Base | Current | Δ | Δ% | Rule |\n|:-:|---|---|--:|--:|--:|--:|---|'

function line(r: RowComparison, f: Finding, showName = true): string {
  const why = f.status === 'pass' ? (f.rule ?? '') : (f.reason ?? f.rule ?? '')
  const name = showName ? md(endpointLabel(r)) : ''
  return `| ${MARK[f.status]} | ${isAggregated(r) && showName ? `**${name}**` : name} | ${metricLabel(f)} | ${base(r, f)} | ${withUnit(f.metric, f.current)} | ${signedDelta(f.metric, f.delta)} | ${pct(f)} | ${md(why)} |`
}

/** The regressions table (warnings and failures only), worst first. */
export function problemTable(c: Comparison): string[] {
  const p = problems(c)
  return p.length ? [HEAD, ...p.map(({ row, finding }) => line(row, finding))] : []
}

/** Every endpoint with its shown findings, for the collapsed details. */
export function detailTable(c: Comparison): string[] {
  const out = [HEAD]
  for (const r of c.rows) shownFindings(r).forEach((f, i) => out.push(line(r, f, i === 0)))
  return out
}

/** The parts of the markdown, so the comment builder can drop the largest first when capping. */
export function markdownParts(c: Comparison, opts: MarkdownOptions = {}): { head: string[]; problems: string[]; details: string[]; tail: string[] } {
  const title = opts.title ? `${md(opts.title)}: ` : ''
  const head = [`### ${MARK[c.verdict]} ${title}${md(verdictLine(c))}`, '']
  if (c.baseLabel || c.currentLabel) head.push(`Baseline ${md(c.baseLabel ?? '(none)')} → current ${md(c.currentLabel ?? '(run)')}`, '')
  if (c.confidence) head.push(`**Confidence:** ${md(c.confidence.summary)} <sub>${md(c.confidence.method)}</sub>`, '')
  const prob = problemTable(c)
  if (prob.length) prob.push('')
  const passing = c.rows.filter((r) => r.status === 'pass').length
  const details = ['<details>', `<summary>All endpoints (${c.rows.length}; ${passing} passing)</summary>`, '', ...detailTable(c), '', '</details>', '']
  const tail: string[] = []
  if (c.added.length) tail.push(`**Added:** ${c.added.map(md).join(', ')}`, '')
  if (c.removed.length) tail.push(`**Removed:** ${c.removed.map(md).join(', ')}`, '')
  for (const n of c.notes ?? []) tail.push(`> ${md(n)}`, '')
  return { head, problems: prob, details, tail }
}

/** Renders the whole comparison as markdown. */
export function formatMarkdown(c: Comparison, opts: MarkdownOptions = {}): string {
  const p = markdownParts(c, opts)
  return [...p.head, ...p.problems, ...p.details, ...p.tail].join('\n').trimEnd() + '\n'
}
