/**
 * Stages (k6's ramping-vus, Locust's StagesShape) as a shape function. Each stage lasts `duration`
 * seconds and moves the user count from the previous stage's level (0 before the first) to `users`:
 * linearly over the stage when it has no `spawnRate` (the pool runs at |Δusers| / duration users/s),
 * else Locust-style at `spawnRate` users/s and then holds. A zero-length stage is a sudden jump (a
 * spike): the next stage starts from its level, reached at once. Past the last stage the shape ends.
 */
import type { ShapeFn } from './types.js';
export interface Stage {
    /** Seconds (0 = jump). */
    duration: number;
    users: number;
    /** Users/s; absent = linear ramp over the stage. */
    spawnRate?: number;
}
/** Sum of the stage durations (the shape's run time). */
export declare function stagesDuration(stages: readonly Stage[]): number;
/** The shape for a list of stages; `users` and `spawnRate` are what the pool is told at elapsed t. */
export declare function stagesShape(stages: readonly Stage[]): ShapeFn;
