/**
 * Evaluation of one rule on one metric: change rules against the baseline (direction-aware, with
 * relative/absolute limits and a floor) and absolute SLOs (ceilings and minimums).
 */
import type { Finding, MetricName, MetricRule, SloRule, Status } from './types.js';
/** Text of a rule: `fail > +10 %, floor 2 ms`. */
export declare function ruleText(metric: MetricName, rule: MetricRule): string;
/** A change-rule finding; base/current are the metric values (null = N/A). */
export declare function changeFinding(metric: MetricName, rule: MetricRule | undefined, base: number | null, current: number | null): Finding;
/** An SLO finding. For SLO findings `base` holds the limit checked (fail, else warn). */
export declare function sloFinding(metric: MetricName, slo: SloRule, current: number | null): Finding;
export declare const SEVERITY: Record<Status, number>;
export declare function worst(statuses: Iterable<Status>): Status;
