/**
 * What the main thread and its workers say to each other (structured clone: plain data only).
 * A worker loads the scenario, says `ready`, waits for `start` (so every worker starts its clock
 * together), posts `progress` once a second and one `result` (or `failed`) at the end.
 */
import type { ErrorCode } from '../../errors.js';
import type { RunResult } from '../../stats/types.js';
import type { LoadOverrides, ProgressEvent } from '../types.js';
import type { Shard } from './split.js';
/** The workerData key that marks a load-action worker (the bundle's entry checks it). */
export declare const WORKER_KEY = "loadActionWorker";
/** One worker's job, in workerData[WORKER_KEY]. */
export interface WorkerJob {
    /** Scenario file, loaded again by the worker (modules with function tasks included). */
    file: string;
    /** The load as the main thread resolved it (CLI/action overrides applied). */
    overrides: LoadOverrides;
    /** This worker's share (see split.ts). */
    shard: Shard;
    fullHistory: boolean;
}
export type ToWorker = {
    type: 'start';
} | {
    type: 'stop';
};
export type FromWorker = {
    type: 'ready';
} | {
    type: 'progress';
    progress: ProgressEvent;
} | {
    type: 'result';
    result: RunResult;
}
/** Setup failed (a LoadActionError has its code) or the run threw. */
 | {
    type: 'failed';
    code: ErrorCode | null;
    exitCode: number;
    message: string;
    stack: string;
};
