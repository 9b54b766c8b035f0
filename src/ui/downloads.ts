/**
 * The files the UI offers for download: the four Locust CSVs, results JSON and the HTML report,
 * made with the same writers as `--csv`, `--json` and `--html`.
 */
import { renderHtmlReport, type HtmlReportOptions } from '../report/html/index.ts'
import { locustCsvFiles } from '../report/locust-csv.ts'
import type { RunResult } from '../stats/types.ts'

export interface Download {
  /** Suggested file name (scenario names are [\w.-]+, safe in a header). */
  filename: string
  type: string
  body: string
}

const CSV = 'text/csv; charset=utf-8'

/** Route names under /download/. */
export const DOWNLOADS = ['stats.csv', 'stats_history.csv', 'failures.csv', 'exceptions.csv', 'results.json', 'report.html'] as const
export type DownloadName = (typeof DOWNLOADS)[number]

export function isDownload(name: string): name is DownloadName {
  return (DOWNLOADS as readonly string[]).includes(name)
}

/** Builds one download from the results. */
export function makeDownload(name: DownloadName, result: RunResult, opts: { fullHistory?: boolean; report?: HtmlReportOptions } = {}): Download {
  const prefix = result.meta.scenario
  if (name === 'results.json') return { filename: `${prefix}_results.json`, type: 'application/json; charset=utf-8', body: `${JSON.stringify(result, null, 2)}\n` }
  if (name === 'report.html') return { filename: `${prefix}_report.html`, type: 'text/html; charset=utf-8', body: renderHtmlReport(result, opts.report ?? {}) }
  const files = locustCsvFiles(result, { fullHistory: opts.fullHistory ?? false })
  const key = ({ 'stats.csv': 'stats', 'stats_history.csv': 'history', 'failures.csv': 'failures', 'exceptions.csv': 'exceptions' } as const)[name]
  return { filename: `${prefix}_${name}`, type: CSV, body: files[key] }
}
