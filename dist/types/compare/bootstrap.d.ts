export type Rng = () => number;
/** mulberry32: small, fast, good enough for resampling; same seed → same stream. */
export declare function seeded(seed: number): Rng;
/** Empirical distribution of one run's response times (ms), from its encoded histogram. */
export interface Cdf {
    values: Float64Array;
    /** Cumulative counts, ascending; the last is n. */
    cum: Float64Array;
    n: number;
}
export declare function cdfOf(encoded: string): Cdf | null;
/**
 * One bootstrap replicate of the q-quantile of a run: the quantile of n draws with replacement
 * from the run's own samples. The k-th smallest of n uniforms is Beta(k, n−k+1), and mapping it
 * through the inverse CDF gives the k-th smallest resampled value exactly, at O(log buckets) per
 * replicate instead of O(n).
 */
export declare function bootstrapQuantile(d: Cdf, q: number, rng: Rng): number;
/** The (1−level)/2 and (1+level)/2 quantiles of a sample (sorted in place). */
export declare function interval(xs: number[], level: number): {
    low: number;
    high: number;
};
export declare function median(xs: number[]): number;
