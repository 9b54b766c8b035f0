/**
 * Terminal table: one line per shown finding, grouped by endpoint, Base / Current / Δ / Δ% and a
 * status mark, then the verdict line. Pure: returns the string.
 */
import type { Comparison } from './types.js';
/** Renders the comparison as an aligned text table followed by the verdict line. */
export declare function formatText(c: Comparison): string;
