import { test } from 'node:test'
import assert from 'node:assert/strict'
import { CSP, renderHtmlReport } from '../../../../src/report/html/index.ts'
import { makeResult } from './fixture.ts'
import { regressedPair, SLO } from './scenarios.ts'
import { hostileResult, HOSTILE_ERROR, HOSTILE_NAME } from './hostile.ts'

/** The JSON block the client script reads. */
function dataBlock(out: string): unknown {
  const m = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(out)
  assert.ok(m, 'data block present')
  return JSON.parse(m[1] as string)
}

test('the report is one self-contained file under a strict CSP', () => {
  const { base, current, comparison } = regressedPair()
  const out = renderHtmlReport(current, { comparison, baseline: base, slo: SLO })
  assert.ok(out.startsWith('<!doctype html>'))
  assert.ok(out.includes(`<meta http-equiv="Content-Security-Policy" content="${CSP.replaceAll("'", '&#39;')}">`))
  assert.equal(CSP, "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:")
  // Nothing that would load from anywhere: no src/href to URLs, no CSS imports or url() fetches.
  assert.ok(!/\s(src|href)="(?!data:)/i.test(out), 'no external src/href')
  assert.ok(!/@import|url\(/i.test(out))
  assert.equal((out.match(/<script/g) ?? []).length, 2)
  assert.ok(out.includes('❌') && out.includes('id="verdict">FAIL<'))
  dataBlock(out)
})

test('hostile names, errors and scenario names are escaped everywhere, including the embedded JSON', () => {
  const out = renderHtmlReport(hostileResult())
  for (const raw of ['<img src=x', '<script>window.', '<svg onload', '</title><script']) assert.ok(!out.includes(raw), raw)
  assert.ok(out.includes('&lt;img src=x onerror='))
  assert.ok(out.includes(HOSTILE_ERROR.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;')))
  assert.equal((out.match(/<\/script>/g) ?? []).length, 2, 'only our two script elements close')
  assert.ok(out.includes(HOSTILE_NAME.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;')))
  dataBlock(out)
})

test('a 4 h run with 300 endpoints stays small: ≤ 600 points per chart, well under 3 MB', () => {
  const eps = Array.from({ length: 300 }, (_, i) => ({ type: i % 3 ? 'GET' : 'POST', name: `/api/v1/resource-${i}/items`, ms: 5 + (i % 50) * 4, failRate: i % 17 ? 0 : 0.02 }))
  const r = makeResult({ seconds: 4 * 3600, users: 200, spawnRate: 5, endpoints: eps, pool: 6 })
  const out = renderHtmlReport(r)
  assert.ok(out.length < 3_000_000, `${out.length} bytes`)
  const data = dataBlock(out) as { xs: { cur: number[] } }
  assert.ok(data.xs.cur.length <= 600 && data.xs.cur.length >= 500, `${data.xs.cur.length} points`)
  assert.equal((out.match(/<tr/g) ?? []).length >= 600, true)
  assert.ok(out.includes('24 s per point'))
})

test('an SLO-only comparison shows its SLO table and verdict but no baseline deltas', async () => {
  const { compare } = await import('../../../../src/compare/compare.ts')
  const { statsRows } = await import('../../../../src/stats/summary.ts')
  const r = makeResult()
  const out = renderHtmlReport(r, { comparison: compare(null, statsRows(r), SLO) })
  assert.ok(!out.includes('id="comparison"'))
  assert.ok(out.includes('id="slo"'))
  assert.ok(out.includes('id="slo-status">FAIL<'), 'POST /checkout is not in this run: its SLO is not met')
  assert.ok(out.includes('id="verdict">FAIL<'))
})
