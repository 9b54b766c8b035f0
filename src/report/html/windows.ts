/**
 * Measurements over parts of the history, for the assessment rules: the first and last window of
 * the steady state (degradation) and throughput per user at low and at full load (saturation).
 */
import type { HistorySecond } from '../../stats/types.ts'
import { addHistogram, decodeHistogram, newHistogram, percentileMs } from '../../stats/histogram.ts'

/** What a set of seconds did. */
export interface WindowStats {
  seconds: number
  requests: number
  failures: number
  rps: number
  errorRate: number
  p95: number | null
  users: number
}

/** Sums a set of seconds; `latency` false skips decoding histograms (the costly part). */
export function measure(seconds: readonly HistorySecond[], latency = true): WindowStats {
  const h = newHistogram()
  let requests = 0
  let failures = 0
  let users = 0
  for (const s of seconds) {
    requests += s.total.requests
    failures += s.total.failures
    users += s.userCount
    if (latency && s.total.requests && s.total.histogram) addHistogram(h, decodeHistogram(s.total.histogram))
  }
  const n = seconds.length || 1
  return {
    seconds: seconds.length,
    requests,
    failures,
    rps: requests / n,
    errorRate: requests ? (failures / requests) * 100 : 0,
    p95: percentileMs(h, 95),
    users: users / n,
  }
}

/** Fewest seconds a window needs before its numbers are worth a finding. */
export const MIN_WINDOW_SECONDS = 5

/** Longest window compared: ten minutes say enough about a trend, and bound the decoding work. */
export const MAX_WINDOW_SECONDS = 600

/**
 * First and last fifth (at most ten minutes each) of the steady state (the seconds at the highest
 * user count), or null when the steady state is too short to split.
 */
export function steadyWindows(history: readonly HistorySecond[]): { first: WindowStats; last: WindowStats } | null {
  const sorted = [...history].sort((a, b) => a.time - b.time)
  const peak = Math.max(0, ...sorted.map((s) => s.userCount))
  const steady = sorted.filter((s) => s.userCount === peak)
  const size = Math.min(MAX_WINDOW_SECONDS, Math.floor(steady.length / 5))
  if (size < MIN_WINDOW_SECONDS) return null
  return { first: measure(steady.slice(0, size)), last: measure(steady.slice(-size)) }
}

/**
 * Throughput per user at low load (≤ a quarter of the peak user count) and at the peak, or null
 * when the run had no ramp to compare (e.g. all users started at once).
 */
export function loadLevels(history: readonly HistorySecond[]): { low: WindowStats; peak: WindowStats } | null {
  const peakUsers = Math.max(0, ...history.map((s) => s.userCount))
  const low = history.filter((s) => s.userCount > 0 && s.userCount <= peakUsers / 4 && s.total.requests > 0)
  const peak = history.filter((s) => s.userCount === peakUsers)
  if (peakUsers < 4 || low.length < 3 || peak.length < MIN_WINDOW_SECONDS) return null
  return { low: measure(low, false), peak: measure(peak, false) }
}
