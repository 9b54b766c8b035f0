/**
 * How workers divide a run (or a shard of one): worker w of W inside shard i of N runs the global
 * shard `w·N + i` of `N·W`. Interleaving (rather than blocks) keeps each shard's total exactly what
 * it is without workers: shard i's workers together own the user indices ≡ i (mod N), the same
 * set `--shard` alone gives, so user counts, class mix and remainders do not change with W.
 */
import type { RunOptions } from '../types.js';
export type Shard = NonNullable<RunOptions['shard']>;
/** The shard worker `worker` (0-based) of `count` runs, inside the outer shard (or the whole run). */
export declare function workerShard(outer: Shard | undefined, worker: number, count: number): Shard;
