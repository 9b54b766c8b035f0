/**
 * Spikes and recovery: where the load jumped suddenly (a spike or burst profile, a zero-length stage,
 * a custom shape's jump, an arrival-rate jump) and how long after it the latency came back. Pure:
 * works on the history and the planned/observed load level per history second.
 */
import type { HistorySecond, SpikeData } from './types.ts'
import { addHistogram, decodeHistogram, newHistogram, percentileMs } from './histogram.ts'

export interface RecoveryOptions {
  /** Relative p95 tolerance for "recovered" (default 0.2 = within 20 %; 1 ms absolute slack on top). */
  tolerance?: number
  /** Rolling window in seconds (default 3). */
  window?: number
  /** Seconds before the spike that set the baseline p95 (default 10). */
  baseline?: number
}

interface Spike {
  /** Index of the first second at the spike level, of the first second back at the base level (or null). */
  start: number
  end: number | null
  base: number
  peak: number
}

/**
 * Spikes in a level series (one value per second): a rise to at least twice the level of two seconds
 * before, by at least a quarter of the run's peak level (so a steady ramp is not a spike), from a
 * level above zero that held for a second before (the start of a run is a ramp-up). It ends when the
 * level is back to within 1.5× of the base.
 */
export function detectSpikes(levels: readonly number[]): Spike[] {
  const peakOfRun = Math.max(0, ...levels)
  const out: Spike[] = []
  for (let i = 3; i < levels.length; i++) {
    const base = levels[i - 2] as number
    const before = levels[i - 3] as number
    const level = levels[i] as number
    // The base must have held for a second (a fast ramp-up is not a spike).
    if (!(base > 0 && Math.abs(before - base) <= base / 4 && level >= 2 * base && level - base >= peakOfRun / 4)) continue
    let end: number | null = null
    let peak = level
    let j = i + 1
    for (; j < levels.length; j++) {
      const l = levels[j] as number
      if (l <= base * 1.5) {
        end = j
        break
      }
      peak = Math.max(peak, l)
    }
    out.push({ start: i, end, base, peak })
    if (end === null) break
    i = end
  }
  return out
}

/** Spikes with their recovery times; `levels[i]` is the load level during `history[i]`. */
export function spikeRecovery(history: readonly HistorySecond[], levels: readonly number[], o: RecoveryOptions = {}): SpikeData[] {
  const tolerance = o.tolerance ?? 0.2
  const w = o.window ?? 3
  const p95 = (from: number, to: number) => windowP95(history, Math.max(0, from), Math.min(history.length, to))
  return detectSpikes(levels).map((s) => {
    const baselineP95 = p95(s.start - 2 - (o.baseline ?? 10), s.start - 1)
    let peakP95: number | null = null
    let recoverySeconds: number | null = null
    const from = s.end ?? history.length
    for (let k = s.start; k + w <= history.length; k++) {
      const p = p95(k, k + w)
      if (p === null) continue
      peakP95 = Math.max(peakP95 ?? 0, p)
      if (k >= from && recoverySeconds === null && baselineP95 !== null && p <= Math.max(baselineP95 * (1 + tolerance), baselineP95 + 1)) {
        recoverySeconds = k - from
        break
      }
    }
    const time = (i: number) => (history[i] as HistorySecond).time
    return {
      start: time(s.start),
      end: s.end === null ? null : time(s.end),
      baseLevel: s.base,
      peakLevel: s.peak,
      baselineP95,
      peakP95,
      recoverySeconds,
      tolerance,
    }
  })
}

/** p95 (ms) of the seconds [from, to), null when they had no requests. */
function windowP95(history: readonly HistorySecond[], from: number, to: number): number | null {
  const h = newHistogram()
  for (let i = from; i < to; i++) {
    const cell = (history[i] as HistorySecond).total
    if (cell.requests && cell.histogram) addHistogram(h, decodeHistogram(cell.histogram))
  }
  return percentileMs(h, 95)
}
