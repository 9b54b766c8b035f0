import type { PoolOptions } from './pool.js';
import type { LoadSpec } from './types.js';
import { VirtualUser } from './user.js';
type ArrivalSpec = NonNullable<LoadSpec['arrivalRate']>;
/** The open model's user pool and dispatcher; `run()` follows the schedule, `halt()` releases idle users. */
export declare class OpenModel {
    readonly live: VirtualUser[];
    /** Iterations that found no free user with the pool at its maximum. */
    dropped: number;
    private readonly o;
    private readonly spec;
    private readonly slots;
    private readonly idle;
    private readonly maxUsers;
    private readonly share;
    constructor(spec: ArrivalSpec, o: PoolOptions);
    /** Users busy with an iteration (or starting): what the history's user count shows. */
    get running(): number;
    /** Dispatches every iteration due until the schedule ends or `signal` aborts. `t0` is the run start (clock ms). */
    run(t0: number, signal: AbortSignal): Promise<void>;
    /** Ends the users' wait for work (busy users finish their iteration; the caller stops them). */
    halt(): void;
    private dispatch;
    private allocate;
}
/** A shard's share of a whole count (remainder to the first shards). */
export declare function shareOf(n: number, shard: PoolOptions['shard']): number;
export {};
