/**
 * Degradation over a sustained run: the first and the last window of the run compared (requests/s
 * and p95), and the generator's own memory (first vs last vs peak sample). Windows are 10 % of the
 * active run, at least 1 s and at most 60 s; the active run is from the first to the last second with
 * requests, without the last second (it holds the graceful stop). Pure: history in, numbers out.
 */
import type { HistorySecond, RunResult } from './types.ts'
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

/** Shortest window worth a line in compare's notes: shorter runs are mostly ramp-up noise. */
export const NOTE_MIN_WINDOW = 3

/**
 * One-line notes for compare's text and markdown output (and so the PR comment): degradation and
 * generator memory for runs long enough to judge, dropped iterations and spike recovery when present.
 */
export function degradationNotes(r: RunResult): string[] {
  const out: string[] = []
  const d = degradation(r.history)
  const ms = (v: number | null) => (v === null ? 'N/A' : `${v.toFixed(1)} ms`)
  const pct = (v: number | null) => (v === null ? '' : ` (${v >= 0 ? '+' : ''}${v.toFixed(1)} %)`)
  const mib = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`
  if (d && d.window >= NOTE_MIN_WINDOW) {
    out.push(`over the run (first vs last ${d.window} s): ${d.first.rps.toFixed(1)} → ${d.last.rps.toFixed(1)} req/s${pct(d.rpsChange)}, p95 ${ms(d.first.p95)} → ${ms(d.last.p95)}${pct(d.p95Change)}`)
    const m = d.memory
    if (m) out.push(`generator memory: RSS ${mib(m.firstRss)} → ${mib(m.lastRss)} (peak ${mib(m.peakRss)}), heap ${mib(m.firstHeap)} → ${mib(m.lastHeap)}`)
  }
  if (r.meta.droppedIterations) out.push(`${r.meta.droppedIterations} iterations dropped (no free user when due; raise max-users)`)
  for (const s of r.meta.spikes ?? []) {
    const rec = s.recoverySeconds === null ? 'did not recover within the run' : `recovered ${s.recoverySeconds} s after it`
    out.push(`spike ${s.baseLevel} → ${s.peakLevel} at +${Math.round(s.start - r.meta.startTime)} s: p95 ${ms(s.baselineP95)} → ${ms(s.peakP95)}, ${rec}`)
  }
  return out
}
