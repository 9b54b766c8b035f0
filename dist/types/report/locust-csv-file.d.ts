import type { RunResult } from '../stats/types.js';
import type { LocustCsvOptions } from './locust-csv.js';
/** The four paths Locust uses for `--csv PREFIX`. */
export declare function locustCsvPaths(prefix: string): {
    stats: string;
    history: string;
    failures: string;
    exceptions: string;
};
/**
 * Write PREFIX_stats.csv, PREFIX_stats_history.csv, PREFIX_failures.csv and PREFIX_exceptions.csv,
 * creating the parent folder. Returns the paths written. Throws OUTPUT_UNWRITABLE on failure.
 * Synchronous: it runs once at the end of a run, also from signal handlers that must not lose it.
 */
export declare function writeLocustCsv(prefix: string, result: RunResult, opts?: LocustCsvOptions): string[];
