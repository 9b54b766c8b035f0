/**
 * Input adapter for compare: a Locust `_stats.csv` or our results JSON, told apart by content (a
 * JSON object starts with `{`), never by file name, so `baseline.txt` or a pipe works too.
 */
import { LoadActionError } from '../errors.ts'
import { statsRows } from '../stats/summary.ts'
import type { RunResult, StatsRow } from '../stats/types.ts'
import { readLocustCsv } from './read-csv.ts'

function fail(message: string): never {
  throw new LoadActionError('INPUT_INVALID', message)
}

/** 1-based line of a character offset, for JSON syntax errors. */
function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

/** Parses and shape-checks a results JSON; enough checking that statsRows cannot crash on it. */
export function readRunResult(text: string, label: string): RunResult {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    const msg = (e as Error).message
    const pos = /position (\d+)/.exec(msg)
    fail(`${label}:${pos ? lineAt(text, Number(pos[1])) : 1}: not valid JSON (${msg.replace(/ in JSON at position \d+.*$/, '')})`)
  }
  const r = data as Partial<RunResult> | null
  if (!r || typeof r !== 'object' || Array.isArray(r)) fail(`${label}: expected a load-action results JSON object`)
  if (r.formatVersion !== 1) {
    fail(`${label}: formatVersion: expected 1, got ${JSON.stringify(r.formatVersion)} (not a load-action results file, or from a newer version)`)
  }
  if (!Array.isArray(r.entries)) fail(`${label}: entries: expected an array`)
  if (!r.total || typeof r.total !== 'object') fail(`${label}: total: expected an object`)
  r.entries.forEach((e, i) => {
    if (!e || typeof e !== 'object' || typeof e.name !== 'string' || typeof e.type !== 'string' || typeof e.numRequests !== 'number') {
      fail(`${label}: entries[${i}]: expected { type, name, numRequests, … }`)
    }
  })
  return r as RunResult
}

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
