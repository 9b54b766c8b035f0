/**
 * The custom-metrics store behind ctx.metrics: counters, rates, gauges and trends by name, one store
 * per run. Recording is a Map lookup and a few additions (trends: one histogram increment), so
 * metrics can sit on a hot path; `result()` turns them into the results model.
 */
import type { MetricsApi } from '../engine/types.js';
import type { CustomMetricData } from './types.js';
export declare class MetricsStore implements MetricsApi {
    private readonly byName;
    /** Names used with two kinds: reported once as an exception-like note, then ignored. */
    readonly conflicts: Set<string>;
    counter(name: string, inc?: number): void;
    rate(name: string, pass: boolean): void;
    gauge(name: string, value: number): void;
    trend(name: string, value: number): void;
    /** The metrics in the results model, sorted by name; empty when none were used. */
    result(): CustomMetricData[];
    private get;
}
