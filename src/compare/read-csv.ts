/**
 * Reader for Locust `_stats.csv` files, from Locust 0.x to 2.x. Pure: text in, rows out.
 *
 * Locust renamed its columns over the years (`Method` → `Type`, `# requests` → `Request Count`,
 * `Requests Failed/s` → `Failures/s`), added percentile columns (`99.9%`, `99.99%`) and called the
 * total row `None,Total`, then `None,Aggregated`, then `,Aggregated`. All of these map onto one
 * StatsRow shape; columns a file lacks are absent (percentiles) or derived (failures/s).
 */
import { parse } from 'csv-parse/sync'
import { LoadActionError } from '../errors.ts'
import { AGGREGATED, PERCENTILE_LABELS } from '../stats/types.ts'
import type { PercentileLabel, StatsRow } from '../stats/types.ts'

type Field = 'type' | 'name' | 'requests' | 'failures' | 'median' | 'average' | 'min' | 'max' | 'size' | 'rps' | 'fps'

/** Lower-cased header → field. The first spelling of each is the current Locust 2.x one. */
const ALIASES: Record<string, Field> = {
  type: 'type',
  method: 'type',
  name: 'name',
  'request count': 'requests',
  '# requests': 'requests',
  'failure count': 'failures',
  '# failures': 'failures',
  'median response time': 'median',
  'average response time': 'average',
  'min response time': 'min',
  'max response time': 'max',
  'average content size': 'size',
  'requests/s': 'rps',
  'failures/s': 'fps',
  'requests failed/s': 'fps',
}
const CURRENT_NAME: Record<Field, string> = {
  type: 'Type',
  name: 'Name',
  requests: 'Request Count',
  failures: 'Failure Count',
  median: 'Median Response Time',
  average: 'Average Response Time',
  min: 'Min Response Time',
  max: 'Max Response Time',
  size: 'Average Content Size',
  rps: 'Requests/s',
  fps: 'Failures/s',
}
const REQUIRED: Field[] = ['type', 'name', 'requests', 'failures', 'median', 'average', 'min', 'max', 'rps']
const EXPECTED = 'expected a Locust _stats.csv (or a load-action results JSON)'

interface Column {
  index: number
  header: string
}
type Layout = { fields: Partial<Record<Field, Column>>; percentiles: Partial<Record<PercentileLabel, Column>>; width: number }

function fail(message: string): never {
  throw new LoadActionError('INPUT_INVALID', message)
}

/** What a wrong header most likely is, so the message can say which file to pass instead. */
function guess(headers: string[]): string {
  const h = headers.map((x) => x.toLowerCase())
  if (h.includes('timestamp') && h.includes('user count')) return ' (this looks like a _stats_history.csv; pass the _stats.csv)'
  if (h.includes('occurrences') && h.includes('error')) return ' (this looks like a _failures.csv; pass the _stats.csv)'
  if (h.includes('traceback')) return ' (this looks like an _exceptions.csv; pass the _stats.csv)'
  if (h.includes('# requests') && h.includes('50%') && !h.includes('median response time')) return ' (this looks like an old _distribution.csv; pass the _requests.csv)'
  return ''
}

function layout(headers: string[], label: string): Layout {
  const fields: Layout['fields'] = {}
  const percentiles: Layout['percentiles'] = {}
  headers.forEach((raw, index) => {
    const header = raw.trim()
    const field = ALIASES[header.toLowerCase()]
    if (field && !fields[field]) fields[field] = { index, header }
    else if ((PERCENTILE_LABELS as readonly string[]).includes(header)) percentiles[header as PercentileLabel] = { index, header }
    // Anything else (e.g. Locust 0.x's '99.999') is ignored: newer columns must not break older readers.
  })
  const missing = REQUIRED.filter((f) => !fields[f])
  if (missing.length) {
    const shown = headers.slice(0, 6).map((x) => `"${x}"`).join(', ') + (headers.length > 6 ? ', …' : '')
    fail(`${label}:1: not a Locust stats CSV: missing column${missing.length > 1 ? 's' : ''} ${missing.map((f) => `"${CURRENT_NAME[f]}"`).join(', ')} (found ${shown})${guess(headers)}`)
  }
  return { fields, percentiles, width: headers.length }
}

