import type { Comparison, Finding, RowComparison, Status } from './types.js';
export declare const MARK: Record<Status, string>;
export declare const WORD: Record<Status, string>;
/** `GET /x`, or `Aggregated`. */
export declare function endpointLabel(r: Pick<RowComparison, 'type' | 'name'>): string;
export declare function isAggregated(r: Pick<RowComparison, 'type' | 'name'>): boolean;
export interface Counts {
    fail: number;
    warn: number;
    endpoints: number;
}
/** Findings counted by status; endpoints = rows except Aggregated and SLO-only placeholders. */
export declare function counts(c: Comparison): Counts;
/** `FAIL: 2 regressions, 1 warning (5 endpoints, 1 added, 1 removed)`, or the no-baseline wording. */
export declare function verdictLine(c: Comparison): string;
/** Non-passing findings with their rows, worst first (rows are already ordered worst first). */
export declare function problems(c: Comparison): {
    row: RowComparison;
    finding: Finding;
}[];
/** The findings a per-row table shows: those with a rule, every non-pass, and the request count. */
export declare function shownFindings(r: RowComparison): Finding[];
/** Metric label in tables: `p95`, `p95 (SLO)`. */
export declare function metricLabel(f: Finding): string;
