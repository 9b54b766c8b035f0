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
import { runReporters } from '../report/index.ts'
import type { Reporter, ReporterContext, Scenario } from '../engine/types.ts'

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
  /** A code scenario's own reporters, run after the files above are written. */
  reporters?: Reporter[]
  scenario?: Scenario
  /** Where reporters log (default: stdout). */
  log?: (line: string) => void
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
  if (out.reporters?.length) {
    const files = { csv: out.csv, json: out.json, html: out.html, fullHistory: out.fullHistory }
    const ctx: ReporterContext = { files: Object.fromEntries(Object.entries(files).filter(([, v]) => v !== undefined)), log: out.log ?? ((l) => console.log(l)) }
    if (out.scenario) ctx.scenario = out.scenario
    if (out.comparison) ctx.comparison = out.comparison
    await runReporters(out.reporters, result, ctx)
  }
  return written
}
