import type { Hist } from './histogram.js';
import type { RunResult, StatsEntryData, StatsRow } from './types.js';
/** Python's round(x) for floats: half to even. */
export declare function pyRound(x: number, ndigits?: number): number;
/** Locust's key for one response time, and whether Python would hold it as an int (round(t) of t < 100). */
export declare function locustKey(ms: number): number;
/**
 * Locust's key for an HDR bucket [low, low + width) µs. The bucket's middle represents measured
 * samples best; but when the bucket starts exactly on a tie (6.5 ms, 145 ms), the sample was most
 * likely that round value itself, which Python rounds half to even, so the start is used.
 */
export declare function bucketKey(lowUs: number, widthUs: number): number;
/** Locust's response_times dict, as ascending parallel arrays. */
export interface LocustDist {
    keys: number[];
    counts: number[];
}
/** Add a histogram's samples into a Locust response_times dict (key → count). */
export declare function addToLocustDict(h: Hist, into?: Map<number, number>): Map<number, number>;
/** A Locust response_times dict as ascending parallel arrays. */
export declare function distFromDict(dict: Map<number, number>): LocustDist;
/** Rebuild Locust's rounded response-time dict from an encoded HDR histogram. */
export declare function locustDist(histogram: string): LocustDist;
/** calculate_response_time_percentile: walk keys from the top until the rest is within int(n * p). */
export declare function locustPercentile(d: LocustDist, numRequests: number, percent: number): number;
/**
 * StatsEntry.median_response_time: median_from_dict, then clamped into [min, max] (exact values).
 * `isInt` says whether Python holds an int (a dict key under 100 ms, or 0 for an empty entry) or a
 * float: the CSV writes `12` for the former and `150.0` for the latter. (Known gap: Python's key 100
 * is an int when its first sample was 99.5–99.99 ms and a float when it was ≥ 100 ms; we say float.)
 */
export declare function medianOf(d: LocustDist, n: number, min: number | null, max: number): {
    value: number;
    isInt: boolean;
};
/** The median of one entry, Locust's way (see medianOf). */
export declare function locustMedian(e: StatsEntryData, d?: LocustDist): {
    value: number;
    isInt: boolean;
};
/** total_rps / total_fail_per_sec: count over (last request of the run − run start), 0 when undefined. */
export declare function perSecond(count: number, startTime: number, lastRequestTimestamp: number | null): number;
/**
 * One stats row with Locust's numbers. Requests/s divides by the *run's* span (Locust uses the
 * global last_request_timestamp for every row): pass the Aggregated entry as `total` for that;
 * without it the entry's own last request is used.
 */
export declare function toStatsRow(entry: StatsEntryData, total?: StatsEntryData): StatsRow;
/** Locust's (name, type) order by code point, as Python sorts the (name, method) keys. */
export declare function compareEntries(a: {
    name: string;
    type: string;
}, b: {
    name: string;
    type: string;
}): number;
/** Every row as Locust lists them: entries by (name, type), then Aggregated (empty Type). */
export declare function statsRows(result: RunResult): StatsRow[];
