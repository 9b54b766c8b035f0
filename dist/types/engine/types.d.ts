/**
 * Engine contracts: the recorder the engine feeds and the run's options, plus (re-exported) the
 * validated scenario (contracts/scenario.ts), what user code sees (contracts/context.ts) and the
 * plugin API (contracts/plugins.ts). Contracts only: no code here.
 */
import type { LiveSnapshot } from '../stats/types.js';
import type { MetricsApi } from './contracts/context.js';
export type * from './contracts/scenario.js';
export type * from './contracts/context.js';
export type * from './contracts/plugins.js';
/** Where the stats go. Implemented by stats/recorder.ts; the hot path, so positional arguments. */
export interface Recorder {
    /**
     * One finished request. `error` is null on success, else a Locust-style error text.
     * `responseTimeMs` is measured by the protocol (from the intended start in the open model).
     */
    request(type: string, name: string, responseTimeMs: number, contentLength: number, error: string | null): void;
    /** An error thrown by user code (task, hook), grouped by message and stack. */
    exception(message: string, traceback: string): void;
    /** Current number of running virtual users (sampled into the history each second). */
    setUserCount(n: number): void;
    /** Optional: close finished history seconds while idle (the runner calls it every second). */
    tick?(): void;
    /** Optional: the run's custom metrics store (ctx.metrics); StatsRecorder has one and puts it in the results. */
    readonly metrics?: MetricsApi;
    /** Optional: live numbers for the progress line (StatsRecorder has them); else the runner counts. */
    snapshot?(): Omit<ProgressEvent, 'elapsed'> & {
        elapsed?: number;
    };
}
/** What onProgress receives about once a second. */
export type ProgressEvent = LiveSnapshot;
export interface RunOptions {
    signal?: AbortSignal;
    /** Called about once a second while running. */
    onProgress?: (p: ProgressEvent) => void;
    /** Keep per-entry history (for --csv-full-history). */
    fullHistory?: boolean;
    /** Shard i of n: run that share of the users. */
    shard?: {
        index: number;
        total: number;
    };
    /** Live control (web UI, API handle): the runner attaches its user pool when the run starts. */
    control?: LoadControl;
}
/**
 * Changing a closed-model run's load while it runs. The caller creates it (api/control.ts); the
 * runner calls `attach` once with its pool's setter and `detach` when the users stop.
 */
export interface LoadControl {
    attach(setLoad: (users: number, spawnRate: number) => void): void;
    detach(): void;
}
