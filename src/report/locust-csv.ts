/**
 * RunResult → the text of Locust 2.x's four CSV files (`--csv PREFIX`), byte-compatible with what
 * Locust's StatsCSV writes: same headers and column order, Python's csv module quoting
 * (QUOTE_MINIMAL: only fields with `,` `"` CR or LF are quoted), `\r\n` row ends, Python's float and
 * int text, `N/A` percentiles for empty rows, rows by (Name, Type) and Aggregated last with an empty
 * Type. Failures come in Locust's order (sorted by its sha256 error key). Pure: no file access.
 */
import { createHash } from 'node:crypto'
import { stringify } from 'csv-stringify/sync'
import { compareEntries, locustDist, locustPercentile, medianOf, perSecond } from '../stats/summary.ts'
import { AGGREGATED, PERCENTILE_LABELS, PERCENTILES } from '../stats/types.ts'
import type { FailureData, RunResult, StatsEntryData } from '../stats/types.ts'
import { historyRows, HISTORY_HEADER } from './locust-csv-history.ts'
import { pyFloat, pyInt, pyRepr } from './locust-csv-pyformat.ts'

export interface LocustCsvOptions {
  /** Per-entry rows (and windowed percentiles) in the history file, like `--csv-full-history`. */
  fullHistory?: boolean
  /**
   * Defuse spreadsheet formulas (default true): a Name, Error, Message or Traceback cell starting
   * with = + - @ TAB or CR gets a leading `'`, as OWASP advises for CSV injection. Only those text
   * columns are touched (numbers such as `-1` stay numbers), and Locust itself does not do this,
   * so set it to false for byte-exact Locust output.
   */
  neutralize?: boolean
}

export interface LocustCsvFiles {
  stats: string
  history: string
  failures: string
  exceptions: string
}

export const STATS_HEADER = [
  'Type', 'Name', 'Request Count', 'Failure Count', 'Median Response Time', 'Average Response Time',
  'Min Response Time', 'Max Response Time', 'Average Content Size', 'Requests/s', 'Failures/s', ...PERCENTILE_LABELS,
]
export const FAILURES_HEADER = ['Method', 'Name', 'Error', 'Occurrences']
export const EXCEPTIONS_HEADER = ['Count', 'Message', 'Traceback', 'Nodes']

/** Python's csv.writer defaults: QUOTE_MINIMAL, `\r\n`; CR/LF inside a field force quotes too. */
export function csvText(rows: string[][]): string {
  return stringify(rows, { record_delimiter: '\r\n', quoted_match: /[\r\n]/ })
}

const FORMULA_START = /^[=+\-@\t\r]/
/** See LocustCsvOptions.neutralize. */
export function neutralizeCell(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s
}

/** Python's `x or 0` for Locust's min/max: a falsy float (None, 0.0) prints as the int 0. */
function floatOr0(x: number | null): string {
  return x ? pyFloat(x) : '0'
}

/** One row of the stats file, every cell as Locust prints it. */
export function statsCells(e: StatsEntryData, total: StatsEntryData): string[] {
  const n = e.numRequests
  const d = locustDist(e.histogram)
  const median = medianOf(d, n, e.minResponseTime, e.maxResponseTime)
  return [
    e.type,
    e.name,
    pyInt(n),
    pyInt(e.numFailures),
    median.isInt ? pyInt(median.value) : pyFloat(median.value),
    n === 0 ? '0.0' : pyFloat(e.totalResponseTime / n),
    floatOr0(e.minResponseTime),
    floatOr0(e.maxResponseTime),
    n === 0 ? '0' : pyFloat(e.totalContentLength / n),
    pyFloat(perSecond(n, total.startTime, total.lastRequestTimestamp)),
    pyFloat(perSecond(e.numFailures, total.startTime, total.lastRequestTimestamp)),
    ...PERCENTILES.map((p) => (n === 0 ? 'N/A' : pyInt(locustPercentile(d, n, p)))),
  ]
}

/** Locust's failure order: sorted by sha256(f"{method}.{name}.{error!r}") (its StatsError key). */
export function failureKey(f: FailureData): string {
  return createHash('sha256').update(`${f.method}.${f.name}.${pyRepr(f.error)}`, 'utf8').digest('hex')
}

export function locustCsvFiles(result: RunResult, opts: LocustCsvOptions = {}): LocustCsvFiles {
  const fix = opts.neutralize === false ? (s: string) => s : neutralizeCell
  const entries = [...result.entries].sort(compareEntries)
  const statsRows = [...entries, { ...result.total, type: '', name: AGGREGATED }].map((e) => {
    const cells = statsCells(e, result.total)
    cells[1] = fix(cells[1]!)
    return cells
  })
  const failures = result.failures
    .map((f) => ({ f, key: failureKey(f) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ f }) => [f.method, fix(f.name), fix(f.error), pyInt(f.occurrences)])
  const exceptions = result.exceptions.map((x) => [pyInt(x.count), fix(x.msg), fix(x.traceback), x.nodes])
  const history = historyRows(result, opts.fullHistory ?? false).map((r) => {
    r[3] = fix(r[3]!)
    return r
  })
  return {
    stats: csvText([STATS_HEADER, ...statsRows]),
    history: csvText([HISTORY_HEADER, ...history]),
    failures: csvText([FAILURES_HEADER, ...failures]),
    exceptions: csvText([EXCEPTIONS_HEADER, ...exceptions]),
  }
}
