import type { LiveSnapshot, RunResult } from '../stats/types.js';
/** The end-of-run summary: stats table, percentile table, error report (when there were failures), custom metrics (when any), load shape (when any). */
export declare function formatSummary(result: RunResult): string;
/** One progress line, e.g. `[00:12] users 20 | 345.2 req/s | 1.0 fail/s | 4123 reqs, 12 fails (0.29%) | p95 45 ms`. */
export declare function formatProgress(p: LiveSnapshot): string;
