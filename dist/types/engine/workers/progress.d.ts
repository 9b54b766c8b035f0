/** The run's progress line from the workers' latest snapshots (pure). */
import type { ProgressEvent } from '../types.js';
/**
 * Sums users, rates and counts; p95 is the highest worker p95 (an upper bound: exact percentiles
 * need the histograms, which only the final merge adds).
 */
export declare function combineProgress(snaps: ProgressEvent[], elapsed: number): ProgressEvent;
