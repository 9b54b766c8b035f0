/**
 * Judging a result: read the baseline (Locust CSV or results JSON) and the thresholds file, compare,
 * and print. Shared by `run`, `report` and the action. No baseline and no thresholds → no judgement.
 */
import type { RunResult } from '../stats/types.ts'
import type { Comparison } from '../compare/types.ts'
import { compare, formatText, parseThresholds, readStats } from '../compare/index.ts'
import { statsRows } from '../stats/summary.ts'
import { readText } from './files.ts'

export interface Judgement {
  comparison: Comparison
  baseline?: string
  thresholds?: string
}

export interface JudgeRequest {
  result: RunResult
  baseline?: string
  thresholds?: string
}

export async function judge(req: JudgeRequest): Promise<Judgement | null> {
  if (!req.baseline && !req.thresholds) return null
  const thresholds = req.thresholds ? parseThresholds(readText(req.thresholds, 'thresholds'), req.thresholds) : undefined
  const base = req.baseline ? readStats(readText(req.baseline, 'baseline'), req.baseline) : null
  const comparison = compare(base, statsRows(req.result), thresholds)
  return { comparison, baseline: req.baseline, thresholds: req.thresholds }
}

export function printJudgement(j: Judgement): void {
  console.log(formatText(j.comparison))
}
