/**
 * The live web UI in headless Chromium, as a user drives it: `run --ui` against a local target,
 * Start with chosen users, charts moving, a user-count change visible in the users series, Stop,
 * and the stats CSV downloaded. Chromium missing is an error, never a skip.
 */
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { launchChromium } from '../../helpers/chromium.ts'
import { startCli } from '../../helpers/cli-process.ts'
import { startHttpTarget } from '../../helpers/servers.ts'

const dir = mkdtempSync(join(tmpdir(), 'load-action-ui-'))
after(() => rmSync(dir, { recursive: true, force: true }))

const HOSTILE = '<img src=x onerror="window.__xss=1">'

/** Points of the first line in a chart (M … L … L …). */
const points = (page: Page, chart: string) =>
  page.$eval(`#chart-${chart} path.line`, (p) => ((p.getAttribute('d') ?? '').match(/[ML]/g) ?? []).length).catch(() => 0)

test('run --ui: start from the page, charts move, users change, stop, download the stats CSV', async () => {
  const target = await startHttpTarget({ '/a': { body: 'a' }, '/b': { status: 500 } })
  const scenario = join(dir, 'ui.yml')
  writeFileSync(
    scenario,
    `name: ui-test
load: { users: 1, spawn-rate: 1, run-time: 60s }
users:
  - wait: { constant: 0.05 }
    tasks:
      - request: { method: GET, path: /a }
      - name: '${HOSTILE}'
        request: { method: GET, path: /b }
`,
  )
  const cli = startCli(['run', scenario, '--host', target.url, '--ui', '--ui-port', '0', '--only-summary', '--csv', join(dir, 'out')])
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined
  try {
    const url = (await cli.waitFor(/web UI: (http:\/\/127\.0\.0\.1:\d+)\//))[1] as string
    browser = await launchChromium({ allowOrigin: url })
    const page = await browser.newPage()
    const res = await page.goto(`${url}/`)
    assert.match(res?.headers()['content-security-policy'] ?? '', /default-src 'none'.*connect-src 'self'/)
    assert.equal(await page.textContent('#state'), 'WAITING')
    assert.equal(await page.isVisible('#downloads'), false)
    // Waiting means waiting: no request reached the target before Start.
    await page.waitForTimeout(300)
    assert.equal(target.requests.length, 0)

    await page.fill('#users', '2')
    await page.fill('#rate', '20')
    await page.click('#start')
    await page.waitForFunction(() => document.getElementById('state')?.textContent === 'RUNNING')
    await page.waitForFunction(() => (document.querySelector('#chart-rps path.line')?.getAttribute('d') ?? '').split('L').length >= 3, null, { timeout: 15_000 })
    const before = await points(page, 'rps')
    await page.waitForFunction((n) => (document.querySelector('#chart-rps path.line')?.getAttribute('d') ?? '').split('L').length > n, before, { timeout: 15_000 })
    assert.ok((await points(page, 'rps')) > before, 'the requests/s chart gained points')
    assert.ok((await points(page, 'latency')) >= 2, 'the response time chart has points')
    assert.match((await page.textContent('#stats')) ?? '', /\/a/)

    // Change the user count while running: the users series reaches it.
    await page.fill('#users', '5')
    await page.click('#start')
    await page.waitForFunction(
      () => {
        const data = JSON.parse(document.getElementById('report-data')?.textContent ?? '{}')
        return (data.charts?.users?.series?.[0]?.y ?? []).includes(5)
      },
      null,
      { timeout: 15_000 },
    )
    assert.match((await page.textContent('#status')) ?? '', /5 users running/)

    await page.click('#stop')
    await page.waitForFunction(() => document.getElementById('state')?.textContent === 'DONE', null, { timeout: 15_000 })
    assert.equal(await page.isVisible('#downloads'), true)
    assert.equal(await page.isDisabled('#stop'), true)
    if (process.env.UI_SCREENSHOT) await page.screenshot({ path: process.env.UI_SCREENSHOT, fullPage: true })

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#dl-stats-csv')])
    assert.equal(download.suggestedFilename(), 'ui-test_stats.csv')
    const csv = readFileSync((await download.path()) as string, 'utf8')
    assert.match(csv, /^Type,Name,Request Count,Failure Count,/)
    assert.match(csv, /\r\nGET,\/a,\d+,0,/)
    assert.ok(csv.includes(`\r\nGET,"${HOSTILE.replace(/"/g, '""')}",`), csv)
    assert.match(csv, /\r\n,Aggregated,\d+,\d+,/)

    // The hostile endpoint name is text, never markup.
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined)
    assert.equal(await page.$('#stats img'), null)
    assert.ok(((await page.textContent('#stats')) ?? '').includes(HOSTILE))
    assert.deepEqual(browser.errors, [])
    assert.deepEqual(browser.requests, [], 'the page fetched nothing but its own server')

    // The UI stays up for downloads until Ctrl-C; then the CLI exits with the run's verdict (0) and its files.
    assert.equal(await cli.stop('SIGINT'), 0, cli.stderr())
    assert.match(readFileSync(join(dir, 'out_stats.csv'), 'utf8'), /\r\nGET,\/a,\d+,0,/)
  } finally {
    await browser?.close()
    await cli.stop('SIGKILL')
    await target.close()
  }
})
