/**
 * History → chart series. Hours of per-second history would make the report large and slow to draw,
 * so seconds are grouped into at most `maxPoints` buckets of equal length. Each bucket keeps the
 * average (rates) or the exact percentile over the bucket (merged histograms) and the highest
 * one-second value, so a spike stays visible after downsampling.
 */
import type { HistorySecond } from '../../stats/types.ts'
import { addHistogram, decodeHistogram, newHistogram, percentileMs } from '../../stats/histogram.ts'
import type { Hist } from '../../stats/histogram.ts'
import type { Timeline } from './types.ts'

export const DEFAULT_MAX_POINTS = 600

function emptyTimeline(step: number): Timeline {
  return { step, t: [], users: [], rps: [], rpsMax: [], fps: [], fpsMax: [], p50: [], p95: [], p95Max: [] }
}

const round = (v: number, digits = 3): number => Math.round(v * 10 ** digits) / 10 ** digits

/**
 * Builds the chart series of a run. `t` is seconds since `startTime`. Rates are averaged over the
 * seconds present in a bucket (the recorder writes one cell per second of the run).
 */
export function buildTimeline(history: readonly HistorySecond[], startTime: number, maxPoints = DEFAULT_MAX_POINTS, fixedStep?: number): Timeline {
  const seconds = [...history].sort((a, b) => a.time - b.time)
  const first = seconds[0]
  const last = seconds.at(-1)
  if (!first || !last) return emptyTimeline(1)
  const span = last.time - first.time + 1
  // fixedStep: the live UI builds a long timeline piece by piece with the step of the whole (ui/timeline-cache.ts).
  const step = fixedStep ?? Math.max(1, Math.ceil(span / Math.max(1, maxPoints)))
  const out = emptyTimeline(step)
  let i = 0
  while (i < seconds.length) {
    const bucket = Math.floor(((seconds[i] as HistorySecond).time - first.time) / step)
    let n = 0
    let requests = 0
    let failures = 0
    let rpsMax = 0
    let fpsMax = 0
    let users = 0
    let p95Max: number | null = null
    let merged: Hist | null = null
    for (; i < seconds.length; i++) {
      const s = seconds[i] as HistorySecond
      if (Math.floor((s.time - first.time) / step) !== bucket) break
      n++
      requests += s.total.requests
      failures += s.total.failures
      rpsMax = Math.max(rpsMax, s.total.requests)
      fpsMax = Math.max(fpsMax, s.total.failures)
      users = Math.max(users, s.userCount)
      if (!s.total.requests || !s.total.histogram) continue
      const h = decodeHistogram(s.total.histogram)
      p95Max = Math.max(p95Max ?? 0, percentileMs(h, 95) ?? 0)
      merged = step === 1 ? h : addHistogram(merged ?? newHistogram(), h)
    }
    out.t.push(first.time + bucket * step - startTime)
    out.users.push(users)
    out.rps.push(round(requests / n))
    out.rpsMax.push(rpsMax)
    out.fps.push(round(failures / n))
    out.fpsMax.push(fpsMax)
    const p50 = merged && percentileMs(merged, 50)
    const p95 = merged && percentileMs(merged, 95)
    out.p50.push(p50 == null ? null : round(p50))
    out.p95.push(p95 == null ? null : round(p95))
    out.p95Max.push(p95Max === null ? null : round(p95Max))
  }
  return out
}
