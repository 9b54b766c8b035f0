import { test } from 'node:test'
import assert from 'node:assert/strict'
import { renderHtmlReport } from '../../../src/report/html/index.ts'
import { HOSTILE_ERROR, HOSTILE_NAME, HOSTILE_SCENARIO, HOSTILE_SCRIPT, hostileResult } from '../../unit/report/html/hostile.ts'
import { openReport, screenshot } from './open.ts'

// Never skipped: a missing Chromium fails the run (.ci/run installs Debian's chromium).
const skip = false

test('hostile endpoint names, error texts and scenario names show literally and run nothing', { skip }, async () => {
  const o = await openReport(renderHtmlReport(hostileResult()), 'hostile')
  try {
    const { page, browser } = o
    // Exercise the client script on the hostile rows too: sort, filter, hover.
    await page.click('#stats thead th:nth-child(2)')
    await page.fill('#filter', '<img')
    await page.fill('#filter', '')
    const svg = page.locator('svg[data-chart="rps"]')
    await svg.hover({ position: { x: 300, y: 100 } })
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), undefined, 'no injected script ran')
    assert.equal(await page.$$eval('img, #stats script, #failures svg', (e) => e.length), 0, 'no injected elements')
    const names = await page.$$eval('#stats tbody td.name', (tds) => tds.map((t) => t.textContent))
    assert.ok(names.includes(HOSTILE_NAME), JSON.stringify(names))
    assert.ok(names.includes(HOSTILE_SCRIPT))
    assert.equal(await page.textContent('#failures tbody td.err'), HOSTILE_ERROR)
    assert.equal(await page.textContent('#exceptions tbody td.err'), HOSTILE_ERROR)
    assert.equal(await page.title(), `Load test report: ${HOSTILE_SCENARIO}`)
    assert.equal(await page.$$eval('script', (s) => s.length), 2, 'only the report data and the report script')
    await screenshot(page, 'report-hostile')
    assert.deepEqual(browser.requests, [], 'an injected <img src=x> would have been a request')
    assert.deepEqual(browser.errors, [])
  } finally {
    await o.close()
  }
})
