/**
 * The rows of Locust's `_stats_history.csv`, rebuilt from our per-second history.
 *
 * Locust appends one row per second while running (StatsCSVFileWriter._stats_history_data_rows):
 * the Aggregated row, preceded by one row per entry with --csv-full-history. Its columns mix:
 * - Requests/s, Failures/s: StatsEntry.current_rps — the mean per-second count over the seconds
 *   [max(L − 12, start), L − 3], L being the second of the run's last request so far;
 * - percentiles: the whole run so far, except with full history, where they are the *current* ones
 *   (get_current_response_time_percentile: the run's dict minus a cached copy from ~10 s earlier; the
 *   cache holds a copy at second s − 1 whenever an entry logs its first request of second s, plus an
 *   empty one from when the entry was created: the run start for Aggregated, its first request for
 *   the others; no copy between t − 18 and t − 2 → 0);
 * - Total …: the whole run so far.
 * A row for our second t stands for Locust's row written during second t, with everything recorded
 * up to the end of t. Pure.
 */
import { decodeHistogram } from '../stats/histogram.ts'
import { addToLocustDict, compareEntries, distFromDict, locustPercentile, medianOf } from '../stats/summary.ts'
import { AGGREGATED, PERCENTILE_LABELS, PERCENTILES } from '../stats/types.ts'
import type { HistoryCell, RunResult } from '../stats/types.ts'
import { pyFixed6, pyFloat, pyInt } from './locust-csv-pyformat.ts'

export const HISTORY_HEADER = [
  'Timestamp', 'User Count', 'Type', 'Name', 'Requests/s', 'Failures/s', ...PERCENTILE_LABELS,
  'Total Request Count', 'Total Failure Count', 'Total Median Response Time', 'Total Average Response Time',
  'Total Min Response Time', 'Total Max Response Time', 'Total Average Content Size',
]

const WINDOW = 10 // CURRENT_RESPONSE_TIME_PERCENTILE_WINDOW
const KEEP = 20 // seconds of per-second dicts kept for the window

/** One row series (an entry or Aggregated) accumulated second by second. */
class Series {
  readonly type: string
  readonly name: string
  started = false
  n = 0
  f = 0
  rt = 0
  bytes = 0
  min: number | null = null
  max = 0
  readonly dict = new Map<number, number>()
  readonly reqs = new Map<number, number>()
  readonly fails = new Map<number, number>()
  /** Per-second dicts of recent seconds, for the windowed percentiles. */
  readonly recent = new Map<number, Map<number, number>>()
  /** Cache keys Locust would hold (second → was a real snapshot, not the empty start copy). */
  readonly cached = new Map<number, boolean>()
  lastSec: number | null = null

  /** `createdAt`: the second Locust created (reset) the entry, which caches an empty copy; null = at first request. */
  constructor(type: string, name: string, createdAt: number | null) {
    this.type = type
    this.name = name
    if (createdAt !== null) this.cached.set(createdAt, false)
  }

  add(t: number, c: HistoryCell): void {
    if (c.requests === 0) return
    if (!this.started && this.cached.size === 0) this.cached.set(t, false)
    if (this.lastSec !== null && t > this.lastSec) this.cached.set(t - 1, true)
    this.lastSec = t
    this.started = true
    const sec = addToLocustDict(decodeHistogram(c.histogram))
    for (const [k, v] of sec) this.dict.set(k, (this.dict.get(k) ?? 0) + v)
    this.recent.set(t, sec)
    for (const s of this.recent.keys()) if (s <= t - KEEP) this.recent.delete(s)
    this.n += c.requests
    this.f += c.failures
    this.rt += c.totalResponseTime ?? (decodeHistogram(c.histogram).mean / 1000) * c.requests
    this.bytes += c.totalContentLength ?? 0
    const min = c.minResponseTime ?? null
    if (min !== null && (this.min === null || min < this.min)) this.min = min
    this.max = Math.max(this.max, c.maxResponseTime ?? 0)
    this.reqs.set(t, c.requests)
    if (c.failures) this.fails.set(t, c.failures)
  }

  /** current_rps / current_fail_per_sec over [max(last − 12, start), last − 3]. */
  current(counts: Map<number, number>, last: number | null, startSec: number): number {
    if (last === null) return 0
    let sum = 0
    let len = 0
    for (let s = Math.max(last - 12, startSec); s < last - 2; s++, len++) sum += counts.get(s) ?? 0
    return sum / Math.max(len, 1)
  }

  /** get_current_response_time_percentile for every percentile, or null when Locust finds no cached copy. */
  windowed(t: number): number[] | null {
    const prefs = [t - WINDOW]
    for (let i = 1; i < 9; i++) prefs.push(t - WINDOW - i, t - WINDOW + i)
    const c = prefs.find((s) => this.cached.has(s))
    if (c === undefined) return null
    const from = this.cached.get(c) ? c + 1 : c
    const dict = new Map<number, number>()
    let n = 0
    for (const [s, d] of this.recent) {
      if (s < from || s > t) continue
      n += this.reqs.get(s) ?? 0
      for (const [k, v] of d) dict.set(k, (dict.get(k) ?? 0) + v)
    }
    const dist = distFromDict(dict)
    return PERCENTILES.map((p) => locustPercentile(dist, n, p))
  }

  cells(t: number, users: number, last: number | null, startSec: number, full: boolean): string[] {
    const n = this.n
    let pct: string[]
    if (n === 0) pct = PERCENTILES.map(() => 'N/A')
    else if (full) pct = (this.windowed(t) ?? PERCENTILES.map(() => 0)).map(pyInt)
    else {
      const dist = distFromDict(this.dict)
      pct = PERCENTILES.map((p) => pyInt(locustPercentile(dist, n, p)))
    }
    const median = medianOf(distFromDict(this.dict), n, this.min, this.max)
    return [
      pyInt(t),
      pyInt(users),
      this.type,
      this.name,
      pyFixed6(this.current(this.reqs, last, startSec)),
      pyFixed6(this.current(this.fails, last, startSec)),
      ...pct,
      pyInt(n),
      pyInt(this.f),
      median.isInt ? pyInt(median.value) : pyFloat(median.value),
      n === 0 ? '0.0' : pyFloat(this.rt / n),
      this.min ? pyFloat(this.min) : '0',
      this.max ? pyFloat(this.max) : '0',
      n === 0 ? '0' : pyFloat(this.bytes / n),
    ]
  }
}

/** History rows (without header), oldest first; per-entry rows only when `full` and recorded. */
export function historyRows(result: RunResult, full: boolean): string[][] {
  const startSec = Math.floor(result.total.startTime)
  const total = new Series('', AGGREGATED, startSec)
  const entries = full
    ? [...result.entries].sort(compareEntries).map((e) => ({ key: `${e.type} ${e.name}`, s: new Series(e.type, e.name, null) }))
    : []
  const rows: string[][] = []
  const seconds = [...result.history].sort((a, b) => a.time - b.time)
  for (const sec of seconds) {
    total.add(sec.time, sec.total)
    for (const { key, s } of entries) {
      const c = sec.entries?.[key]
      if (c) s.add(sec.time, c)
    }
    const last = total.lastSec
    for (const { s } of entries) if (s.started) rows.push(s.cells(sec.time, sec.userCount, last, startSec, true))
    rows.push(total.cells(sec.time, sec.userCount, last, startSec, full))
  }
  return rows
}
