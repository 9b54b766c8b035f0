/**
 * Compare contracts: what the comparison of a baseline with a current run produces. Consumed by the
 * text/markdown/JSON formatters, the HTML report and the action. Pure data.
 */
import type { StatsRow } from '../stats/types.js';
/** Metrics compared per row. */
export type MetricName = 'requests' | 'errorRate' | 'median' | 'average' | 'p95' | 'p99' | 'max' | 'rps';
export type Status = 'pass' | 'warn' | 'fail';
export type Verdict = Status;
/** A 95 % (or other) confidence interval of a relative change, in percent. */
export interface Interval {
    low: number;
    high: number;
    /** Confidence level, e.g. 0.95. */
    level: number;
}
/** One rule applied to one metric of one row. */
export interface Finding {
    metric: MetricName;
    /** Baseline value; for `source: 'slo'` the limit that was checked (fail limit, else warn limit). */
    base: number | null;
    current: number | null;
    /** current - base (null when either is missing / N/A). */
    delta: number | null;
    /** Relative change in percent (null when base is 0 or missing). */
    deltaPct: number | null;
    status: Status;
    /** Human reason, e.g. `p95 +14.2 % > +10 % (and +12 ms ≥ 2 ms)` or `SLO p95 ≤ 200 ms`. */
    reason?: string;
    /** 'baseline' for relative/absolute change rules, 'slo' for absolute ceilings/floors. */
    source: 'baseline' | 'slo';
    /** The rule in force, e.g. `fail > +10 % (≥ 2 ms)`; absent when the metric is only reported. */
    rule?: string;
    /** Repeated runs only: bootstrap interval of deltaPct. */
    interval?: Interval;
}
export interface RowComparison {
    type: string;
    name: string;
    /**
     * 'both' when joined; 'added' = only in current; 'removed' = only in baseline; 'current' = no
     * baseline was given at all (SLO-only); 'missing' = named by an SLO but absent from the results.
     */
    presence: 'both' | 'added' | 'removed' | 'current' | 'missing';
    base: StatsRow | null;
    current: StatsRow | null;
    findings: Finding[];
    /** Worst status among findings. */
    status: Status;
}
export interface Confidence {
    /** Runs on the current side (and on the baseline side). */
    iterations: number;
    baseIterations?: number;
    /** e.g. `median of 3 runs; bootstrap (2000 resamples) of p95 from HDR histograms`. */
    method: string;
    /** One line for humans, e.g. `high: the p95 rise of GET /x is outside the noise (95 % CI +12 … +19 %)`. */
    summary: string;
    /** high = every deciding interval is clear of its limit; low = some straddle it; none = nothing to judge. */
    level?: 'high' | 'medium' | 'low' | 'none';
}
export interface Comparison {
    verdict: Verdict;
    /** Rows in display order: failing first, then warnings, then the rest; Aggregated always included. */
    rows: RowComparison[];
    /** `TYPE Name` of endpoints only in the current run / only in the baseline. */
    added: string[];
    removed: string[];
    /** Present when the verdict came from repeated runs: how sure we are. */
    confidence?: Confidence;
    /** Labels of the two sides, e.g. file names. */
    baseLabel?: string;
    currentLabel?: string;
    /** False when compared without a baseline (SLOs only, or "no baseline yet"). */
    hasBaseline?: boolean;
    /** Things the reader should know that are not findings (unmatched selectors, no baseline yet). */
    notes?: string[];
}
/** A limit on a change in the metric's bad direction: `+10%` → relative 10, `+50ms` → absolute 50. */
export interface Limit {
    kind: 'relative' | 'absolute';
    /** ≥ 0; relative in percent, absolute in the metric's unit (ms, percentage points, req/s, count). */
    value: number;
}
/** Change rule for one metric: warn/fail limits, and a floor under which a change is never flagged. */
export interface MetricRule {
    warn?: Limit;
    fail?: Limit;
    /** Absolute change (metric unit) below which nothing is flagged: a 0 → 1 ms p95 is noise. */
    floor?: number;
}
/** Absolute SLO on one metric: a ceiling (latency, error rate) or a minimum (rps, requests). */
export interface SloRule {
    warn?: number;
    fail?: number;
}
export type RuleSet = Partial<Record<MetricName, MetricRule | 'off'>>;
export type SloSet = Partial<Record<MetricName, SloRule>>;
export interface Thresholds {
    /** Global rule overrides, merged per metric over the built-in defaults. */
    rules: RuleSet;
    /** Per-endpoint overrides, in file order; selector = exact name, `TYPE Name`, `Aggregated` or a glob. */
    endpoints: {
        selector: string;
        rules: RuleSet;
    }[];
    /** Absolute SLOs per selector, in file order. */
    slo: {
        selector: string;
        slo: SloSet;
    }[];
    /** Where they came from (file label), for messages. */
    source?: string;
}
