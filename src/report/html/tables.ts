/**
 * Sortable tables: per-endpoint statistics and percentiles (Locust's columns), failures,
 * exceptions and custom metrics. Cells carry `data-v` with the raw number so the client sorts by
 * value, not by the formatted text; the Aggregated row sits in <tfoot> so sorting never moves it.
 */
import { AGGREGATED, PERCENTILE_LABELS } from '../../stats/types.ts'
import type { CustomMetricData, ExceptionData, FailureData, StatsRow } from '../../stats/types.ts'
import { html, Raw } from './escape.ts'
import { errorRate, fmtDate, fmtMs, fmtNum, fmtPct } from './format.ts'

/** A header cell: `num` columns sort numerically (descending first), `text` ones alphabetically. */
export const th = (label: string, kind: 'num' | 'text' = 'num', title?: string): Raw =>
  html`<th data-sort="${kind}" title="${title ?? `Sort by ${label}`}" tabindex="0">${label}</th>`

/** A numeric cell; null renders as N/A and sorts lowest. */
export const num = (v: number | null | undefined, text: string): Raw =>
  html`<td class="n" data-v="${v === null || v === undefined || !Number.isFinite(v) ? '' : v}">${text}</td>`

/** A table with a caption-free header, sortable body and optional fixed footer. */
export function table(id: string, head: Raw[], body: Raw[], foot: Raw[] = [], cls = ''): Raw {
  if (!body.length && !foot.length) return html`<p class="none">None.</p>`
  return html`<div class="scroll"><table class="sortable ${cls}" id="${id}"><thead><tr>${head}</tr></thead><tbody>${body}</tbody>${foot.length ? html`<tfoot>${foot}</tfoot>` : null}</table></div>`
}

const isTotal = (r: StatsRow): boolean => r.type === '' && r.name === AGGREGATED

function split(rows: readonly StatsRow[]): [StatsRow[], StatsRow[]] {
  return [rows.filter((r) => !isTotal(r)), rows.filter(isTotal)]
}

export function statsTable(rows: readonly StatsRow[]): Raw {
  const head = [th('Type', 'text'), th('Name', 'text'), th('Requests'), th('Fails'), th('Error %'), th('Median'), th('Average'), th('Min'), th('Max'), th('Avg size (B)'), th('RPS'), th('Failures/s')]
  const tr = (r: StatsRow): Raw => {
    const er = errorRate(r.requests, r.failures)
    return html`<tr${r.failures ? new Raw(' class="has-fail"') : null}><td>${r.type}</td><td class="name">${r.name}</td>${[
      num(r.requests, fmtNum(r.requests)),
      num(r.failures, fmtNum(r.failures)),
      num(er, fmtPct(er, 2)),
      num(r.medianResponseTime, fmtMs(r.medianResponseTime)),
      num(r.averageResponseTime, fmtMs(r.requests ? r.averageResponseTime : null)),
      num(r.minResponseTime, fmtMs(r.requests ? r.minResponseTime : null)),
      num(r.maxResponseTime, fmtMs(r.requests ? r.maxResponseTime : null)),
      num(r.averageContentSize, fmtNum(Math.round(r.averageContentSize))),
      num(r.requestsPerSecond, fmtNum(r.requestsPerSecond, 2)),
      num(r.failuresPerSecond, fmtNum(r.failuresPerSecond, 2)),
    ]}</tr>`
  }
  const [body, foot] = split(rows)
  return table('stats', head, body.map(tr), foot.map(tr), 'filterable')
}

export function percentilesTable(rows: readonly StatsRow[]): Raw {
  const head = [th('Type', 'text'), th('Name', 'text'), ...PERCENTILE_LABELS.map((l) => th(l))]
  const tr = (r: StatsRow): Raw =>
    html`<tr><td>${r.type}</td><td class="name">${r.name}</td>${PERCENTILE_LABELS.map((l) => num(r.percentiles[l], fmtMs(r.percentiles[l])))}</tr>`
  const [body, foot] = split(rows)
  return table('percentiles', head, body.map(tr), foot.map(tr), 'filterable')
}

export function failuresTable(failures: readonly FailureData[]): Raw {
  const head = [th('Occurrences'), th('Method', 'text'), th('Name', 'text'), th('Error', 'text'), th('First seen', 'text'), th('Last seen', 'text')]
  return table(
    'failures',
    head,
    failures.map(
      (f) =>
        html`<tr>${num(f.occurrences, fmtNum(f.occurrences))}<td>${f.method}</td><td class="name">${f.name}</td><td class="err">${f.error}</td><td>${fmtDate(f.firstSeen)}</td><td>${fmtDate(f.lastSeen)}</td></tr>`,
    ),
  )
}

export function exceptionsTable(exceptions: readonly ExceptionData[]): Raw {
  const head = [th('Count'), th('Message', 'text'), th('Traceback', 'text'), th('Nodes', 'text')]
  return table(
    'exceptions',
    head,
    exceptions.map(
      (e) => html`<tr>${num(e.count, fmtNum(e.count))}<td class="err">${e.msg}</td><td><pre>${e.traceback}</pre></td><td>${e.nodes}</td></tr>`,
    ),
  )
}

export function metricsTable(metrics: readonly CustomMetricData[]): Raw {
  const head = [th('Name', 'text'), th('Kind', 'text'), th('Value'), th('Count')]
  return table(
    'metrics',
    head,
    metrics.map(
      (m) =>
        html`<tr><td class="name">${m.name}</td><td>${m.kind}</td>${num(m.value, m.kind === 'rate' ? fmtPct(m.value * 100, 2) : fmtNum(m.value, 3))}${num(m.count, fmtNum(m.count))}</tr>`,
    ),
  )
}
