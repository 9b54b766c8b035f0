/**
 * HDR histogram helpers. Response times are recorded in integer microseconds (1 µs .. 1 hour,
 * 3 significant digits: ≤ 0.1 % error), with the pure JS implementation (no WebAssembly), so the
 * same code runs in the ncc bundle and in worker threads.
 */
import { JsHistogram } from 'hdr-histogram-js';
export type Hist = JsHistogram;
/** Highest trackable value: one hour in µs. Larger samples are clamped to it (and counted). */
export declare const MAX_US = 3600000000;
/** A new empty histogram (µs). */
export declare function newHistogram(): Hist;
/** Record a response time given in ms (float). No allocation: one array increment. */
export declare function recordMs(h: Hist, ms: number): void;
/** Compressed base64 (the HdrHistogram V2 format, readable by other HDR implementations); '' when empty. */
export declare function encodeHistogram(h: Hist): string;
/** Decode what encodeHistogram produced ('' → empty histogram). Throws on malformed input. */
export declare function decodeHistogram(encoded: string): Hist;
/** Exact merge: `into += from` (counts are added bucket by bucket). Returns `into`. */
export declare function addHistogram(into: Hist, from: Hist): Hist;
/** Add several encoded histograms into one (empty strings skipped). */
export declare function sumEncoded(encoded: Iterable<string>): Hist;
/** HDR percentile (0..100) in ms, null when empty. Not Locust's rounding: see summary.ts for that. */
export declare function percentileMs(h: Hist, percent: number): number | null;
/**
 * Visit every non-empty bucket in ascending order with a representative value in ms (the middle of
 * the bucket's equivalent range) and its count. Cost is one pass over the counts array.
 */
export declare function forEachBucket(h: Hist, fn: (ms: number, count: number) => void): void;
/**
 * Visit every non-empty bucket in ascending order: its lowest value and its width (both µs, integers)
 * and its count. Cost: one pass over the counts array, no allocation.
 */
export declare function forEachBucketUs(h: Hist, fn: (lowUs: number, widthUs: number, count: number) => void): void;
