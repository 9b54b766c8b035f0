/**
 * The comparison with the baseline: one row per endpoint with the PR comment's marks, the current
 * value of each metric and its change, colored by the rule that judged it.
 */
import type { Comparison, Finding, MetricName, RowComparison } from '../../compare/types.ts'
import { html, Raw } from './escape.ts'
import { MARK, metricValue, SEVERITY, WORD } from './compare-glue.ts'
import { fmtDeltaPct, fmtMs, fmtNum, fmtPct } from './format.ts'
import { table, th } from './tables.ts'

const COLUMNS: { metric: MetricName; label: string }[] = [
  { metric: 'requests', label: 'Requests' },
  { metric: 'errorRate', label: 'Error %' },
  { metric: 'median', label: 'Median' },
  { metric: 'p95', label: 'p95' },
  { metric: 'p99', label: 'p99' },
  { metric: 'rps', label: 'RPS' },
]

function fmtMetric(metric: MetricName, v: number | null): string {
  if (metric === 'requests') return fmtNum(v)
  if (metric === 'rps') return fmtNum(v, 2)
  if (metric === 'errorRate') return fmtPct(v, 2)
  return fmtMs(v)
}

function cell(r: RowComparison, metric: MetricName): Raw {
  const found = r.findings.filter((f) => f.metric === metric)
  const worst = found.reduce<Finding | undefined>((w, f) => (!w || SEVERITY[f.status] > SEVERITY[w.status] ? f : w), undefined)
  // SLO findings hold the limit in `base`: the change shown is always against the baseline row.
  const judged = found.find((f) => f.source === 'baseline')
  const base = judged ? judged.base : metricValue(r.base, metric)
  const cur = judged ? judged.current : metricValue(r.current, metric)
  const pct = judged?.deltaPct ?? (base && cur !== null ? ((cur - base) / base) * 100 : null)
  // Error rate changes read better in percentage points than as a ratio of two small numbers.
  const change =
    metric === 'errorRate' && base !== null && cur !== null ? `${cur - base >= 0 ? '+' : '−'}${Math.abs(cur - base).toFixed(2)} pp` : fmtDeltaPct(pct)
  const cls = worst && worst.status !== 'pass' ? worst.status : ''
  const title = `base ${fmtMetric(metric, base)} → ${fmtMetric(metric, cur)}${worst?.reason ? ` · ${worst.reason}` : ''}`
  return html`<td class="n ${cls}" data-v="${pct ?? ''}" title="${title}">${fmtMetric(metric, cur)}<small>${change || '·'}</small></td>`
}

function reasons(r: RowComparison): string {
  if (r.presence === 'added') return 'new endpoint (not in baseline)'
  if (r.presence === 'removed') return 'not in this run (only in baseline)'
  if (r.presence === 'missing') return 'named by an SLO but not measured'
  return r.findings
    .filter((f) => f.status !== 'pass')
    .map((f) => f.reason ?? `${f.metric} ${fmtDeltaPct(f.deltaPct)}`)
    .join('; ')
}

/** Comparison table; rows keep the compare stage's order (failing first) until a header is clicked. */
export function comparisonTable(c: Comparison): Raw {
  const head = [th('Status'), th('Type', 'text'), th('Name', 'text'), ...COLUMNS.map((col) => th(col.label, 'num', `Sort by change in ${col.label}`)), th('Why', 'text')]
  const body = c.rows.map(
    (r) =>
      html`<tr class="st-${r.status}"><td data-v="${SEVERITY[r.status]}" class="mark">${MARK[r.status]}<small>${WORD[r.status]}</small></td><td>${r.type}</td><td class="name">${r.name}${r.presence !== 'both' && r.presence !== 'current' ? html` <span class="tag">${r.presence}</span>` : null}</td>${COLUMNS.map((col) => cell(r, col.metric))}<td class="why">${reasons(r)}</td></tr>`,
  )
  return table('comparison', head, body, [], 'compare')
}
