/** The run's progress line from the workers' latest snapshots (pure). */
import type { ProgressEvent } from '../types.ts'

/**
 * Sums users, rates and counts; p95 is the highest worker p95 (an upper bound: exact percentiles
 * need the histograms, which only the final merge adds).
 */
export function combineProgress(snaps: ProgressEvent[], elapsed: number): ProgressEvent {
  const out: ProgressEvent = { elapsed, users: 0, rps: 0, fps: 0, requests: 0, failures: 0, p95: null }
  for (const s of snaps) {
    out.users += s.users
    out.rps += s.rps
    out.fps += s.fps
    out.requests += s.requests
    out.failures += s.failures
    if (s.p95 !== null) out.p95 = Math.max(out.p95 ?? 0, s.p95)
  }
  return out
}
