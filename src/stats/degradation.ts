/**
 * Degradation over a sustained run: the first and the last window of the run compared (requests/s
 * and p95), and the generator's own memory (first vs last vs peak sample). Windows are 10 % of the
 * active run, at least 1 s and at most 60 s; the active run is from the first to the last second with
 * requests, without the last second (it holds the graceful stop). Pure: history in, numbers out.
 */
import type { HistorySecond } from './types.ts'
import { addHistogram, decodeHistogram, newHistogram, percentileMs } from './histogram.ts'

export interface WindowNumbers {
  /** Epoch seconds [from, to). */
  from: number
  to: number
  rps: number
  /** ms; null without requests. */
  p95: number | null
}

export interface Degradation {
  /** Window length in seconds. */
  window: number
  first: WindowNumbers
  last: WindowNumbers
  /** last vs first in percent (positive p95 = slower, negative rps = less throughput); null when undefined. */
  rpsChange: number | null
  p95Change: number | null
  /** Generator memory in bytes (when the history has samples). */
  memory?: { firstRss: number; lastRss: number; peakRss: number; firstHeap: number; lastHeap: number; peakHeap: number; samples: number }
}

const MAX_WINDOW = 60
const SHARE = 0.1

/** First vs last window of the run; null when the run has fewer than 2 active seconds. */
export function degradation(history: readonly HistorySecond[]): Degradation | null {
  const a = history.findIndex((s) => s.total.requests > 0)
  let b = history.findLastIndex((s) => s.total.requests > 0)
  if (a < 0) return null
  // The last second with requests is usually the partial one of the stop: leave it out when there is more.
  if (b - a >= 2) b--
  const n = b - a + 1
  if (n < 2) return null
  const w = Math.max(1, Math.min(MAX_WINDOW, Math.floor(n * SHARE)))
  const first = window(history, a, a + w)
  const last = window(history, b + 1 - w, b + 1)
  const out: Degradation = {
    window: w,
    first,
    last,
    rpsChange: change(first.rps, last.rps),
    p95Change: first.p95 === null || last.p95 === null ? null : change(first.p95, last.p95),
  }
  const mem = history.filter((s) => s.memory)
  if (mem.length) {
    const f = mem[0]?.memory as NonNullable<HistorySecond['memory']>
    const l = mem[mem.length - 1]?.memory as NonNullable<HistorySecond['memory']>
    out.memory = {
      firstRss: f.rss,
      lastRss: l.rss,
      peakRss: Math.max(...mem.map((s) => s.memory?.rss ?? 0)),
      firstHeap: f.heapUsed,
      lastHeap: l.heapUsed,
      peakHeap: Math.max(...mem.map((s) => s.memory?.heapUsed ?? 0)),
      samples: mem.length,
    }
  }
  return out
}

function window(history: readonly HistorySecond[], from: number, to: number): WindowNumbers {
  const h = newHistogram()
  let requests = 0
  for (let i = from; i < to; i++) {
    const cell = (history[i] as HistorySecond).total
    requests += cell.requests
    if (cell.requests && cell.histogram) addHistogram(h, decodeHistogram(cell.histogram))
  }
  const t = (i: number) => (history[i] as HistorySecond).time
  return { from: t(from), to: t(to - 1) + 1, rps: requests / (to - from), p95: percentileMs(h, 95) }
}

function change(base: number, now: number): number | null {
  return base === 0 ? null : ((now - base) / base) * 100
}
