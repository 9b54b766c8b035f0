/**
 * Writes the files a run or report asked for: Locust CSVs, results JSON, the HTML report. Shared by
 * the CLI and the action. Returns the paths written.
 */
import { writeFileSync } from 'node:fs'
import type { RunResult } from '../stats/types.ts'
import type { Comparison, Thresholds } from '../compare/types.ts'
import type { StatsRow } from '../stats/types.ts'
import { writeLocustCsv } from '../report/locust-csv-file.ts'
import { writeResultsJson } from '../report/results-json.ts'
import { renderHtmlReport } from '../report/html/index.ts'
import { prepareOutputs } from './files.ts'

export interface OutputRequest {
  csv?: string
  html?: string
  json?: string
  fullHistory?: boolean
  comparison?: Comparison
  /** Baseline run or rows: dashed baseline lines and levels in the report's charts. */
  baseline?: RunResult | StatsRow[]
  /** Parsed thresholds: the report's SLO table. */
  slo?: Thresholds
  /** Write Locust's exact bytes, without neutralising spreadsheet formulas. */
  csvRaw?: boolean
}

export async function writeOutputs(result: RunResult, out: OutputRequest): Promise<string[]> {
  prepareOutputs({ '--json': out.json, '--html': out.html }, [])
  const written: string[] = []
  if (out.json) {
    writeResultsJson(out.json, result)
    written.push(out.json)
  }
  if (out.csv) written.push(...writeLocustCsv(out.csv, result, { fullHistory: out.fullHistory ?? false, neutralize: !out.csvRaw }))
  if (out.html) {
    writeFileSync(out.html, renderHtmlReport(result, { comparison: out.comparison, baseline: out.baseline, slo: out.slo }))
    written.push(out.html)
  }
  return written
}
