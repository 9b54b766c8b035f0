import type { Comparison, Thresholds } from '../../compare/types.js';
import type { StatsRow } from '../../stats/types.js';
import type { SloCheck } from './types.js';
/** True when the comparison already carries SLO findings. */
export declare const hasSloFindings: (c: Comparison | null | undefined) => boolean;
/** The SLO-only comparison to run, or null when there is nothing to add to `comparison`. */
export declare function sloComparison(rows: StatsRow[], slo: Thresholds | undefined, comparison: Comparison | null): Comparison | null;
/** Every SLO finding as a check row. For SLO findings compare stores the limit in `base`. */
export declare function sloChecks(...comparisons: (Comparison | null)[]): SloCheck[];
/** Overall SLO status: the worst check; null when there were none. */
export declare function sloStatus(checks: readonly SloCheck[]): SloCheck['status'] | null;
