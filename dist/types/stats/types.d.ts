/**
 * The results model: what a run produces and every later stage consumes (writers, compare, merge,
 * report, the action). It is plain JSON (results.json); histograms travel encoded so that results
 * can be merged and compared exactly later.
 *
 * Units: response times in milliseconds (floats, microsecond resolution inside the histograms),
 * timestamps in seconds since the epoch (floats), sizes in bytes.
 */
/** Locust's percentile columns, in CSV order. */
export declare const PERCENTILES: readonly [0.5, 0.66, 0.75, 0.8, 0.9, 0.95, 0.98, 0.99, 0.999, 0.9999, 1];
/** Their CSV header labels: '50%', '66%', … '99.99%', '100%'. */
export declare const PERCENTILE_LABELS: readonly ["50%", "66%", "75%", "80%", "90%", "95%", "98%", "99%", "99.9%", "99.99%", "100%"];
export type PercentileLabel = (typeof PERCENTILE_LABELS)[number];
/** Name and empty Type of the total row, as Locust writes it. */
export declare const AGGREGATED = "Aggregated";
/** Raw per-(Type, Name) statistics: enough to rebuild every Locust column and to merge exactly. */
export interface StatsEntryData {
    /** HTTP method, `WS`, or a custom type; '' for the Aggregated entry. */
    type: string;
    name: string;
    numRequests: number;
    numFailures: number;
    /** Sum of response times in ms. */
    totalResponseTime: number;
    /** ms; null when there were no requests. */
    minResponseTime: number | null;
    maxResponseTime: number;
    totalContentLength: number;
    /** Epoch seconds of the entry's start (Locust: the run start) and of the last request. */
    startTime: number;
    lastRequestTimestamp: number | null;
    /** HDR histogram of response times in microseconds, compressed and base64 encoded. */
    histogram: string;
}
/** Failures grouped by (method, name, error), as Locust's failures CSV. */
export interface FailureData {
    method: string;
    name: string;
    /** Locust-style text, e.g. `HTTPError('500 Server Error: Internal Server Error for url: /x')`. */
    error: string;
    occurrences: number;
    firstSeen: number;
    lastSeen: number;
}
/** Errors raised by user code (tasks, hooks), as Locust's exceptions CSV. */
export interface ExceptionData {
    count: number;
    msg: string;
    traceback: string;
    nodes: string;
}
/** One cell of a history second: what one entry did in that second. */
export interface HistoryCell {
    requests: number;
    failures: number;
    /** Encoded HDR (µs) of this second's response times; '' when there were none. */
    histogram: string;
    /** This second's sum of response times (ms) and content bytes, min and max (ms): for the
     * history CSV's cumulative Total Average / Min / Max / Content Size columns. Optional. */
    totalResponseTime?: number;
    totalContentLength?: number;
    minResponseTime?: number | null;
    maxResponseTime?: number;
}
/** One second of history. `total` is the Aggregated cell; `entries` only with full history. */
export interface HistorySecond {
    /** Epoch second (integer) this cell covers: [time, time + 1). */
    time: number;
    userCount: number;
    total: HistoryCell;
    /** Keyed by `${type} ${name}` → cell; present only when full history was asked for. */
    entries?: Record<string, HistoryCell>;
    /** The load generator's own memory, sampled once a second (bytes): it should stay flat. */
    memory?: {
        rss: number;
        heapUsed: number;
    };
}
/** A sudden jump of the load (users, or the arrival rate) and how long latency took to recover. */
export interface SpikeData {
    /** Epoch second the spike began, and the first second back at the pre-spike level (null: never). */
    start: number;
    end: number | null;
    /** Load level (users or iterations/s) before and at the top of the spike. */
    baseLevel: number;
    peakLevel: number;
    /** p95 (ms) of up to 10 s before the spike, and the highest 3 s rolling p95 during and after it. */
    baselineP95: number | null;
    peakP95: number | null;
    /** Seconds from the spike's end until the 3 s rolling p95 is within `tolerance` of baselineP95; null: not within the run. */
    recoverySeconds: number | null;
    /** Relative tolerance used (0.2 = within 20 %). */
    tolerance: number;
}
export interface RunMeta {
    scenario: string;
    host: string;
    /** Configured load (after CLI overrides). */
    users: number;
    spawnRate: number;
    /** Configured run time in seconds (null = until stopped). */
    runTime: number | null;
    /** Epoch seconds. */
    startTime: number;
    endTime: number;
    /** Stopped early by a signal or by the user. */
    interrupted?: boolean;
    /** Open model: iterations that could not start for lack of a free user. */
    droppedIterations?: number;
    commit?: string;
    ref?: string;
    /** Tool and version that produced the file. */
    tool: string;
    version: string;
    workers?: number;
    shard?: {
        index: number;
        total: number;
    };
    /** Load shape/profile used, when not a plain ramp. */
    shape?: string;
    /** Spikes and bursts found in the load (shaped and open-model runs), with recovery times. */
    spikes?: SpikeData[];
}
/** Custom metrics reported by code scenarios (counters, rates, gauges). */
export interface CustomMetricData {
    name: string;
    kind: 'counter' | 'rate' | 'gauge' | 'trend';
    /** counter: total; rate: passes/total; gauge: last value; trend: average. */
    value: number;
    count?: number;
    passes?: number;
    /** gauge and trend: the highest value seen. */
    max?: number;
    /** trend only: encoded HDR histogram of values (×1000). */
    histogram?: string;
}
/** The whole results file (`--json`). `formatVersion` guards readers against other shapes. */
export interface RunResult {
    formatVersion: 1;
    meta: RunMeta;
    /** Per (type, name) entries, sorted by (name, type); Aggregated is `total`, not in here. */
    entries: StatsEntryData[];
    total: StatsEntryData;
    failures: FailureData[];
    exceptions: ExceptionData[];
    history: HistorySecond[];
    metrics?: CustomMetricData[];
}
/**
 * One row of a stats table in the numbers Locust shows: the shape the CSV writer, the readers of
 * Locust CSVs and compare all share. Percentiles are null where Locust writes `N/A`; columns
 * missing from older Locust CSVs are absent.
 */
export interface StatsRow {
    type: string;
    name: string;
    requests: number;
    failures: number;
    medianResponseTime: number | null;
    averageResponseTime: number;
    minResponseTime: number;
    maxResponseTime: number;
    averageContentSize: number;
    requestsPerSecond: number;
    failuresPerSecond: number;
    percentiles: Partial<Record<PercentileLabel, number | null>>;
}
/** Cheap live numbers while a run goes on: the progress line, the live UI, worker progress. */
export interface LiveSnapshot {
    /** Seconds since the run started. */
    elapsed: number;
    users: number;
    /** Requests/s and failures/s over the last complete seconds (up to 5). */
    rps: number;
    fps: number;
    requests: number;
    failures: number;
    /** Whole-run p95 in ms (HDR), null before the first request. */
    p95: number | null;
}