function numberCell(cell: string, col: Column, line: number, label: string, opts: { na?: boolean; whole?: boolean } = {}): number | null {
  const s = cell.trim()
  if (opts.na && (s === 'N/A' || s === '')) return null
  // Python writes floats like 5.84, 1e-05, inf; inf/nan never make sense in a stats row.
  const n = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s) ? Number(s) : NaN
  const bad = !Number.isFinite(n) || n < 0 || (opts.whole && !Number.isInteger(n))
  if (bad) fail(`${label}:${line}: column "${col.header}": expected ${opts.whole ? 'a whole number ≥ 0' : 'a number ≥ 0'}${opts.na ? ' or N/A' : ''}, got "${cell}"`)
  return n
}

function toRow(cells: string[], l: Layout, line: number, label: string): StatsRow {
  const f = l.fields as Record<Field, Column> & Partial<Record<'size' | 'fps', Column>>
  const num = (field: Field, opts?: { na?: boolean; whole?: boolean }) => {
    const col = f[field] as Column
    return numberCell(cells[col.index] ?? '', col, line, label, opts)
  }
  let type = (cells[f.type.index] ?? '').trim()
  // Our CSV writer defuses spreadsheet formulas with a leading `'` (`'=x`, `'-1`): undo it, or a
  // baseline we wrote would not join with the run it is compared to (`=x` ≠ `'=x`).
  let name = (cells[f.name.index] ?? '').replace(/^'(?=[=+\-@\t\r])/, '')
  // Old Locusts wrote the total as `None,Total` or `None,Aggregated`.
  if ((type === '' || type === 'None') && (name === AGGREGATED || name === 'Total')) {
    type = ''
    name = AGGREGATED
  }
  const requests = num('requests', { whole: true }) as number
  const failures = num('failures', { whole: true }) as number
  const rps = num('rps') as number
  const percentiles: StatsRow['percentiles'] = {}
  for (const [label_, col] of Object.entries(l.percentiles)) {
    percentiles[label_ as PercentileLabel] = requests ? numberCell(cells[col.index] ?? '', col, line, label, { na: true }) : null
  }
  const median = num('median', { na: true })
  return {
    type,
    name,
    requests,
    failures,
    // Locust writes a median of 0 for rows without requests; it means "none", not "0 ms".
    medianResponseTime: requests ? median : null,
    averageResponseTime: num('average') as number,
    minResponseTime: num('min', { na: true }) ?? 0,
    maxResponseTime: num('max') as number,
    averageContentSize: f.size ? (num('size') as number) : 0,
    requestsPerSecond: rps,
    // Locust 0.x before 0.12 had no failure rate column: derive it from the counts.
    failuresPerSecond: f.fps ? (num('fps') as number) : requests ? (rps * failures) / requests : 0,
    percentiles,
  }
}

interface Record_ {
  record: string[]
  info: { lines: number }
}

/** Parses a Locust `_stats.csv` (any version since 0.x). Throws INPUT_INVALID naming file:line and column. */
export function readLocustCsv(text: string, label: string): StatsRow[] {
  let records: Record_[]
  try {
    records = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as Record_[]
  } catch (e) {
    const err = e as Error & { lines?: number }
    fail(`${label}:${err.lines ?? 1}: not a valid CSV (${err.message.replace(/^.*?:\s*/, '')})`)
  }
  const [head, ...body] = records
  if (!head) fail(`${label}: empty file; ${EXPECTED}`)
  const l = layout(head.record, label)
  if (!body.length) fail(`${label}: header only, no rows (a Locust stats CSV has at least the Aggregated row)`)
  const seen = new Map<string, number>()
  return body.map(({ record, info }) => {
    const line = info.lines
    if (record.length < l.width) fail(`${label}:${line}: expected ${l.width} columns, got ${record.length} (truncated row?)`)
    if (record.length > l.width) fail(`${label}:${line}: expected ${l.width} columns, got ${record.length} (an unquoted comma in a name?)`)
    const row = toRow(record, l, line, label)
    const key = `${row.type} ${row.name}`
    const first = seen.get(key)
    if (first !== undefined) fail(`${label}:${line}: duplicate row for "${key.trim()}" (first at line ${first})`)
    seen.set(key, line)
    return row
  })
}
