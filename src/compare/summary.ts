/**
 * Shared pieces of the formatters: status marks, the one-line verdict, and which findings a table
 * shows (the deciding ones first).
 */
import { AGGREGATED } from '../stats/types.ts'
import type { Comparison, Finding, RowComparison, Status } from './types.ts'
import { SEVERITY } from './rules.ts'

export const MARK: Record<Status, string> = { pass: '✅', warn: '⚠️', fail: '❌' }
export const WORD: Record<Status, string> = { pass: 'PASS', warn: 'WARN', fail: 'FAIL' }

/** `GET /x`, or `Aggregated`. */
export function endpointLabel(r: Pick<RowComparison, 'type' | 'name'>): string {
  return r.type ? `${r.type} ${r.name}` : r.name
}

export function isAggregated(r: Pick<RowComparison, 'type' | 'name'>): boolean {
  return r.type === '' && r.name === AGGREGATED
}

export interface Counts {
  fail: number
  warn: number
  endpoints: number
}

/** Findings counted by status; endpoints = rows except Aggregated and SLO-only placeholders. */
export function counts(c: Comparison): Counts {
  let fail = 0
  let warn = 0
  for (const r of c.rows) for (const f of r.findings) f.status === 'fail' ? fail++ : f.status === 'warn' ? warn++ : 0
  return { fail, warn, endpoints: c.rows.filter((r) => !isAggregated(r) && r.presence !== 'missing').length }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/** `FAIL: 2 regressions, 1 warning (5 endpoints, 1 added, 1 removed)`, or the no-baseline wording. */
export function verdictLine(c: Comparison): string {
  const n = counts(c)
  const what = [n.fail ? plural(n.fail, c.hasBaseline === false ? 'breach' : 'regression') : '', n.warn ? plural(n.warn, 'warning') : '']
    .filter(Boolean)
    .join(', ')
  const noBase = c.hasBaseline === false && !c.rows.some((r) => r.findings.some((f) => f.source === 'slo'))
  const head = noBase ? 'no baseline yet' : what || (c.hasBaseline === false ? 'all SLOs met' : 'no regression')
  const extra = [plural(n.endpoints, 'endpoint'), c.added.length ? `${c.added.length} added` : '', c.removed.length ? `${c.removed.length} removed` : '']
  return `${WORD[c.verdict]}: ${head} (${extra.filter(Boolean).join(', ')})`
}

/** Non-passing findings with their rows, worst first (rows are already ordered worst first). */
export function problems(c: Comparison): { row: RowComparison; finding: Finding }[] {
  const out = c.rows.flatMap((row) => row.findings.filter((f) => f.status !== 'pass').map((finding) => ({ row, finding })))
  return out.sort((a, b) => SEVERITY[b.finding.status] - SEVERITY[a.finding.status])
}

/** The findings a per-row table shows: those with a rule, every non-pass, and the request count. */
export function shownFindings(r: RowComparison): Finding[] {
  return r.findings.filter((f) => f.rule || f.status !== 'pass' || f.metric === 'requests')
}

/** Metric label in tables: `p95`, `p95 (SLO)`. */
export function metricLabel(f: Finding): string {
  return f.source === 'slo' ? `${f.metric} (SLO)` : f.metric
}
