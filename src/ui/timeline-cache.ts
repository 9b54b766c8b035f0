/**
 * The live charts' timeline without re-reading the whole history every second. History seconds
 * never change once closed, so buckets whose seconds are all closed are built once (by the report's
 * own buildTimeline, with the step of the whole run) and kept; each update builds only the last,
 * open bucket. The step grows as the run gets longer (at most `maxPoints` points), and then the
 * cache starts over once. The result equals buildTimeline over the whole history.
 */
import { buildTimeline, DEFAULT_MAX_POINTS } from '../report/html/timeline.ts'
import type { Timeline } from '../report/html/types.ts'
import type { HistorySecond } from '../stats/types.ts'

type Column = Exclude<keyof Timeline, 'step'>
const COLUMNS: Column[] = ['t', 'users', 'rps', 'rpsMax', 'fps', 'fpsMax', 'p50', 'p95', 'p95Max']

function append(into: Timeline, from: Timeline): void {
  for (const c of COLUMNS) (into[c] as (number | null)[]).push(...(from[c] as (number | null)[]))
}

function emptyTimeline(step: number): Timeline {
  return { step, t: [], users: [], rps: [], rpsMax: [], fps: [], fpsMax: [], p50: [], p95: [], p95Max: [] }
}

export class TimelineCache {
  private readonly maxPoints: number
  private step = 0
  private firstTime = NaN
  private done: Timeline = emptyTimeline(1)
  /** Index in the history of the first second not in `done`. */
  private next = 0

  constructor(maxPoints = DEFAULT_MAX_POINTS) {
    this.maxPoints = maxPoints
  }

  /** The timeline of `history` (ascending by time, the last second still open). */
  build(history: readonly HistorySecond[], startTime: number): Timeline {
    const first = history[0]
    const last = history.at(-1)
    if (!first || !last) return buildTimeline(history, startTime, this.maxPoints)
    const step = Math.max(1, Math.ceil((last.time - first.time + 1) / Math.max(1, this.maxPoints)))
    if (step !== this.step || first.time !== this.firstTime || this.next > history.length) {
      this.step = step
      this.firstTime = first.time
      this.done = emptyTimeline(step)
      this.next = 0
    }
    // Buckets before the one holding the open (last) second are complete.
    const openStart = first.time + Math.floor((last.time - first.time) / step) * step
    let end = this.next
    while (end < history.length && (history[end] as HistorySecond).time < openStart) end++
    if (end > this.next) append(this.done, buildTimeline(history.slice(this.next, end), startTime, this.maxPoints, step))
    this.next = end
    const out = emptyTimeline(step)
    append(out, this.done)
    append(out, buildTimeline(history.slice(end), startTime, this.maxPoints, step))
    return out
  }
}
