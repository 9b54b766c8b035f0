/**
 * The once-a-second progress callback. Uses the recorder's live snapshot when it has one (StatsRecorder
 * does); otherwise reports the user count only. Also ticks the recorder so idle seconds still close.
 */
import type { Clock } from './clock.ts'
import type { ProgressEvent, Recorder } from './types.ts'

export function startProgress(
  recorder: Recorder,
  onProgress: ((p: ProgressEvent) => void) | undefined,
  clock: Clock,
  t0: number,
  users: () => number,
): { stop(): void } {
  const timer = setInterval(() => {
    recorder.tick?.()
    if (!onProgress) return
    const elapsed = (clock.now() - t0) / 1000
    const snap = recorder.snapshot?.()
    const event: ProgressEvent = snap
      ? { ...snap, elapsed, users: users() }
      : { elapsed, users: users(), rps: 0, fps: 0, requests: 0, failures: 0, p95: null }
    try {
      onProgress(event)
    } catch {
      // A failing progress printer must not stop the run.
    }
  }, 1000)
  timer.unref()
  return { stop: () => clearInterval(timer) }
}
