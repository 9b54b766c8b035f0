import type { StatsRow } from '../stats/types.js';
/** Parses a Locust `_stats.csv` (any version since 0.x). Throws INPUT_INVALID naming file:line and column. */
export declare function readLocustCsv(text: string, label: string): StatsRow[];
