/**
 * Output safety with hostile endpoint names and error texts (what a target or a scenario author
 * controls): CSV cells a spreadsheet would execute are defused only in the text columns, our own
 * defused CSV still joins as a baseline, the HTML report escapes, the PR comment markdown escapes.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parse } from 'csv-parse/sync'
import { locustCsvFiles } from '../../../src/report/locust-csv.ts'
import { renderHtmlReport } from '../../../src/report/html/index.ts'
import { readStats } from '../../../src/compare/read.ts'
import { compare, markdownComment } from '../../../src/compare/index.ts'
import { StatsRecorder } from '../../../src/stats/recorder.ts'
import { statsRows } from '../../../src/stats/summary.ts'
import type { RunResult } from '../../../src/stats/types.ts'

const NAMES = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tTAB', '<script>alert(1)</script>', '| a | b |', '@octocat #1 [x](http://evil.example)', '/ok', '-']
const ERROR = `HTTPError('500 Server Error: =cmd|' /C calc'!A0 <img src=x onerror=alert(1)> for url: /x')`

function hostileRun(): RunResult {
  const rec = new StatsRecorder({ fullHistory: true })
  for (let i = 0; i < 5; i++) for (const n of NAMES) rec.request('GET', n, 5 + i, 10, n === '/ok' ? null : ERROR)
  rec.exception('=1+1 <b>bold</b>', '-Traceback\n  at <anonymous>')
  const now = Date.now() / 1000
  return rec.result({ scenario: '<b>s</b>', host: 'http://127.0.0.1:1', users: 1, spawnRate: 1, runTime: 1, startTime: now - 2, endTime: now, tool: 'load-action', version: '0' })
}

test('CSV: formulas defused in Name, Error, Message and Traceback cells only; numbers stay numbers', () => {
  const files = locustCsvFiles(hostileRun())
  const risky = /^[=+\-@\t\r]/
  for (const [which, text] of Object.entries(files)) {
    const rows = parse(text, { relax_column_count: true }) as string[][]
    const header = rows[0] as string[]
    for (const row of rows.slice(1)) {
      row.forEach((cell, i) => {
        const col = header[i] ?? ''
        if (['Name', 'Error', 'Message', 'Traceback'].includes(col)) assert.doesNotMatch(cell, risky, `${which} ${col}: ${cell}`)
      })
    }
  }
  const stats = parse(files.stats) as string[][]
  assert.ok(stats.some((r) => r[1] === `'=HYPERLINK("http://evil.example","x")`))
  assert.ok(stats.some((r) => r[1] === "'-"))
  // Locust compatibility: everything else is Locust's bytes (the header, the numbers, the order).
  assert.match(files.stats, /^Type,Name,Request Count,Failure Count,/)
  assert.ok(parse(files.failures).slice(1).every((r: string[]) => /^\d+$/.test(r[3] ?? '')))
  // The raw form is still there for byte-exact Locust output.
  assert.ok((parse(locustCsvFiles(hostileRun(), { neutralize: false }).stats) as string[][]).some((r) => r[1] === '+1+1'))
})

test('a defused CSV written by us reads back as the same names: a baseline still joins its run', () => {
  const run = hostileRun()
  const base = readStats(locustCsvFiles(run).stats, 'baseline_stats.csv')
  assert.deepEqual(base.map((r) => r.name).sort(), statsRows(run).map((r) => r.name).sort())
  const c = compare(base, statsRows(run), undefined, {})
  assert.ok(c.rows.every((r) => (r as { presence?: string }).presence === 'both'), JSON.stringify(c.rows.map((r) => [r.name, (r as { presence?: string }).presence])))
})

test('HTML report: hostile names, errors, messages and scenario name are escaped', () => {
  const html = renderHtmlReport(hostileRun(), {})
  assert.ok(!html.includes('<script>alert(1)</script>'))
  assert.ok(!html.includes('<img src=x'))
  assert.ok(!html.includes('<b>bold</b>') && !html.includes('<b>s</b>'))
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;') || html.includes('\\u003cscript'), 'the name is shown, escaped')
})

test('PR comment markdown: table pipes, mentions, issue refs, links and HTML in names are neutralised', () => {
  const run = hostileRun()
  const slower = statsRows(run).map((r) => ({ ...r, percentiles: { ...r.percentiles, '95%': (r.percentiles['95%'] ?? 0) * 3 }, medianResponseTime: (r.medianResponseTime ?? 0) * 3 }))
  const md = markdownComment(compare(statsRows(run), slower, undefined, {}), { title: 'Load test', marker: '<!-- m -->' })
  assert.ok(!md.includes('<script>'), 'no raw HTML')
  assert.ok(!/(^|[^\\`])@octocat/.test(md), 'no live mention')
  assert.ok(!/\]\(http:\/\/evil/.test(md), 'no live link')
  for (const line of md.split('\n').filter((l) => l.startsWith('|') && l.includes(' a '))) assert.ok(!/[^\\]\| a \|/.test(line), line)
})
