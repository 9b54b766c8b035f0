/** Writes a report to a temp file and opens it in offline Chromium; screenshots go to test-output/report/. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Page } from 'playwright-core'
import { launchChromium } from '../../helpers/chromium.ts'
import type { Browser } from '../../helpers/chromium.ts'

/** Gitignored; a person can open the PNGs after a run. */
export const SHOTS = fileURLToPath(new URL('../../../test-output/report/', import.meta.url))

export interface Opened {
  browser: Browser
  page: Page
  file: string
  close(): Promise<void>
}

export async function openReport(htmlText: string, name: string): Promise<Opened> {
  const dir = mkdtempSync(join(tmpdir(), 'load-action-report-'))
  const file = join(dir, `${name}.html`)
  writeFileSync(file, htmlText)
  const browser = await launchChromium()
  const page = await browser.newPage()
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' })
  return {
    browser,
    page,
    file,
    async close() {
      await browser.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true })
  const path = join(SHOTS, `${name}.png`)
  await page.screenshot({ path, fullPage: true })
  return path
}
