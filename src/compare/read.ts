/**
 * Input adapter for compare: a Locust `_stats.csv` or our results JSON, told apart by content (a
 * JSON object starts with `{`), never by file name, so `baseline.txt` or a pipe works too.
 */
import { parseResultsJson } from '../stats/parse-results.ts'
import { statsRows } from '../stats/summary.ts'
import type { RunResult, StatsRow } from '../stats/types.ts'
import { readLocustCsv } from './read-csv.ts'

/** Parses and shape-checks a results JSON (the one reader, shared with `report` and `merge`). */
export const readRunResult = (text: string, label: string): RunResult => parseResultsJson(text, label)

/** True when the text is (meant to be) JSON rather than CSV. */
export function looksLikeJson(text: string): boolean {
  return /^\uFEFF?\s*\{/.test(text)
}

/**
 * Reads stats rows from a Locust `_stats.csv` (any Locust version) or a load-action results JSON.
 * `label` names the source in errors (`label:line: column "X": …`, exit 2). Aggregated comes last.
 */
export function readStats(text: string, label: string): StatsRow[] {
  if (looksLikeJson(text)) return statsRows(readRunResult(text.replace(/^\uFEFF/, ''), label))
  return readLocustCsv(text, label)
}
