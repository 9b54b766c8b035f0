/**
 * Endpoint selectors of the thresholds file: an exact name, `TYPE name`, `Aggregated`, or a glob
 * (`*` any run of characters, `?` one character) matched against both spellings.
 */
import type { StatsRow } from '../stats/types.js';
import type { MetricName, MetricRule, SloSet, Thresholds } from './types.js';
export declare function isGlob(selector: string): boolean;
/** `GET /x` for endpoints, `Aggregated` for the total row. */
export declare function rowKey(row: Pick<StatsRow, 'type' | 'name'>): string;
export declare function matches(selector: string, row: Pick<StatsRow, 'type' | 'name'>): boolean;
/** The rules in force for a row: built-ins, then global overrides, then matching endpoint entries. */
export declare function rulesFor(row: Pick<StatsRow, 'type' | 'name'>, t?: Thresholds): Partial<Record<MetricName, MetricRule>>;
/** The SLOs for a row, merged per metric in the same order (later entries win). */
export declare function sloFor(row: Pick<StatsRow, 'type' | 'name'>, t?: Thresholds): SloSet;
