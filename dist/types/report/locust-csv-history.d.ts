import type { RunResult } from '../stats/types.js';
export declare const HISTORY_HEADER: string[];
/** History rows (without header), oldest first; per-entry rows only when `full` and recorded. */
export declare function historyRows(result: RunResult, full: boolean): string[][];
