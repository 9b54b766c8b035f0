import type { RunResult, StatsRow } from '../stats/types.js';
/** Parses and shape-checks a results JSON (the one reader, shared with `report` and `merge`). */
export declare const readRunResult: (text: string, label: string) => RunResult;
/** True when the text is (meant to be) JSON rather than CSV. */
export declare function looksLikeJson(text: string): boolean;
/**
 * Reads stats rows from a Locust `_stats.csv` (any Locust version) or a load-action results JSON.
 * `label` names the source in errors (`label:line: column "X": …`, exit 2). Aggregated comes last.
 */
export declare function readStats(text: string, label: string): StatsRow[];
