/**
 * Judging a result: read the baseline(s) (Locust CSV or results JSON) and the thresholds file,
 * compare, and print. Shared by `run`, `report` and `merge`. No baseline and no thresholds → no
 * judgement. Several runs on either side (`run --iterations N`, repeated `--baseline`) are judged
 * on their medians with a bootstrap confidence (compareRepeated).
 */
import { existsSync } from 'node:fs'
import type { Comparison, Thresholds } from '../compare/types.ts'
import { compare, compareRepeated, formatText, looksLikeJson, parseThresholds, readRunResult, readStats, type RepeatedInput } from '../compare/index.ts'
import { statsRows } from '../stats/summary.ts'
import { degradationNotes } from '../stats/degradation.ts'
import { readText } from './files.ts'

export interface Judgement {
  comparison: Comparison
  /** Baseline files that were read. */
  baselines: string[]
  /** Baseline files named but not found ("no baseline yet": the caller warns). */
  missing: string[]
  thresholds?: string
  /** The first baseline as read (for baseline lines in the HTML report). */
  baseline?: RepeatedInput
  /** The parsed thresholds (for the report's SLO table). */
  slo?: Thresholds
}

export interface JudgeRequest {
  /** The current run(s): one, or the iterations of `run --iterations N`; rows when only a Locust CSV is at hand. */
  current: RepeatedInput[]
  baselines?: string[]
  thresholds?: string
  /** How the current side is named in tables (default "this run"). */
  currentLabel?: string
}

const rowsOf = (x: RepeatedInput) => (Array.isArray(x) ? x : statsRows(x))

/** A baseline file as compare input: results JSON keeps its histograms (for the bootstrap). */
function readBaseline(path: string): RepeatedInput {
  const text = readText(path, 'baseline')
  return looksLikeJson(text) ? readRunResult(text, path) : readStats(text, path)
}

/**
 * Reads and parses the thresholds file and every baseline that exists, so that a typo or a broken
 * file is reported (exit 2) before a long run rather than after it, when the results would be lost.
 */
export function checkJudgeInputs(baselines: string[] | undefined, thresholds: string | undefined): void {
  if (thresholds) parseThresholds(readText(thresholds, 'thresholds'), thresholds)
  for (const p of baselines ?? []) if (existsSync(p)) readBaseline(p)
}

export function judge(req: JudgeRequest): Judgement | null {
  const paths = req.baselines ?? []
  if (!paths.length && !req.thresholds) return null
  const thresholds = req.thresholds ? parseThresholds(readText(req.thresholds, 'thresholds'), req.thresholds) : undefined
  // A missing baseline is "no baseline yet" (as in `compare` and the action): a warning, never a failure.
  const present = paths.filter((p) => existsSync(p))
  const base = present.map(readBaseline)
  const labels = { baseLabel: present.join(', ') || undefined, currentLabel: req.currentLabel ?? 'this run' }
  const [first] = req.current
  if (!first) throw new RangeError('judge: no current results')
  const comparison =
    base.length > 1 || req.current.length > 1
      ? compareRepeated(base.length ? base : null, req.current, thresholds, labels)
      : compare(base[0] ? rowsOf(base[0]) : null, rowsOf(first), thresholds, labels)
  // A single run's degradation, generator memory, dropped iterations and spikes travel as notes.
  const notes = req.current.length === 1 && !Array.isArray(first) ? degradationNotes(first) : []
  if (notes.length) comparison.notes = [...(comparison.notes ?? []), ...notes]
  const missing = paths.filter((p) => !present.includes(p))
  return { comparison, baselines: present, missing, thresholds: req.thresholds, baseline: base[0], slo: thresholds }
}

export function printJudgement(j: Judgement): void {
  for (const p of j.missing) console.error(`load-action: warning: baseline ${p} not found: no baseline yet`)
  console.log(formatText(j.comparison))
}
