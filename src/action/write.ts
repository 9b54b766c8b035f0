/**
 * Stage 3: the files. Locust CSVs, results JSON and the HTML report into the report folder, and the
 * new baseline when `update-baseline` asks for it (never otherwise: a baseline is a reviewed file).
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Judgement } from '../pipeline/judge.ts'
import { writeOutputs } from '../pipeline/outputs.ts'
import type { Measured } from './measure.ts'
import type { ReportPaths } from './names.ts'
import { renderComparisonPage } from './compare-page.ts'

export interface Written {
  /** Every file written into the report folder. */
  files: string[]
  html: string
  csvPrefix: string
  /** Empty when the current side was a CSV (no results to write). */
  resultsJson: string
  statsCsv: string
}

export async function writeReports(m: Measured, judged: Judgement, paths: ReportPaths): Promise<Written> {
  const { comparison } = judged
  mkdirSync(paths.dir, { recursive: true })
  const statsCsv = `${paths.csvPrefix}_stats.csv`
  if (m.result) {
    const reporters = m.scenario?.reporters
    const files = await writeOutputs(m.result, { csv: paths.csvPrefix, json: paths.resultsJson, html: paths.html, comparison, baseline: judged.baseline, slo: judged.slo, ...(reporters ? { reporters, scenario: m.scenario } : {}) })
    return { files, html: paths.html, csvPrefix: paths.csvPrefix, resultsJson: paths.resultsJson, statsCsv }
  }
  // Locust CSV given: keep it next to the report (as the stats CSV) and render the comparison.
  writeFileSync(statsCsv, m.csvText ?? '')
  writeFileSync(paths.html, renderComparisonPage(comparison, `Load test: ${m.name}`))
  return { files: [statsCsv, paths.html], html: paths.html, csvPrefix: paths.csvPrefix, resultsJson: '', statsCsv }
}

/** Copies the new stats CSV over the baseline path (creating its folder). */
export function updateBaseline(statsCsv: string, baselinePath: string): void {
  mkdirSync(dirname(baselinePath), { recursive: true })
  copyFileSync(statsCsv, baselinePath)
}
