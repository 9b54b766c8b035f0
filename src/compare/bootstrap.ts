/**
 * Resampling helpers for repeated runs: a seeded PRNG (stable tests and simulations), a sampler of
 * bootstrap percentiles from an HDR histogram, and interval extraction. Pure math, no I/O.
 */
import { decodeHistogram, forEachBucket } from '../stats/histogram.ts'

export type Rng = () => number

/** mulberry32: small, fast, good enough for resampling; same seed → same stream. */
export function seeded(seed: number): Rng {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function normal(rng: Rng): number {
  const u = Math.max(rng(), Number.MIN_VALUE)
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng())
}

/** Empirical distribution of one run's response times (ms), from its encoded histogram. */
export interface Cdf {
  values: Float64Array
  /** Cumulative counts, ascending; the last is n. */
  cum: Float64Array
  n: number
}

export function cdfOf(encoded: string): Cdf | null {
  if (!encoded) return null
  const values: number[] = []
  const cum: number[] = []
  let n = 0
  forEachBucket(decodeHistogram(encoded), (ms, c) => {
    n += c
    values.push(ms)
    cum.push(n)
  })
  return n ? { values: Float64Array.from(values), cum: Float64Array.from(cum), n } : null
}

/** Smallest value whose cumulative share reaches u (the empirical inverse CDF). */
function inverse(d: Cdf, u: number): number {
  const target = Math.max(1, Math.ceil(u * d.n))
  let lo = 0
  let hi = d.cum.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((d.cum[mid] as number) >= target) hi = mid
    else lo = mid + 1
  }
  return d.values[lo] as number
}

/**
 * One bootstrap replicate of the q-quantile of a run: the quantile of n draws with replacement
 * from the run's own samples. The k-th smallest of n uniforms is Beta(k, n−k+1), and mapping it
 * through the inverse CDF gives the k-th smallest resampled value exactly, at O(log buckets) per
 * replicate instead of O(n).
 */
export function bootstrapQuantile(d: Cdf, q: number, rng: Rng): number {
  const n = d.n
  const k = Math.max(1, Math.ceil(q * n))
  let u: number
  if (n <= 64) {
    const us = Array.from({ length: n }, rng).sort((a, b) => a - b)
    u = us[k - 1] as number
  } else {
    // Beta(k, n−k+1) ≈ normal for large n (it is the order statistic's sampling distribution).
    const mean = k / (n + 1)
    const sd = Math.sqrt((mean * (1 - mean)) / (n + 2))
    u = Math.min(1, Math.max(0, mean + sd * normal(rng)))
  }
  return inverse(d, u)
}

/** The (1−level)/2 and (1+level)/2 quantiles of a sample (sorted in place). */
export function interval(xs: number[], level: number): { low: number; high: number } {
  xs.sort((a, b) => a - b)
  const at = (p: number) => xs[Math.min(xs.length - 1, Math.max(0, Math.round(p * (xs.length - 1))))] as number
  return { low: at((1 - level) / 2), high: at((1 + level) / 2) }
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2
}
