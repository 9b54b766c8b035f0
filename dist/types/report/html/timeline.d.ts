/**
 * History → chart series. Hours of per-second history would make the report large and slow to draw,
 * so seconds are grouped into at most `maxPoints` buckets of equal length. Each bucket keeps the
 * average (rates) or the exact percentile over the bucket (merged histograms) and the highest
 * one-second value, so a spike stays visible after downsampling.
 */
import type { HistorySecond } from '../../stats/types.js';
import type { Timeline } from './types.js';
export declare const DEFAULT_MAX_POINTS = 600;
/**
 * Builds the chart series of a run. `t` is seconds since `startTime`. Rates are averaged over the
 * seconds present in a bucket (the recorder writes one cell per second of the run).
 */
export declare function buildTimeline(history: readonly HistorySecond[], startTime: number, maxPoints?: number, fixedStep?: number): Timeline;
