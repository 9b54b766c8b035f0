/**
 * The open model's clock: when each iteration is due under a piecewise-linear arrival rate (k6's
 * constant- and ramping-arrival-rate). Iteration k starts when the cumulative count ∫rate dt reaches k
 * (k from 0 when the rate is above zero at the start, else from 1), so a constant 50/s for 3 s starts
 * 150 iterations at 0, 20, 40 … ms. Pure and lazy: nothing is kept per iteration.
 */
export interface RateStage {
    /** Iterations/s reached at the end of the stage (linear from the previous rate). */
    rate: number;
    /** Seconds (0 = jump to `rate`). */
    duration: number;
}
/** Start offsets in seconds from the run start, in order, until the last stage ends. */
export declare function arrivalOffsets(stages: readonly RateStage[], startRate: number): Generator<number>;
/** The planned rate at elapsed t (after the last stage: 0). */
export declare function rateAt(stages: readonly RateStage[], startRate: number, t: number): number;
/** Total seconds of the schedule. */
export declare function scheduleDuration(stages: readonly RateStage[]): number;
