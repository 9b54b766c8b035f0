/**
 * Reporters: the built-in ones (csv, json, html, console, markdown) behind the same Reporter
 * contract a code scenario's `reporters: [...]` use, and the runner of user reporters at the end of a
 * run. A reporter's failure is logged and never changes the run's exit code.
 */
import { writeFileSync } from 'node:fs'
import type { Reporter, ReporterContext } from '../engine/types.ts'
import type { RunResult } from '../stats/types.ts'
import { runMarkdown } from './markdown.ts'
import { formatSummary } from './console.ts'
import { renderHtmlReport } from './html/index.ts'
import { writeLocustCsv } from './locust-csv-file.ts'
import { writeResultsJson } from './results-json.ts'

export type { Reporter, ReporterContext } from '../engine/types.ts'

const csv: Reporter = {
  name: 'csv',
  write: (r, ctx) => ctx.files.csv && writeLocustCsv(ctx.files.csv, r, { fullHistory: ctx.files.fullHistory ?? false }),
}
const json: Reporter = { name: 'json', write: (r, ctx) => ctx.files.json && writeResultsJson(ctx.files.json, r) }
const html: Reporter = {
  name: 'html',
  write: (r, ctx) => ctx.files.html && writeFileSync(ctx.files.html, renderHtmlReport(r, { comparison: ctx.comparison })),
}
const console: Reporter = { name: 'console', write: (r, ctx) => ctx.log(formatSummary(r)) }
/** The run as markdown (stats and custom metrics; the PR comment's tables with a baseline): to `files.markdown`, else to the log. */
const markdown: Reporter = {
  name: 'markdown',
  write(r, ctx) {
    const text = runMarkdown(r, ctx.comparison)
    if (ctx.files.markdown) writeFileSync(ctx.files.markdown, text)
    else ctx.log(text)
  },
}

/** The built-in reporters by name. */
export const builtinReporters: ReadonlyMap<string, Reporter> = new Map([csv, json, html, console, markdown].map((r) => [r.name, r]))

/**
 * Runs reporters in order (awaiting each); errors are logged as `reporter <name> failed: …` and
 * returned, so the caller decides whether to warn.
 */
export async function runReporters(reporters: readonly Reporter[], result: RunResult, ctx: ReporterContext): Promise<string[]> {
  const failed: string[] = []
  for (const r of reporters) {
    try {
      await r.write(result, ctx)
    } catch (e) {
      const line = `reporter ${r.name} failed: ${(e as Error)?.message ?? String(e)}`
      failed.push(line)
      ctx.log(line)
    }
  }
  return failed
}
