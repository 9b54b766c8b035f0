/**
 * The comparison with the baseline: one row per endpoint with the PR comment's marks, the current
 * value of each metric and its change, colored by the rule that judged it.
 */
import type { Comparison } from '../../compare/types.js';
import { Raw } from './escape.js';
/** Comparison table; rows keep the compare stage's order (failing first) until a header is clicked. */
export declare function comparisonTable(c: Comparison): Raw;
