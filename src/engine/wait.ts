/** Wait time after a task, in seconds, per Locust's wait_time functions. */
import type { Wait } from './types.ts'

/**
 * `between`: uniform in [min, max]; `constant`: fixed; `pacing` (constant_pacing): whatever is left
 * of the period after the task's own run time, never negative.
 */
export function waitSeconds(wait: Wait, taskSeconds: number, random: () => number = Math.random): number {
  switch (wait.kind) {
    case 'between':
      return wait.min + random() * (wait.max - wait.min)
    case 'constant':
      return wait.seconds
    case 'pacing':
      return Math.max(0, wait.seconds - taskSeconds)
    case 'none':
      return 0
  }
}
