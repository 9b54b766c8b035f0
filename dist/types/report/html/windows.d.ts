/**
 * Measurements over parts of the history, for the assessment rules: the first and last window of
 * the steady state (degradation) and throughput per user at low and at full load (saturation).
 */
import type { HistorySecond } from '../../stats/types.js';
/** What a set of seconds did. */
export interface WindowStats {
    seconds: number;
    requests: number;
    failures: number;
    rps: number;
    errorRate: number;
    p95: number | null;
    users: number;
}
/** Sums a set of seconds; `latency` false skips decoding histograms (the costly part). */
export declare function measure(seconds: readonly HistorySecond[], latency?: boolean): WindowStats;
/** Fewest seconds a window needs before its numbers are worth a finding. */
export declare const MIN_WINDOW_SECONDS = 5;
/** Longest window compared: ten minutes say enough about a trend, and bound the decoding work. */
export declare const MAX_WINDOW_SECONDS = 600;
/**
 * First and last fifth (at most ten minutes each) of the steady state (the seconds at the highest
 * user count), or null when the steady state is too short to split.
 */
export declare function steadyWindows(history: readonly HistorySecond[]): {
    first: WindowStats;
    last: WindowStats;
} | null;
/**
 * Throughput per user at low load (≤ a quarter of the peak user count) and at the peak, or null
 * when the run had no ramp to compare (e.g. all users started at once).
 */
export declare function loadLevels(history: readonly HistorySecond[]): {
    low: WindowStats;
    peak: WindowStats;
} | null;
