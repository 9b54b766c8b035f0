/**
 * Stage 2: the verdict. Compares the current rows with the baseline (default
 * baselines/<name>/stats.csv) under the thresholds. A missing baseline is a warning, never a
 * failure: the verdict then comes from the SLOs alone.
 */
import { existsSync } from 'node:fs'
import { compare, parseThresholds, readStats } from '../compare/index.ts'
import type { Comparison } from '../compare/types.ts'
import { readText } from '../pipeline/files.ts'
import type { StatsRow } from '../stats/types.ts'
import type { ActionInputs } from '../inputs.ts'
import type { Measured } from './measure.ts'
import { defaultBaseline } from './names.ts'

export interface Judged {
  comparison: Comparison
  baselinePath: string
  baselineRows: StatsRow[] | null
  warnings: string[]
}

export function judgeResults(inputs: ActionInputs, m: Measured): Judged {
  const warnings: string[] = []
  const baselinePath = inputs.baseline ?? defaultBaseline(m.name)
  let baselineRows: StatsRow[] | null = null
  if (existsSync(baselinePath)) baselineRows = readStats(readText(baselinePath, 'baseline'), baselinePath)
  else {
    warnings.push(
      `No baseline at ${baselinePath}: the verdict comes from the SLOs only. Commit one (update-baseline: true writes it) to compare runs.`,
    )
  }
  const thresholdsPath = inputs.thresholds ?? m.scenarioThresholds
  const thresholds = thresholdsPath ? parseThresholds(readText(thresholdsPath, 'thresholds'), thresholdsPath) : undefined
  const comparison = compare(baselineRows, m.rows, thresholds, { baseLabel: baselineRows ? baselinePath : undefined, currentLabel: m.label })
  return { comparison, baselinePath, baselineRows, warnings }
}
