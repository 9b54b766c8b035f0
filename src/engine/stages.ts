/**
 * Stages (k6's ramping-vus, Locust's StagesShape) as a shape function. Each stage lasts `duration`
 * seconds and moves the user count from the previous stage's level (0 before the first) to `users`:
 * linearly over the stage when it has no `spawnRate` (the pool runs at |Δusers| / duration users/s),
 * else Locust-style at `spawnRate` users/s and then holds. A zero-length stage is a sudden jump (a
 * spike): the next stage starts from its level, reached at once. Past the last stage the shape ends.
 */
import type { ShapeFn } from './types.ts'

export interface Stage {
  /** Seconds (0 = jump). */
  duration: number
  users: number
  /** Users/s; absent = linear ramp over the stage. */
  spawnRate?: number
}

/** Sum of the stage durations (the shape's run time). */
export function stagesDuration(stages: readonly Stage[]): number {
  return stages.reduce((a, s) => a + s.duration, 0)
}

/** The shape for a list of stages; `users` and `spawnRate` are what the pool is told at elapsed t. */
export function stagesShape(stages: readonly Stage[]): ShapeFn {
  return (t) => {
    let start = 0
    let level = 0
    for (const s of stages) {
      const end = start + s.duration
      if (t < end) {
        const delta = Math.abs(s.users - level)
        return { users: s.users, spawnRate: s.spawnRate ?? (delta === 0 ? Infinity : delta / s.duration) }
      }
      start = end
      level = s.users
    }
    return null
  }
}

