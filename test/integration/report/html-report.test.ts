import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, statSync } from 'node:fs'
import { renderHtmlReport } from '../../../src/report/html/index.ts'
import { makeResult } from '../../unit/report/html/fixture.ts'
import { ENDPOINTS, regressedPair, SLO } from '../../unit/report/html/scenarios.ts'
import { openReport, screenshot } from './open.ts'
import type { Opened } from './open.ts'

// Never skipped: a missing Chromium fails the run (.ci/run installs Debian's chromium).
const skip = false
let o: Opened

before(async () => {
  if (skip) return
  const { base, current, comparison } = regressedPair()
  o = await openReport(renderHtmlReport(current, { comparison, baseline: base, slo: SLO }), 'regressed')
})
after(async () => {
  await o?.close()
})

/** Numbers of a column, as the sort key reads them. */
const column = (table: string, col: number) =>
  o.page.$$eval(`#${table} tbody tr`, (rows, c) => rows.map((r) => Number((r as HTMLTableRowElement).cells[c]?.getAttribute('data-v'))), col)

test('charts drew: five SVG charts with lines through their points', { skip }, async () => {
  const charts = await o.page.$$eval('svg[data-chart]', (svgs) =>
    svgs.map((s) => ({
      id: s.getAttribute('data-chart'),
      lines: Array.from(s.querySelectorAll('path.line')).map((p) => (p.getAttribute('d') ?? '').split('L').length),
      width: s.getBoundingClientRect().width,
    })),
  )
  assert.deepEqual(charts.map((c) => c.id), ['rps', 'fps', 'latency', 'users', 'dist'])
  for (const c of charts) {
    assert.ok(c.width > 300, `${c.id} is ${c.width}px wide`)
    assert.ok(c.lines.length >= 2, `${c.id}: current and baseline lines (${c.lines.length})`)
    assert.ok(c.lines.every((n) => n >= 10), `${c.id}: points per line ${c.lines}`)
  }
  // 180 seconds of history: one point per second.
  const rps = charts[0]!
  assert.equal(rps.lines[0], 180)
})

test('tables are filled: endpoints, Aggregated footer, comparison, failures, exceptions, SLOs', { skip }, async () => {
  const count = (sel: string) => o.page.$$eval(sel, (els) => els.length)
  assert.equal(await count('#stats tbody tr'), ENDPOINTS.length)
  assert.equal(await o.page.textContent('#stats tfoot tr td:nth-child(2)'), 'Aggregated')
  assert.equal(await count('#percentiles tbody tr'), ENDPOINTS.length)
  assert.equal(await count('#comparison tbody tr'), ENDPOINTS.length + 1)
  assert.equal(await count('#failures tbody tr'), 2)
  assert.equal(await count('#exceptions tbody tr'), 1)
  assert.equal(await count('#slo tbody tr'), 3)
  assert.equal(await o.page.textContent('#verdict'), 'FAIL')
  assert.equal(await o.page.textContent('#latency-class'), 'poor')
  assert.ok((await count('#findings li')) >= 1)
  assert.ok((await o.page.textContent('#comparison tbody tr:first-child td.mark'))?.includes('❌'))
})

test('clicking a header sorts by value, again reverses; the Aggregated row stays last', { skip }, async () => {
  const requests = '#stats thead th:nth-child(3)'
  await o.page.click(requests)
  assert.equal(await o.page.getAttribute(requests, 'aria-sort'), 'descending')
  const desc = await column('stats', 2)
  assert.deepEqual(desc, [...desc].sort((a, b) => b - a))
  await o.page.click(requests)
  const asc = await column('stats', 2)
  assert.deepEqual(asc, [...desc].reverse())
  await o.page.click('#stats thead th:nth-child(2)')
  const names = await o.page.$$eval('#stats tbody td.name', (tds) => tds.map((t) => t.textContent ?? ''))
  assert.deepEqual(names, [...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())))
  assert.equal(await o.page.textContent('#stats tfoot td:nth-child(2)'), 'Aggregated')
  // Keyboard works too.
  await o.page.focus('#percentiles thead th:nth-child(8)')
  await o.page.keyboard.press('Enter')
  const p95 = await column('percentiles', 7)
  assert.deepEqual(p95, [...p95].sort((a, b) => b - a))
})

test('the filter hides endpoints that do not match', { skip }, async () => {
  await o.page.fill('#filter', 'checkout')
  assert.equal(await o.page.$$eval('#stats tbody tr:not([hidden])', (r) => r.length), 1)
  await o.page.fill('#filter', '')
  assert.equal(await o.page.$$eval('#stats tbody tr:not([hidden])', (r) => r.length), ENDPOINTS.length)
})

test('hovering a chart shows the values at that time', { skip }, async () => {
  const svg = o.page.locator('svg[data-chart="latency"]')
  const box = (await svg.boundingBox())!
  await svg.hover({ position: { x: box.width * 0.6, y: box.height / 2 } })
  const tip = o.page.locator('#chart-latency .tip')
  assert.equal(await tip.isVisible(), true)
  const text = (await tip.textContent()) ?? ''
  assert.match(text, /^t = \d:\d\d \(ms\)p50: [\d.]+p95: [\d.,]+ ?(\(max [\d.,]+\))?baseline p50: [\d.]+baseline p95: [\d.]+$/)
  await o.page.mouse.move(0, 0)
  assert.equal(await tip.isVisible(), false)
})

test('light and dark schemes render; screenshots are saved; no errors, no network', { skip }, async () => {
  await o.page.emulateMedia({ colorScheme: 'light' })
  const light = await o.page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  const lightShot = await screenshot(o.page, 'report-light')
  await o.page.emulateMedia({ colorScheme: 'dark' })
  const dark = await o.page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  const ink = await o.page.evaluate(() => getComputedStyle(document.querySelector('svg path.line')!).stroke)
  const darkShot = await screenshot(o.page, 'report-dark')
  assert.equal(light, 'rgb(246, 247, 249)')
  assert.equal(dark, 'rgb(15, 19, 26)')
  assert.equal(ink, 'rgb(110, 168, 254)', 'chart colors follow the scheme')
  for (const f of [lightShot, darkShot]) assert.ok(existsSync(f) && statSync(f).size > 10_000, f)
  assert.deepEqual(o.browser.errors, [])
  assert.deepEqual(o.browser.requests, [])
})

// The 4 h size check is a unit test (render.test.ts); here an hour of history is enough to exercise
// downsampling in the browser without spending the time on decoding four hours of histograms.
test('a 1 h, 300-endpoint report opens with ≤ 600 points per line and a filled table', { skip, timeout: 60_000 }, async () => {
  const eps = Array.from({ length: 300 }, (_, i) => ({ type: i % 3 ? 'GET' : 'POST', name: `/api/v1/resource-${i}/items`, ms: 5 + (i % 50) * 4 }))
  const big = await openReport(renderHtmlReport(makeResult({ seconds: 3600, users: 200, spawnRate: 5, endpoints: eps, pool: 6 })), 'big')
  try {
    assert.ok(statSync(big.file).size < 3_000_000)
    const points = await big.page.$$eval('svg[data-chart="rps"] path.line', (ps) => ps.map((p) => (p.getAttribute('d') ?? '').split('L').length))
    assert.deepEqual(points, [600])
    assert.equal(await big.page.$$eval('#stats tbody tr', (r) => r.length), 300)
    await big.page.click('#stats thead th:nth-child(6)')
    assert.deepEqual(big.browser.errors, [])
    assert.deepEqual(big.browser.requests, [])
  } finally {
    await big.close()
  }
})
