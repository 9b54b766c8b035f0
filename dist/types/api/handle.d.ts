/**
 * A run in progress: progress and done events, live results, load changes and stop. Created by
 * `start()` (api/index.ts); the web UI and the metrics endpoint read the same handle.
 */
import { type RunWithOptions } from '../engine/index.js';
import type { ProgressEvent, Scenario } from '../engine/types.js';
import type { RunResult } from '../stats/types.js';
import { Emitter } from './emitter.js';
export type RunState = 'running' | 'stopping' | 'done' | 'failed';
export interface RunEvents extends Record<string, unknown> {
    /** About once a second while running. */
    progress: ProgressEvent;
    /** The final results (also what `result` resolves to). */
    done: RunResult;
    /** The run could not complete (setup problem); `result` rejects with the same error. */
    error: unknown;
    state: RunState;
}
/** Engine options the handle passes through (signal, onProgress, fullHistory, shard, protocols, workers …). */
export type HandleOptions = Omit<RunWithOptions, 'control' | 'recorder'> & {
    workers?: number;
};
export declare class RunHandle extends Emitter<RunEvents> {
    readonly scenario: Scenario;
    /** Resolves with the results when the run ends (run time, stop(), or the signal). */
    readonly result: Promise<RunResult>;
    /** Epoch seconds when the run started. */
    readonly startTime: number;
    private current;
    private readonly recorder;
    private readonly control;
    private readonly abort;
    private last;
    private readonly shard;
    constructor(scenario: Scenario, options?: HandleOptions);
    get state(): RunState;
    /** Whether setLoad can change this run: closed-model runs only (not shapes or arrival rates), while running. */
    get adjustable(): boolean;
    /** The users and spawn rate currently asked for (this shard's share when sharded). */
    get load(): {
        users: number;
        spawnRate: number;
    };
    /**
     * Moves the running users toward `users`, starting or stopping them at `spawnRate` per second
     * (stopped users finish their current task). Returns false when the run takes no changes.
     */
    setLoad(users: number, spawnRate: number): boolean;
    /** Stops the run: users finish their current task (up to the stop timeout), then `result` resolves. */
    stop(): void;
    /** The results so far (the final ones once done); cheap enough to call once a second. */
    live(): RunResult;
    /** Users running now (from the recorder: the number the history shows). */
    get users(): number;
    private setState;
}
