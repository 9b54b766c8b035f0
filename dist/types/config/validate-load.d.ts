/**
 * The load-shape keys of `load:` — `stages`, `profile` (+ `spike-factor`) and `arrival-rate` — validated
 * with line numbers like the rest of the scenario, and turned into the LoadSpec fields the engine
 * runs (engine/shape.ts, engine/arrival.ts). At most one of them (or a code `shape`) per scenario.
 */
import type { LoadSpec } from '../engine/types.js';
import type { Collector } from './collector.js';
export declare const SHAPE_KEYS: readonly ["stages", "profile", "spike-factor", "arrival-rate"];
export declare const SHAPE_ALIASES: {
    spikeFactor: string;
    arrivalRate: string;
};
/** Without `users:` the open model's pool may grow to this many users. */
export declare const DEFAULT_MAX_USERS = 100;
/** Applies the shape keys of a `load:` mapping (already key-checked) to `load`. */
export declare function checkShapeKeys(c: Collector, l: Record<string, unknown>, load: LoadSpec): void;
