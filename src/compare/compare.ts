/**
 * compare(base, current, thresholds): joins rows by (Type, Name), applies the change rules and the
 * SLOs, and orders the result (failures first). Pure and total: added, removed and N/A rows are
 * reported, never thrown on.
 */
import { AGGREGATED, type StatsRow } from '../stats/types.ts'
import type { Comparison, Finding, RowComparison, Thresholds } from './types.ts'
import { METRICS, metricValue } from './metrics.ts'
import { changeFinding, SEVERITY, sloFinding, worst } from './rules.ts'
import { isGlob, matches, rowKey, rulesFor, sloFor } from './select.ts'

export interface CompareLabels {
  baseLabel?: string
  currentLabel?: string
}

const keyOf = (r: Pick<StatsRow, 'type' | 'name'>) => `${r.type}\u0000${r.name}`

function rowFindings(base: StatsRow | null, current: StatsRow | null, hasBaseline: boolean, t?: Thresholds): Finding[] {
  const row = (current ?? base) as StatsRow
  const rules = rulesFor(row, t)
  const out: Finding[] = []
  // Change rules only make sense when both sides have the row; one-sided rows still show their values.
  if (hasBaseline) {
    for (const m of METRICS) {
      const rule = base && current ? rules[m] : undefined
      out.push(changeFinding(m, rule, metricValue(base, m), metricValue(current, m)))
    }
  }
  if (current) {
    const slo = sloFor(row, t)
    for (const m of METRICS) {
      const s = slo[m]
      if (s) out.push(sloFinding(m, s, metricValue(current, m)))
    }
  }
  return out
}

function makeRow(base: StatsRow | null, current: StatsRow | null, presence: RowComparison['presence'], hasBaseline: boolean, t?: Thresholds): RowComparison {
  const row = (current ?? base) as StatsRow
  const findings = rowFindings(base, current, hasBaseline, t)
  return { type: row.type, name: row.name, presence, base, current, findings, status: worst(findings.map((f) => f.status)) }
}

/** SLOs with an exact selector that matched no row: the endpoint was not measured, so the SLO is not met. */
function missingSloRows(rows: RowComparison[], t: Thresholds | undefined, notes: string[]): RowComparison[] {
  const out: RowComparison[] = []
  for (const { selector, slo } of t?.slo ?? []) {
    const hit = rows.some((r) => r.current && matches(selector, r))
    if (hit) continue
    if (isGlob(selector)) {
      notes.push(`SLO selector "${selector}" matched no endpoint`)
      continue
    }
    const sp = selector.indexOf(' ')
    const [type, name] = selector === AGGREGATED || sp < 0 ? ['', selector] : [selector.slice(0, sp), selector.slice(sp + 1)]
    const findings = Object.entries(slo).map(([m, s]) => sloFinding(m as (typeof METRICS)[number], s, null))
    const removed = rows.find((r) => r.presence === 'removed' && matches(selector, r))
    if (removed) {
      removed.findings.push(...findings)
      removed.status = worst(removed.findings.map((f) => f.status))
      continue
    }
    out.push({ type, name, presence: 'missing', base: null, current: null, findings, status: worst(findings.map((f) => f.status)) })
  }
  for (const { selector } of t?.endpoints ?? []) {
    if (!rows.some((r) => matches(selector, r))) notes.push(`endpoints selector "${selector}" matched no endpoint`)
  }
  return out
}

/**
 * Compares current rows with baseline rows (or with SLOs only when `base` is null).
 * Verdict: the worst row status; with no baseline and no SLOs, `warn` ("no baseline yet").
 */
export function compare(base: StatsRow[] | null, current: StatsRow[], thresholds?: Thresholds, labels: CompareLabels = {}): Comparison {
  const hasBaseline = base !== null
  const baseByKey = new Map((base ?? []).map((r) => [keyOf(r), r]))
  const currentKeys = new Set(current.map(keyOf))
  const rows: RowComparison[] = []
  for (const c of current) {
    const b = baseByKey.get(keyOf(c)) ?? null
    rows.push(makeRow(b, c, !hasBaseline ? 'current' : b ? 'both' : 'added', hasBaseline, thresholds))
  }
  for (const b of base ?? []) if (!currentKeys.has(keyOf(b))) rows.push(makeRow(b, null, 'removed', hasBaseline, thresholds))
  const notes: string[] = []
  rows.push(...missingSloRows(rows, thresholds, notes))
  // Aggregated last within its status group: regressions first, then Locust's order.
  const order = rows.map((r, i) => ({ r, i: r.name === AGGREGATED && r.type === '' ? rows.length + i : i }))
  order.sort((x, y) => SEVERITY[y.r.status] - SEVERITY[x.r.status] || x.i - y.i)
  const sorted = order.map((o) => o.r)
  let verdict = worst(sorted.map((r) => r.status))
  const hasSlo = sorted.some((r) => r.findings.some((f) => f.source === 'slo'))
  if (!hasBaseline) {
    notes.unshift(hasSlo ? 'no baseline: checked against the SLOs only' : 'no baseline yet: nothing to compare against')
    if (!hasSlo) verdict = worst([verdict, 'warn'])
  }
  const out: Comparison = {
    verdict,
    rows: sorted,
    added: rows.filter((r) => r.presence === 'added').map(rowKey),
    removed: rows.filter((r) => r.presence === 'removed').map(rowKey),
    hasBaseline,
    ...labels,
  }
  if (notes.length) out.notes = notes
  return out
}
