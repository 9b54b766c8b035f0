import type { RunResult, StatsRow } from '../stats/types.js';
import type { Comparison, Thresholds } from './types.js';
import { type CompareLabels } from './compare.js';
/** One run: plain rows (e.g. a Locust CSV) or a results JSON (with histograms). */
export type RepeatedInput = StatsRow[] | RunResult;
export interface RepeatedOptions extends CompareLabels {
    /** Bootstrap resamples (default 2000). */
    resamples?: number;
    /** PRNG seed (default 1): same inputs and seed → same output. */
    seed?: number;
    /** Interval level (default 0.95). */
    level?: number;
}
/**
 * Compares repeated runs. `baseRuns` null or empty = no baseline (SLOs on the median only).
 * `Comparison.confidence` says how the verdict was reached and how sure it is.
 */
export declare function compareRepeated(baseRuns: RepeatedInput[] | null, currentRuns: RepeatedInput[], thresholds?: Thresholds, opts?: RepeatedOptions): Comparison;
