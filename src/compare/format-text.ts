/**
 * Terminal table: one line per shown finding, grouped by endpoint, Base / Current / Δ / Δ% and a
 * status mark, then the verdict line. Pure: returns the string.
 */
import type { Comparison, Finding, RowComparison } from './types.ts'
import { endpointLabel, MARK, metricLabel, shownFindings, verdictLine } from './summary.ts'
import { signedDelta, signedPct, withUnit } from './units.ts'

const PRESENCE: Record<RowComparison['presence'], string> = {
  both: '',
  added: ' (added)',
  removed: ' (removed)',
  current: '',
  missing: ' (not in results)',
}

function cells(r: RowComparison, f: Finding): string[] {
  const base = f.source === 'slo' ? `limit ${withUnit(f.metric, f.base)}` : withUnit(f.metric, f.base)
  const interval = f.interval ? ` [${signedPct(f.interval.low)} … ${signedPct(f.interval.high)}]` : ''
  return [
    MARK[f.status],
    `${endpointLabel(r)}${PRESENCE[r.presence]}`,
    metricLabel(f),
    r.presence === 'added' || r.presence === 'current' ? (f.source === 'slo' ? base : '—') : base,
    withUnit(f.metric, f.current),
    signedDelta(f.metric, f.delta),
    signedPct(f.deltaPct) + interval,
    f.status === 'pass' ? (f.rule ?? '') : (f.reason ?? f.rule ?? ''),
  ]
}

const RIGHT = [false, false, false, true, true, true, true, false]

/** Renders the comparison as an aligned text table followed by the verdict line. */
export function formatText(c: Comparison): string {
  const header = ['', 'Endpoint', 'Metric', 'Base', 'Current', 'Δ', 'Δ%', 'Rule / reason']
  const lines: string[][] = []
  for (const r of c.rows) {
    shownFindings(r).forEach((f, i) => {
      const row = cells(r, f)
      if (i > 0) row[1] = ''
      lines.push(row)
    })
  }
  // Marks are two columns wide in terminals whatever their length in code units: never pad them.
  const width = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)))
  const render = (l: string[]) =>
    l
      .map((cell, i) => (i === 0 ? cell || '  ' : RIGHT[i] ? cell.padStart(width[i] ?? 0) : cell.padEnd(width[i] ?? 0)))
      .join('  ')
      .trimEnd()
  const out: string[] = []
  if (c.baseLabel || c.currentLabel) out.push(`${c.baseLabel ?? '(no baseline)'} → ${c.currentLabel ?? 'current'}`)
  out.push(render(header))
  for (const l of lines) out.push(render(l))
  if (c.added.length) out.push(`added: ${c.added.join(', ')}`)
  if (c.removed.length) out.push(`removed: ${c.removed.join(', ')}`)
  for (const n of c.notes ?? []) out.push(`note: ${n}`)
  if (c.confidence) out.push(`confidence: ${c.confidence.summary} (${c.confidence.method})`)
  out.push(`${MARK[c.verdict]} ${verdictLine(c)}`)
  return out.join('\n')
}
