/**
 * Intervals and confidence for repeated runs: a bootstrap of each ruled metric's relative change
 * (runs resampled with replacement; percentiles also resampled within runs when histograms exist),
 * then a judgement of whether each deciding interval is clear of its fail limit.
 */
import type { StatsRow } from '../stats/types.js';
import type { Comparison, Confidence, MetricName, Thresholds } from './types.js';
/** One side of a repeated comparison: rows per run, and per run the encoded histograms by key. */
export interface Side {
    rows: StatsRow[][];
    histograms: (Map<string, string> | null)[];
}
export interface IntervalOptions {
    resamples: number;
    level: number;
    seed: number;
    percentileMetrics: readonly MetricName[];
    thresholds?: Thresholds;
}
/** Sets `finding.interval` on every ruled baseline finding that can be resampled. */
export declare function attachIntervals(c: Comparison, base: Side, cur: Side, o: IntervalOptions): void;
/** Confidence level and summary for the verdict, from the intervals attachIntervals set. */
export declare function judgeConfidence(c: Comparison, level: number): Pick<Confidence, 'level' | 'summary'>;
