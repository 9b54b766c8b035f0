import type { Clock } from './clock.js';
import type { UserPool } from './pool.js';
import type { LoadSpec, Recorder, RunOptions, ShapeFn } from './types.js';
export interface ResolvedShape {
    name: string;
    fn: ShapeFn;
    tickSeconds: number;
}
/** The shape a load spec asks for (a profile is expanded here, after CLI overrides), if any. */
export declare function resolveShape(load: LoadSpec): ResolvedShape | undefined;
export interface DriveOptions {
    clock: Clock;
    /** Run start (clock ms). */
    t0: number;
    signal: AbortSignal;
    recorder: Recorder;
    shard?: RunOptions['shard'];
}
/**
 * Follows the shape until it returns null (resolves) or the signal aborts. A shape that throws or
 * answers nonsense is recorded as an exception and ends the run, as a broken tick() ends Locust's.
 */
export declare function driveShape(shape: ResolvedShape, pool: UserPool, o: DriveOptions): Promise<void>;
/** The run time a shape implies (profiles' default when none is set), for results meta. */
export declare function shapeRunTime(load: LoadSpec): number | null;
