/**
 * HDR histogram helpers. Response times are recorded in integer microseconds (1 µs .. 1 hour,
 * 3 significant digits: ≤ 0.1 % error), with the pure JS implementation (no WebAssembly), so the
 * same code runs in the ncc bundle and in worker threads.
 */
import { build, decodeFromCompressedBase64, encodeIntoCompressedBase64, JsHistogram } from 'hdr-histogram-js'

export type Hist = JsHistogram

/** Highest trackable value: one hour in µs. Larger samples are clamped to it (and counted). */
export const MAX_US = 3_600_000_000
const DIGITS = 3

/** A new empty histogram (µs). */
export function newHistogram(): Hist {
  const h = build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: MAX_US,
    numberOfSignificantValueDigits: DIGITS,
    useWebAssembly: false,
    autoResize: false,
  })
  return h as JsHistogram
}

/** Record a response time given in ms (float). No allocation: one array increment. */
export function recordMs(h: Hist, ms: number): void {
  let us = Math.round(ms * 1000)
  // NaN and negatives (clock skew) count as 0; anything past an hour is clamped rather than thrown.
  if (!(us > 0)) us = 0
  else if (us > MAX_US) us = MAX_US
  h.recordValue(us)
}

/** Compressed base64 (the HdrHistogram V2 format, readable by other HDR implementations); '' when empty. */
export function encodeHistogram(h: Hist): string {
  return h.totalCount === 0 ? '' : encodeIntoCompressedBase64(h)
}

/** Decode what encodeHistogram produced ('' → empty histogram). Throws on malformed input. */
export function decodeHistogram(encoded: string): Hist {
  if (!encoded) return newHistogram()
  const h = decodeFromCompressedBase64(encoded, 32, false) as JsHistogram
  h.autoResize = true
  return h
}

/** Exact merge: `into += from` (counts are added bucket by bucket). Returns `into`. */
export function addHistogram(into: Hist, from: Hist): Hist {
  if (from.totalCount > 0) {
    into.autoResize = true
    into.add(from)
  }
  return into
}

/** Add several encoded histograms into one (empty strings skipped). */
export function sumEncoded(encoded: Iterable<string>): Hist {
  const out = newHistogram()
  for (const e of encoded) if (e) addHistogram(out, decodeHistogram(e))
  return out
}

/** HDR percentile (0..100) in ms, null when empty. Not Locust's rounding: see summary.ts for that. */
export function percentileMs(h: Hist, percent: number): number | null {
  if (h.totalCount === 0) return null
  return h.getValueAtPercentile(percent) / 1000
}

/**
 * Visit every non-empty bucket in ascending order with a representative value in ms (the middle of
 * the bucket's equivalent range) and its count. Cost is one pass over the counts array.
 */
export function forEachBucket(h: Hist, fn: (ms: number, count: number) => void): void {
  forEachBucketUs(h, (low, width, c) => fn((low + Math.floor(width / 2)) / 1000, c))
}

/**
 * Visit every non-empty bucket in ascending order: its lowest value and its width (both µs, integers)
 * and its count. Cost: one pass over the counts array, no allocation.
 */
export function forEachBucketUs(h: Hist, fn: (lowUs: number, widthUs: number, count: number) => void): void {
  const n = h.countsArrayLength
  let seen = 0
  const total = h.totalCount
  for (let i = 0; i < n && seen < total; i++) {
    const c = h.getCountAtIndex(i)
    if (c === 0) continue
    seen += c
    const low = h.valueFromIndex(i)
    fn(low, h.sizeOfEquivalentValueRange(low), c)
  }
}
