/**
 * The closed-model user pool: the running users move toward a target count at a rate, both ways.
 * After `setTarget(n, rate)` the k-th change (start or stop) happens k / rate seconds later, the
 * first at once, as Locust spawns; `rate` Infinity changes everything at once. Users above the
 * target are stopped newest first and gracefully (they finish their current task), as Locust does
 * when a shape lowers the count. A plain run is one `setTarget(users, spawnRate)`; stages,
 * profiles and custom shapes call it again whenever their target changes (shape.ts).
 */
import type { Clock } from './clock.js';
import type { Recorder, RunOptions, UserClass } from './types.js';
import { VirtualUser, type UserDeps } from './user.js';
export interface PoolOptions {
    classes: UserClass[];
    /** Class index per spawn index (weightedCycle of the class weights). */
    cycle: number[];
    deps: UserDeps;
    recorder: Recorder;
    clock: Clock;
    shard?: RunOptions['shard'];
}
export declare class UserPool {
    /** Every user started (stopping ones too), for the graceful stop at the end. */
    readonly live: VirtualUser[];
    /** Users whose loop has not finished (what the history's user count shows). */
    running: number;
    private readonly o;
    /** Users not asked to stop, oldest first. */
    private readonly active;
    private spawned;
    private target;
    private rate;
    /** Active count and clock time when the target was last set: the schedule counts from there. */
    private from;
    private since;
    private interrupt;
    private halted;
    private readonly loop;
    constructor(o: PoolOptions);
    /** Moves toward `users` at `rate` users/s (Infinity or ≤ 0: at once); no-op when nothing changed. */
    setTarget(users: number, rate: number): void;
    /** Stops changing the user count (users keep running until stopped); resolves when the loop has ended. */
    halt(): Promise<void>;
    private run;
    private spawnOne;
}
