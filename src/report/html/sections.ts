/** The report's summary sections: header with verdict, run metadata, key numbers and the assessment. */
import type { MetricName } from '../../compare/types.ts'
import { AGGREGATED } from '../../stats/types.ts'
import { WORD } from './compare-glue.ts'
import { html } from './escape.ts'
import type { Raw } from './escape.ts'
import { LATENCY_CLASSES } from './assessment.ts'
import { errorRate, fmtMs, fmtNum, fmtPct } from './format.ts'
import { num, table, th } from './tables.ts'
import type { ReportModel, SloCheck } from './types.ts'

export function headerSection(m: ReportModel): Raw {
  const scenario = m.meta.find((e) => e.label === 'Scenario')?.value
  const host = m.meta.find((e) => e.label === 'Host')?.value
  return html`<header><div><h1>${m.title}</h1><p class="sub">${scenario}${host ? ` · ${host}` : ''}</p></div>
<div class="verdict"><span class="badge ${m.verdict.status}" id="verdict">${m.verdict.label}</span><p>${m.verdict.detail}</p></div></header>
<dl class="meta">${m.meta.map((e) => html`<div><dt>${e.label}</dt><dd>${e.value}</dd></div>`)}</dl>`
}

export function kpiSection(m: ReportModel): Raw {
  const t = m.rows.find((r) => r.type === '' && r.name === AGGREGATED)
  if (!t) return html``
  const kpis: [string, string][] = [
    ['Requests', fmtNum(t.requests)],
    ['Failures', `${fmtNum(t.failures)} (${fmtPct(errorRate(t.requests, t.failures), 2)})`],
    ['Requests/s', fmtNum(t.requestsPerSecond, 1)],
    ['Median', fmtMs(t.medianResponseTime)],
    ['p95', fmtMs(t.percentiles['95%'])],
    ['p99', fmtMs(t.percentiles['99%'])],
    ['Max', fmtMs(t.requests ? t.maxResponseTime : null)],
  ]
  return html`<div class="kpis">${kpis.map(([k, v]) => html`<div class="kpi"><span>${k}</span><b>${v}</b></div>`)}</div>`
}

const SLO_LABEL: Record<MetricName, string> = {
  requests: 'requests ≥',
  errorRate: 'error % ≤',
  median: 'median ≤',
  average: 'average ≤',
  p95: 'p95 ≤',
  p99: 'p99 ≤',
  max: 'max ≤',
  rps: 'RPS ≥',
}

function fmtSlo(metric: MetricName, v: number | null): string {
  if (metric === 'rps') return fmtNum(v, 2)
  if (metric === 'requests') return fmtNum(v)
  if (metric === 'errorRate') return fmtPct(v, 2)
  return fmtMs(v)
}

function sloTable(checks: readonly SloCheck[]): Raw {
  const head = [th('Scope', 'text'), th('Objective', 'text'), th('Limit'), th('Measured'), th('Result', 'text')]
  const body = checks.map(
    (c) =>
      html`<tr title="${c.reason ?? ''}"><td class="name">${c.scope}</td><td>${SLO_LABEL[c.metric]}</td>${num(c.limit, c.limit === null ? '' : fmtSlo(c.metric, c.limit))}${num(c.actual, c.actual === null ? 'not measured' : fmtSlo(c.metric, c.actual))}<td class="${c.status}">${WORD[c.status]}</td></tr>`,
  )
  return table('slo', head, body, [], 'checks')
}

export function assessmentSection(m: ReportModel): Raw {
  const a = m.assessment
  const scale = LATENCY_CLASSES.map(([c, limit]) => `${c} < ${limit} ms`).join(', ') + ', otherwise poor'
  const cls = a.latencyClass
    ? html`<div class="class ${a.latencyClass}" id="latency-class">${a.latencyClass}</div><p>Aggregated p95 is <b>${fmtMs(a.p95)}</b>.</p><p class="sub">Class from the Aggregated p95: ${scale}.</p>${a.slo ? null : html`<p class="sub">No SLOs were given.</p>`}`
    : html`<div class="class" id="latency-class">no requests</div><p class="sub">Nothing was measured, so there is no latency class.</p>`
  const slo = a.slo
    ? html`<div class="panel wide"><h3>SLOs <span class="badge ${a.slo.status}" id="slo-status">${WORD[a.slo.status]}</span></h3>${sloTable(a.slo.checks)}</div>`
    : null
  const findings = a.findings.length
    ? html`<ul class="findings" id="findings">${a.findings.map(
        (f) => html`<li class="${f.severity}" data-rule="${f.rule}"><p><b>${f.title}</b></p><p>${f.detail}</p><p class="advice">${f.advice}</p></li>`,
      )}</ul>`
    : html`<p class="sub" id="findings">No rule fired: latency, error rate and throughput stayed within the rules' limits.</p>`
  return html`<h2>Assessment</h2><div class="assess"><div class="panel"><h3>Latency class</h3>${cls}</div>
<div class="panel"><h3>Findings</h3>${findings}</div>${slo}</div>`
}
