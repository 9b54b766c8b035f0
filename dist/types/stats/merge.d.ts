import type { HistoryCell, HistorySecond, RunResult, StatsEntryData } from './types.js';
/** Two entries of the same (type, name) → one. */
export declare function mergeEntry(a: StatsEntryData, b: StatsEntryData): StatsEntryData;
/** Two history cells of the same second → one. */
export declare function mergeCell(a: HistoryCell, b: HistoryCell): HistoryCell;
/** Two seconds with the same `time` → one (user counts add up: shards run disjoint users). */
export declare function mergeSecond(a: HistorySecond, b: HistorySecond): HistorySecond;
/** Merge results exactly. Throws LoadActionError('USAGE') for an empty list. */
export declare function mergeResults(results: RunResult[]): RunResult;
