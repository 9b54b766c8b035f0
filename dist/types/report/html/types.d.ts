/**
 * Options and view model of the HTML report. The view model is plain data built by `buildReportModel`
 * (pure, unit-tested); the template only formats and escapes it.
 */
import type { Comparison, MetricName, Status, Thresholds } from '../../compare/types.js';
import type { RunResult, StatsRow } from '../../stats/types.js';
import type { SustainedModel } from './sustained.js';
export interface HtmlReportOptions {
    comparison?: Comparison;
    /** The baseline run (history and histograms give baseline lines) or its rows (e.g. from a CSV). */
    baseline?: RunResult | StatsRow[] | null;
    /** Thresholds whose SLOs are checked when `comparison` does not already hold SLO findings. */
    slo?: Thresholds;
    title?: string;
    /** Most points per time chart; longer histories are bucketed (avg and max kept). Default 600. */
    maxPoints?: number;
}
/** History as columns, one entry per point; `t` is seconds since the run start. */
export interface Timeline {
    /** Seconds covered by one point (1 when not downsampled). */
    step: number;
    t: number[];
    users: number[];
    rps: number[];
    rpsMax: number[];
    fps: number[];
    fpsMax: number[];
    /** Response time percentiles over the point's span (ms); null when it had no requests. */
    p50: (number | null)[];
    p95: (number | null)[];
    /** Highest one-second p95 within the span, so that short spikes survive downsampling. */
    p95Max: (number | null)[];
}
export type LatencyClass = 'excellent' | 'good' | 'acceptable' | 'poor';
/** One SLO check from the compare stage: `actual` against `limit`, for a scope (Aggregated or an endpoint). */
export interface SloCheck {
    scope: string;
    metric: MetricName;
    /** The limit checked (the fail limit, else the warn limit). */
    limit: number | null;
    /** null when the endpoint was not measured (then the SLO is not met). */
    actual: number | null;
    status: Status;
    reason?: string;
}
export interface Finding {
    severity: 'info' | 'warn' | 'fail';
    rule: 'high-latency' | 'high-error-rate' | 'low-throughput' | 'degradation';
    title: string;
    /** Measured facts behind the finding. */
    detail: string;
    /** What usually helps, phrased as a suggestion. */
    advice: string;
}
export interface Assessment {
    /** Aggregated p95 in ms and its class; null when nothing was measured. */
    p95: number | null;
    latencyClass: LatencyClass | null;
    slo: {
        status: Status;
        checks: SloCheck[];
    } | null;
    findings: Finding[];
}
/** A point of the percentile distribution chart. */
export interface DistributionPoint {
    /** Percentile in [0, 1]. */
    p: number;
    current: number | null;
    base: number | null;
}
export interface ReportModel {
    title: string;
    meta: {
        label: string;
        value: string;
    }[];
    verdict: {
        status: Status | 'none';
        label: string;
        detail: string;
    };
    assessment: Assessment;
    /** Current rows in Locust order, Aggregated last. */
    rows: StatsRow[];
    comparison: Comparison | null;
    timeline: Timeline;
    baseTimeline: Timeline | null;
    /** Flat baseline levels (Aggregated) for the charts when only baseline rows are known. */
    baseLevels: {
        rps: number;
        fps: number;
        p50: number | null;
        p95: number | null;
    } | null;
    distribution: DistributionPoint[];
    failures: RunResult['failures'];
    exceptions: RunResult['exceptions'];
    metrics: NonNullable<RunResult['metrics']>;
    /** Degradation over the run, generator memory, spikes (sustained.ts). */
    sustained?: SustainedModel;
}
