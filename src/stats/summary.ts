/**
 * Results entries → the numbers Locust 2.x shows (stats.py: StatsEntry, calculate_response_time_percentile,
 * median_from_dict, StatsCSV._requests_data_rows).
 *
 * Locust does not keep exact samples: each response time is rounded into a `response_times` dict
 * (< 100 ms → round(t), < 1000 → round(t, -1), < 10000 → round(t, -2), else round(t, -3); Python's
 * round, half to even) and the median and percentiles are read from that dict. We keep an HDR
 * histogram (µs, 3 significant digits) instead and rebuild the same dict by rounding a representative
 * of each bucket Locust's way (bucketKey). The result equals Locust's except for samples within half
 * a bucket (≤ 0.05 %) of a rounding boundary (e.g. 99.49 ms vs 99.51 ms), which may land in the
 * neighbouring key. Average, min and max use the exact sums, as Locust does.
 */
import { decodeHistogram, forEachBucketUs } from './histogram.ts'
import type { Hist } from './histogram.ts'
import { AGGREGATED, PERCENTILE_LABELS, PERCENTILES } from './types.ts'
import type { PercentileLabel, RunResult, StatsEntryData, StatsRow } from './types.ts'

/** Python's round(x) for floats: half to even. */
export function pyRound(x: number, ndigits = 0): number {
  const p = 10 ** -ndigits
  const y = ndigits === 0 ? x : x / p
  let r = Math.round(y)
  if (r - y === 0.5 && r % 2 !== 0) r -= 1
  return ndigits === 0 ? r : r * p
}

/** Locust's key for one response time, and whether Python would hold it as an int (round(t) of t < 100). */
export function locustKey(ms: number): number {
  if (ms < 100) return pyRound(ms)
  if (ms < 1000) return pyRound(ms, -1)
  if (ms < 10000) return pyRound(ms, -2)
  return pyRound(ms, -3)
}

/** Whether a µs value is exactly one of Locust's rounding ties (x.5 ms, x5 ms, x50 ms, x500 ms). */
function isTie(us: number): boolean {
  if (us < 100_000) return us % 1000 === 500
  if (us < 1_000_000) return us % 10_000 === 5000
  if (us < 10_000_000) return us % 100_000 === 50_000
  return us % 1_000_000 === 500_000
}

/**
 * Locust's key for an HDR bucket [low, low + width) µs. The bucket's middle represents measured
 * samples best; but when the bucket starts exactly on a tie (6.5 ms, 145 ms), the sample was most
 * likely that round value itself, which Python rounds half to even, so the start is used.
 */
export function bucketKey(lowUs: number, widthUs: number): number {
  return locustKey((isTie(lowUs) ? lowUs : lowUs + Math.floor(widthUs / 2)) / 1000)
}

/** Locust's response_times dict, as ascending parallel arrays. */
export interface LocustDist {
  keys: number[]
  counts: number[]
}

/** Add a histogram's samples into a Locust response_times dict (key → count). */
export function addToLocustDict(h: Hist, into: Map<number, number> = new Map()): Map<number, number> {
  forEachBucketUs(h, (low, width, c) => {
    const k = bucketKey(low, width)
    into.set(k, (into.get(k) ?? 0) + c)
  })
  return into
}

/** A Locust response_times dict as ascending parallel arrays. */
export function distFromDict(dict: Map<number, number>): LocustDist {
  const keys = [...dict.keys()].sort((a, b) => a - b)
  return { keys, counts: keys.map((k) => dict.get(k)!) }
}

/** Rebuild Locust's rounded response-time dict from an encoded HDR histogram. */
export function locustDist(histogram: string): LocustDist {
  const keys: number[] = []
  const counts: number[] = []
  if (!histogram) return { keys, counts }
  forEachBucketUs(decodeHistogram(histogram), (low, width, c) => {
    const k = bucketKey(low, width)
    // Rounding is monotonic and buckets come ascending, so equal keys are adjacent.
    if (keys.length > 0 && keys[keys.length - 1] === k) counts[counts.length - 1]! += c
    else {
      keys.push(k)
      counts.push(c)
    }
  })
  return { keys, counts }
}

