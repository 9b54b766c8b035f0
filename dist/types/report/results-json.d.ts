import { parseResultsJson } from '../stats/parse-results.js';
import type { RunResult } from '../stats/types.js';
/** Write results JSON (2-space indented unless `compact`), creating the parent folder. Synchronous. */
export declare function writeResultsJson(file: string, result: RunResult, opts?: {
    compact?: boolean;
}): string;
/**
 * Read and validate a results file. Throws FILE_MISSING, or INPUT_INVALID naming file and field.
 * `readResultsJson(text, file)` validates text already read (same as parseResultsJson).
 */
export declare function readResultsJson(fileOrText: string, file?: string): RunResult;
export { parseResultsJson };
