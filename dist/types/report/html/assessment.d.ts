import type { FailureData, HistorySecond, StatsRow } from '../../stats/types.js';
import type { Assessment, LatencyClass, SloCheck } from './types.js';
/** Class limits on the Aggregated p95, in ms (upper bounds, exclusive). */
export declare const LATENCY_CLASSES: readonly [LatencyClass, number][];
export declare function latencyClass(p95: number | null): LatencyClass | null;
/** Rule limits. Error rate in percent; ratios are changes between windows. */
export declare const RULES: {
    slowMs: number;
    errorWarn: number;
    errorFail: number;
    degradeP95: number;
    degradeP95Ms: number;
    degradeRps: number;
    degradeErrorPp: number;
    saturation: number;
};
/** Builds the assessment from the rows (Aggregated last), the history and the SLO checks. */
export declare function assess(rows: readonly StatsRow[], history: readonly HistorySecond[], failures: readonly FailureData[], checks: readonly SloCheck[]): Assessment;
