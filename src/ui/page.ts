/**
 * The live page: the report's stylesheet, header and table/chart containers, a control form, and
 * two inline scripts (the report's client and the live client). The first paint is complete without
 * script; updates arrive over server-sent events.
 */
import type { Scenario } from '../engine/types.ts'
import { reportClient } from '../report/html/client.ts'
import { html, inlineScript, Raw } from '../report/html/escape.ts'
import { CSS } from '../report/html/styles.ts'
import { liveClient } from './client.ts'
import { DOWNLOADS } from './downloads.ts'
import type { LiveUpdate } from './view.ts'

/** The report's CSP plus `connect-src 'self'` for the event stream and the control requests. */
export const UI_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; connect-src 'self'; form-action 'none'; base-uri 'none'"
/** As a response header it can also forbid framing (browsers ignore frame-ancestors in a meta tag). */
export const UI_CSP_HEADER = `${UI_CSP}; frame-ancestors 'none'`

const UI_CSS = `
form.controls{display:flex;gap:14px;align-items:flex-end;flex-wrap:wrap;margin-top:16px}
form.controls label{display:flex;flex-direction:column;gap:4px;color:var(--muted);font-size:12px}
form.controls input{font:inherit;padding:5px 9px;border:1px solid var(--line);border-radius:6px;background:var(--panel);color:var(--fg);width:150px}
button{font:inherit;font-weight:600;padding:6px 16px;border-radius:6px;border:1px solid var(--line);background:var(--head);color:var(--fg);cursor:pointer}
button#start{background:var(--c1);border-color:var(--c1);color:#fff}button:disabled{opacity:.45;cursor:default}
#status{color:var(--muted);margin:8px 0 0;min-height:1.4em}
ul#downloads{display:flex;gap:14px;flex-wrap:wrap;list-style:none;padding:0}ul#downloads[hidden]{display:none}
`

const LABELS: Record<(typeof DOWNLOADS)[number], string> = {
  'stats.csv': 'Statistics CSV',
  'stats_history.csv': 'History CSV',
  'failures.csv': 'Failures CSV',
  'exceptions.csv': 'Exceptions CSV',
  'results.json': 'Results JSON',
  'report.html': 'HTML report',
}

/** The whole page, with `first` (the current update) already in place. */
export function renderPage(scenario: Scenario, first: LiveUpdate): string {
  const f = (k: keyof LiveUpdate): Raw => new Raw(String(first[k]))
  const page = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${UI_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<link rel="icon" href="data:,">
<title>load-action: ${scenario.name}</title>
<style>${new Raw(CSS)}${new Raw(UI_CSS)}</style></head>
<body data-state="${first.state}"><main>
<header><div><h1>Load test: ${scenario.name}</h1><p class="sub">${scenario.host.replace(/\/\/[^/@]*@/, '//')}</p></div>
<div class="verdict"><span class="badge none" id="state">${first.state.toUpperCase()}</span></div></header>
<form id="control" class="controls" autocomplete="off">
<label>Number of users<input type="number" id="users" name="users" min="0" step="1" required value="${first.target.users}"></label>
<label>Spawn rate (users/s)<input type="number" id="rate" name="rate" min="0.01" step="any" required value="${first.target.spawnRate}"></label>
<button type="submit" id="start">${first.state === 'waiting' ? 'Start' : 'Apply'}</button>
<button type="button" id="stop"${first.state === 'running' ? null : new Raw(' disabled')}>Stop</button>
</form>
<p id="status" role="status"></p>
<div id="kpis">${f('kpis')}</div>
<h2>Over time</h2>
<div class="charts" id="charts">${f('charts')}</div>
<h2>Request statistics</h2><div id="stats">${f('stats')}</div>
<h2>Response time percentiles (ms)</h2><div id="percentiles">${f('percentiles')}</div>
<h2>Failures</h2><div id="failures">${f('failures')}</div>
<h2>Exceptions</h2><div id="exceptions">${f('exceptions')}</div>
<h2>Downloads</h2>
<ul id="downloads"${first.state === 'waiting' ? new Raw(' hidden') : null}>${DOWNLOADS.map((d) => html`<li><a href="/download/${d}" download id="dl-${d.replace(/\W/g, '-')}">${LABELS[d]}</a></li>`)}</ul>
<footer>load-action live view on 127.0.0.1. Downloads are the current numbers while running, the final ones when done.</footer>
</main>
<script type="application/json" id="report-data">${f('data')}</script>
<script>${inlineScript(`(${liveClient.toString()})(${reportClient.toString()})`)}</script>
</body></html>
`
  return page.value
}
