/**
 * Numbers with units: formatting for reasons and tables, and parsing of threshold values such as
 * `+10%`, `+50ms`, `1.5s`, `+1pp`, `-5/s`. Parsing returns a message instead of throwing so the
 * thresholds reader can attach file:line and key.
 */
import type { Limit, MetricName } from './types.js';
/** Compact number: up to 3 significant decimals, no trailing zeros (1234, 12.3, 0.123). */
export declare function num(n: number): string;
/** A metric value with its unit: `12.3 ms`, `1.5 %`, `98.2 req/s`, `1200`. */
export declare function withUnit(metric: MetricName, n: number | null): string;
/** A signed change with its unit: `+12 ms`, `+0.5 pp`, `−3.1 req/s`. */
export declare function signedDelta(metric: MetricName, d: number | null): string;
export declare function signedPct(p: number | null): string;
/** A limit as written in the rule text: `+10 %`, `+50 ms`, `−10 %`, `+1 pp`. */
export declare function limitText(metric: MetricName, l: Limit): string;
/** Parses a change limit for a metric. Returns the Limit or an error message. */
export declare function parseLimit(metric: MetricName, raw: unknown): Limit | string;
/** Parses an absolute amount (floor or SLO value) in the metric's unit; plain numbers are ms / % / req/s. */
export declare function parseAmount(metric: MetricName, raw: unknown): number | string;
