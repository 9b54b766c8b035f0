/**
 * JSON for machines: the verdict, counts, every row with every finding (rule, reason, values) and
 * the confidence of repeated runs. Stable key order; `formatVersion` guards readers.
 */
import type { Comparison } from './types.js';
/** Serialises a comparison (2-space indented, trailing newline). */
export declare function formatJson(c: Comparison): string;
