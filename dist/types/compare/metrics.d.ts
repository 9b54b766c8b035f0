/**
 * The compared metrics: how to read each from a StatsRow, which direction is bad, its unit, and the
 * built-in rules (DESIGN: fail if p95 +10 % and ≥ 2 ms, RPS −10 %, error rate +1 pp; warn if p99
 * +25 % or median +10 %).
 */
import type { StatsRow } from '../stats/types.js';
import type { MetricName, MetricRule, RuleSet } from './types.js';
/** Display and evaluation order. */
export declare const METRICS: readonly MetricName[];
export type Unit = 'count' | 'pp' | 'ms' | 'rps';
export declare const UNIT: Record<MetricName, Unit>;
/** +1 when a rise is bad (latency, errors), -1 when a drop is bad (throughput, request count). */
export declare function direction(metric: MetricName): 1 | -1;
/** The metric's value in a row; null when the row has nothing to measure it on (N/A). */
export declare function metricValue(row: StatsRow | null, metric: MetricName): number | null;
/** Built-in rules; the thresholds file merges over these. */
export declare const DEFAULT_RULES: Readonly<Record<MetricName, MetricRule | 'off'>>;
/**
 * Built-ins for endpoint rows: the same, but without the throughput rule. With weighted random task
 * picks an endpoint's share of the requests wanders by itself; the Aggregated RPS is what drops
 * when the system slows down. A `rules.rps` in the thresholds file applies to every row.
 */
export declare const DEFAULT_ENDPOINT_RULES: Readonly<Record<MetricName, MetricRule | 'off'>>;
/**
 * Merges `over` onto `under` per metric: `off` replaces, an object overrides field by field
 * (a field set to undefined removes that level), a missing metric keeps `under`.
 */
export declare function mergeRules(under: RuleSet, over: RuleSet): RuleSet;
