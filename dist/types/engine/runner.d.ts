/**
 * The closed-model run (Locust's): users start at `spawnRate`/s up to `users`, classes assigned in
 * Locust's weighted order, until `runTime` (counted from the start, ramp-up included) or the signal;
 * then a graceful window of `stopTimeout` seconds in which users finish their current task, then
 * the rest is cancelled. Always returns normally so the caller can write every file.
 *
 * Load shapes (stages, profiles, a code `shape`) retarget the same user pool over time (shape.ts,
 * pool.ts) and end the run when they end; an arrival rate runs the open model instead (arrival.ts).
 */
import { type Clock } from './clock.js';
import { type Registry } from './registry.js';
import type { Recorder, RunOptions, Scenario } from './types.js';
export interface RunnerOptions extends RunOptions {
    /** Protocol plugins by name (the engine imports none itself). */
    protocols: Registry;
    clock?: Clock;
    random?: () => number;
    /** How long to wait for cancelled users after the hard stop before giving up on them (ms). */
    killGraceMs?: number;
}
export interface RunOutcome {
    /** Epoch seconds. */
    startTime: number;
    endTime: number;
    /** Stopped by the signal before the run time was over. */
    interrupted: boolean;
    /** Open model: iterations dropped for lack of a free user. */
    droppedIterations?: number;
}
/** Runs a scenario's users against the recorder; see the module comment for the semantics. */
export declare function runScenario(scenario: Scenario, recorder: Recorder, options: RunnerOptions): Promise<RunOutcome>;
/** This shard's share of the users and spawn rate (remainder to the first shards). */
export declare function shardLoad(scenario: Scenario, shard: RunOptions['shard']): {
    users: number;
    spawnRate: number;
};
