/**
 * Median of N runs, row by row: the robust summary that repeated runs are judged on. A row present
 * in only some runs is summarised over the runs that have it.
 */
import { type StatsRow } from '../stats/types.js';
/** One row per (Type, Name) with the median of every number across the runs; Aggregated last. */
export declare function medianRows(runs: StatsRow[][]): StatsRow[];
