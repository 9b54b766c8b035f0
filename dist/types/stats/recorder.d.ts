/**
 * StatsRecorder: the engine's Recorder. One HDR histogram per (Type, Name) plus Aggregated, failures
 * by (method, name, error), exceptions by (message, traceback), and a per-second history.
 *
 * Hot path: `request()` does two map lookups (type → name → entry, no key string built), a few
 * additions and one histogram increment (the entry's current second; see accumulators.ts). Memory
 * stays flat: no per-sample arrays; the history is one small object per second (encoded
 * histograms, per-entry cells only with fullHistory).
 */
import type { Recorder } from '../engine/types.js';
import type { LiveSnapshot, RunMeta, RunResult } from './types.js';
import { MetricsStore } from './metrics.js';
export interface StatsRecorderOptions {
    /** Keep a per-entry cell in every history second (for --csv-full-history). */
    fullHistory?: boolean;
    /** Clock in epoch ms (injectable for tests). Default Date.now. */
    now?: () => number;
    /** The generator's memory, sampled at every tick() (about once a second); default process.memoryUsage. */
    memory?: (() => {
        rss: number;
        heapUsed: number;
    }) | null;
}
export declare class StatsRecorder implements Recorder {
    readonly fullHistory: boolean;
    readonly startTime: number;
    private readonly now;
    private readonly byType;
    private readonly total;
    /** The entry of the last request(). */
    private last;
    private readonly failures;
    private readonly exceptions;
    private readonly history;
    private userCount;
    private readonly sampleMemory;
    /** Latest memory sample; written into every history second from then on. */
    private mem;
    /** The second being filled, the entries active in it, and a scratch histogram for its Aggregated cell. */
    private sec;
    private active;
    private readonly secTotal;
    /** Custom metrics of the run (ctx.metrics, plugins' gauges); in result().metrics when used. */
    readonly metrics: MetricsStore;
    constructor(opts?: StatsRecorderOptions);
    request(type: string, name: string, responseTimeMs: number, contentLength: number, error: string | null): void;
    exception(message: string, traceback: string): void;
    setUserCount(n: number): void;
    /** Close finished seconds without recording anything (the engine may call this every second). */
    tick(): void;
    /** Live numbers for a progress line (p95 up to the last closed second); cost is independent of the request count. */
    snapshot(): LiveSnapshot;
    /** Build the results model (history includes the second in progress); recording may continue after. */
    result(meta: RunMeta): RunResult;
    private failure;
    /** Move to the second containing `t`, closing the one in progress and filling gaps with empty seconds. */
    private roll;
    /** The open second as history (also leaves its Aggregated histogram in secTotal); changes nothing else. */
    private currentSecond;
    private flushSecond;
    private emptySecond;
}
