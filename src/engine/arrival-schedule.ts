/**
 * The open model's clock: when each iteration is due under a piecewise-linear arrival rate (k6's
 * constant- and ramping-arrival-rate). Iteration k starts when the cumulative count ∫rate dt reaches k
 * (k from 0 when the rate is above zero at the start, else from 1), so a constant 50/s for 3 s starts
 * 150 iterations at 0, 20, 40 … ms. Pure and lazy: nothing is kept per iteration.
 */

export interface RateStage {
  /** Iterations/s reached at the end of the stage (linear from the previous rate). */
  rate: number
  /** Seconds (0 = jump to `rate`). */
  duration: number
}

/** Start offsets in seconds from the run start, in order, until the last stage ends. */
export function* arrivalOffsets(stages: readonly RateStage[], startRate: number): Generator<number> {
  let k = startRate > 0 ? 0 : 1
  let start = 0
  let done = 0 // cumulative iterations at the start of the stage
  let r0 = startRate
  for (const { rate: r1, duration: d } of stages) {
    if (d > 0) {
      const area = ((r0 + r1) / 2) * d
      const a = (r1 - r0) / (2 * d)
      // Solve done + r0·τ + a·τ² = k for the first τ ≥ 0 (the stable form of the quadratic root).
      for (; k < done + area - 1e-9; k++) {
        const need = k - done
        const tau = need <= 0 ? 0 : (2 * need) / (r0 + Math.sqrt(Math.max(0, r0 * r0 + 4 * a * need)))
        yield start + tau
      }
      done += area
      start += d
    }
    r0 = r1
  }
}

/** The planned rate at elapsed t (after the last stage: 0). */
export function rateAt(stages: readonly RateStage[], startRate: number, t: number): number {
  let start = 0
  let r0 = startRate
  for (const { rate: r1, duration: d } of stages) {
    if (t < start + d) return r0 + ((r1 - r0) * (t - start)) / d
    start += d
    r0 = r1
  }
  return 0
}

/** Total seconds of the schedule. */
export function scheduleDuration(stages: readonly RateStage[]): number {
  return stages.reduce((a, s) => a + s.duration, 0)
}
