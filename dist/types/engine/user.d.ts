/**
 * One virtual user: onStart, then pick a task by weight, run it, wait, repeat until stopped; onStop.
 * Two stop levels, as Locust with a stop timeout: `stop()` lets the current task finish (the wait is
 * cut short), `kill()` aborts the user's signal so in-flight work is cancelled and not recorded.
 */
import type { Clock } from './clock.js';
import type { Registry } from './registry.js';
import type { MetricsApi, Recorder, UserClass } from './types.js';
export interface UserDeps {
    recorder: Recorder;
    registry: Registry;
    clock: Clock;
    random: () => number;
    /** Scenario host (the user class may override it). */
    host: string;
    scenarioVars?: Record<string, unknown>;
    /** The run's custom metrics store (absent in engine tests that don't need one: calls are dropped). */
    metrics?: MetricsApi;
}
/**
 * Open model (arrival.ts): hands a free user its next iteration's intended start (clock ms), or null
 * when the user must end. Without one the user loops with waits (the closed model).
 */
export interface IterationSource {
    next(): Promise<number | null>;
}
export declare class VirtualUser {
    readonly cls: UserClass;
    readonly index: number;
    private readonly deps;
    private readonly picker;
    private readonly soft;
    private readonly hard;
    private readonly sessions;
    private readonly vars;
    private ctx;
    private source;
    /** Intended start of the current open-model iteration, until its first request takes it. */
    private intended;
    /** Settles when the user has fully finished (onStop done, sessions closed). */
    done: Promise<void>;
    constructor(cls: UserClass, index: number, deps: UserDeps);
    /** Mirrors soft.signal.aborted: read on every iteration, and a field is cheaper than the AbortSignal getter. */
    private halted;
    get stopping(): boolean;
    start(source?: IterationSource): void;
    /** Graceful: finish the current task, skip the wait, run onStop. */
    stop(): void;
    /** Hard: cancel whatever is in flight. */
    kill(): void;
    private loop;
    private runTask;
    /** Runs user code; errors become exceptions in the stats (never crash the run). */
    private guard;
    private exception;
    private metrics;
    private session;
    /** The open-model intended start, once per iteration: only the iteration's first request waited for it. */
    private takeIntended;
    private context;
}
