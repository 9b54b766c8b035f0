/**
 * compare(base, current, thresholds): joins rows by (Type, Name), applies the change rules and the
 * SLOs, and orders the result (failures first). Pure and total: added, removed and N/A rows are
 * reported, never thrown on.
 */
import { type StatsRow } from '../stats/types.js';
import type { Comparison, Thresholds } from './types.js';
export interface CompareLabels {
    baseLabel?: string;
    currentLabel?: string;
}
/**
 * Compares current rows with baseline rows (or with SLOs only when `base` is null).
 * Verdict: the worst row status; with no baseline and no SLOs, `warn` ("no baseline yet").
 */
export declare function compare(base: StatsRow[] | null, current: StatsRow[], thresholds?: Thresholds, labels?: CompareLabels): Comparison;