/** calculate_response_time_percentile: walk keys from the top until the rest is within int(n * p). */
export function locustPercentile(d: LocustDist, numRequests: number, percent: number): number {
  const target = Math.trunc(numRequests * percent)
  let processed = 0
  for (let i = d.keys.length - 1; i >= 0; i--) {
    processed += d.counts[i]!
    if (numRequests - processed <= target) return d.keys[i]!
  }
  return 0
}

/**
 * StatsEntry.median_response_time: median_from_dict, then clamped into [min, max] (exact values).
 * `isInt` says whether Python holds an int (a dict key under 100 ms, or 0 for an empty entry) or a
 * float: the CSV writes `12` for the former and `150.0` for the latter. (Known gap: Python's key 100
 * is an int when its first sample was 99.5–99.99 ms and a float when it was ≥ 100 ms; we say float.)
 */
export function medianOf(d: LocustDist, n: number, min: number | null, max: number): { value: number; isInt: boolean } {
  if (d.keys.length === 0) return { value: 0, isInt: true }
  let pos = (n - 1) / 2
  let median = d.keys[d.keys.length - 1]!
  for (let i = 0; i < d.keys.length; i++) {
    if (pos < d.counts[i]!) {
      median = d.keys[i]!
      break
    }
    pos -= d.counts[i]!
  }
  if (median > max) return { value: max, isInt: false }
  if (min !== null && median < min) return { value: min, isInt: false }
  return { value: median, isInt: median < 100 }
}

/** The median of one entry, Locust's way (see medianOf). */
export function locustMedian(e: StatsEntryData, d: LocustDist = locustDist(e.histogram)): { value: number; isInt: boolean } {
  return medianOf(d, e.numRequests, e.minResponseTime, e.maxResponseTime)
}

/** total_rps / total_fail_per_sec: count over (last request of the run − run start), 0 when undefined. */
export function perSecond(count: number, startTime: number, lastRequestTimestamp: number | null): number {
  if (!lastRequestTimestamp || !startTime) return 0
  const span = lastRequestTimestamp - startTime
  return span === 0 ? 0 : count / span
}

/**
 * One stats row with Locust's numbers. Requests/s divides by the *run's* span (Locust uses the
 * global last_request_timestamp for every row): pass the Aggregated entry as `total` for that;
 * without it the entry's own last request is used.
 */
export function toStatsRow(entry: StatsEntryData, total: StatsEntryData = entry): StatsRow {
  const n = entry.numRequests
  const d = locustDist(entry.histogram)
  const percentiles: Partial<Record<PercentileLabel, number | null>> = {}
  PERCENTILES.forEach((p, i) => {
    percentiles[PERCENTILE_LABELS[i]!] = n === 0 ? null : locustPercentile(d, n, p)
  })
  return {
    type: entry.type,
    name: entry.name,
    requests: n,
    failures: entry.numFailures,
    medianResponseTime: locustMedian(entry, d).value,
    averageResponseTime: n === 0 ? 0 : entry.totalResponseTime / n,
    minResponseTime: entry.minResponseTime ?? 0,
    maxResponseTime: entry.maxResponseTime,
    averageContentSize: n === 0 ? 0 : entry.totalContentLength / n,
    requestsPerSecond: perSecond(n, total.startTime, total.lastRequestTimestamp),
    failuresPerSecond: perSecond(entry.numFailures, total.startTime, total.lastRequestTimestamp),
    percentiles,
  }
}

/** Locust's (name, type) order by code point, as Python sorts the (name, method) keys. */
export function compareEntries(a: { name: string; type: string }, b: { name: string; type: string }): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1
  if (a.type !== b.type) return a.type < b.type ? -1 : 1
  return 0
}

/** Every row as Locust lists them: entries by (name, type), then Aggregated (empty Type). */
export function statsRows(result: RunResult): StatsRow[] {
  const rows = [...result.entries].sort(compareEntries).map((e) => toStatsRow(e, result.total))
  rows.push({ ...toStatsRow(result.total, result.total), type: '', name: AGGREGATED })
  return rows
}
