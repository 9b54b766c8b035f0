/**
 * Degradation over a sustained run: the first and the last window of the run compared (requests/s
 * and p95), and the generator's own memory (first vs last vs peak sample). Windows are 10 % of the
 * active run, at least 1 s and at most 60 s; the active run is from the first to the last second with
 * requests, without the last second (it holds the graceful stop). Pure: history in, numbers out.
 */
import type { HistorySecond, RunResult } from './types.js';
export interface WindowNumbers {
    /** Epoch seconds [from, to). */
    from: number;
    to: number;
    rps: number;
    /** ms; null without requests. */
    p95: number | null;
}
export interface Degradation {
    /** Window length in seconds. */
    window: number;
    first: WindowNumbers;
    last: WindowNumbers;
    /** last vs first in percent (positive p95 = slower, negative rps = less throughput); null when undefined. */
    rpsChange: number | null;
    p95Change: number | null;
    /** Generator memory in bytes (when the history has samples). */
    memory?: {
        firstRss: number;
        lastRss: number;
        peakRss: number;
        firstHeap: number;
        lastHeap: number;
        peakHeap: number;
        samples: number;
    };
}
/** First vs last window of the run; null when the run has fewer than 2 active seconds. */
export declare function degradation(history: readonly HistorySecond[]): Degradation | null;
/** Shortest window worth a line in compare's notes: shorter runs are mostly ramp-up noise. */
export declare const NOTE_MIN_WINDOW = 3;
/**
 * One-line notes for compare's text and markdown output (and so the PR comment): degradation and
 * generator memory for runs long enough to judge, dropped iterations and spike recovery when present.
 */
export declare function degradationNotes(r: RunResult): string[];
