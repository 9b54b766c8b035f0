/**
 * Launches Debian's Chromium through playwright-core for report tests: headless, offline, a fresh
 * temporary profile, and every network request recorded and refused (file:// loads of the page
 * itself are allowed). A missing Chromium is an error, never a skip: `apt-get install -y chromium`.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import type { BrowserContext, Page } from 'playwright-core'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const hasChromium = (): boolean => existsSync(CHROMIUM_PATH)

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface Browser {
  context: BrowserContext
  /** Requests other than the report file itself (each one is a failure: the report must not fetch). */
  requests: string[]
  /** Console errors and uncaught page errors. */
  errors: string[]
  newPage(): Promise<Page>
  close(): Promise<void>
}

/**
 * `allowOrigin` (e.g. http://127.0.0.1:PORT of a local server under test, such as the live UI)
 * lets requests to that origin through; the network is then not emulated offline, but every other
 * request is still refused and recorded.
 */
export async function launchChromium(opts: { colorScheme?: 'light' | 'dark'; allowOrigin?: string } = {}): Promise<Browser> {
  if (!hasChromium()) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CHROMIUM_PATH)`)
  const profile = mkdtempSync(join(tmpdir(), 'load-action-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    offline: opts.allowOrigin === undefined,
    acceptDownloads: true,
    viewport: { width: 1440, height: 900 },
    colorScheme: opts.colorScheme ?? 'light',
  })
  const requests: string[] = []
  const errors: string[] = []
  let reportUrl = ''
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url === reportUrl || (opts.allowOrigin && url.startsWith(`${opts.allowOrigin}/`))) return route.continue()
    requests.push(url)
    return route.abort()
  })
  context.on('request', (req) => {
    // Requests that bypass routing (data: URLs are not requests) still show up here.
    const url = req.url()
    if (url !== reportUrl && !(opts.allowOrigin && url.startsWith(`${opts.allowOrigin}/`)) && !requests.includes(url)) requests.push(url)
  })
  return {
    context,
    requests,
    errors,
    async newPage() {
      const page = await context.newPage()
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text())
      })
      page.on('pageerror', (e) => errors.push(String(e)))
      const goto = page.goto.bind(page)
      // Remember which URL is the report so that its own load is not counted as a network request.
      page.goto = (url, o) => {
        reportUrl = url
        return goto(url, o)
      }
      return page
    },
    async close() {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}
