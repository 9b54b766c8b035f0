import type { RunResult } from '../stats/types.js';
export type MetricsState = 'waiting' | 'running' | 'stopping' | 'done' | 'failed';
export declare const STATES: readonly MetricsState[];
export declare const QUANTILES: readonly [0.5, 0.95, 0.99];
export declare const OPENMETRICS_TYPE = "application/openmetrics-text; version=1.0.0; charset=utf-8";
export declare const PROMETHEUS_TYPE = "text/plain; version=0.0.4; charset=utf-8";
export interface MetricsInput {
    /** Results so far; null before the run starts. */
    result: RunResult | null;
    state: MetricsState;
    /** Running users now. */
    users: number;
    /** OpenMetrics 1.0 (counter families without `_total`, `# EOF`) instead of Prometheus 0.0.4 text. */
    openMetrics: boolean;
}
/** Escapes a label value: `\` → `\\`, `"` → `\"`, LF → `\n` (both formats). */
export declare function escapeLabel(v: string): string;
/** Prometheus float text: integers plain, NaN/±Inf spelled as the format wants. */
export declare function num(v: number): string;
/** The exposition text for one scrape. */
export declare function openMetricsText(input: MetricsInput): string;
