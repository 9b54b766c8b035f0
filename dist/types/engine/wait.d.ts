/** Wait time after a task, in seconds, per Locust's wait_time functions. */
import type { Wait } from './types.js';
/**
 * `between`: uniform in [min, max]; `constant`: fixed; `pacing` (constant_pacing): whatever is left
 * of the period after the task's own run time, never negative.
 */
export declare function waitSeconds(wait: Wait, taskSeconds: number, random?: () => number): number;
