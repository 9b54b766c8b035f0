/**
 * Which user class each spawned user gets, in spawn order, as Locust 2.x dispatches them: weights
 * normalised so the smallest is 2 (Python round, half to even), then a smooth weighted round-robin
 * (nginx / the `roundrobin` package Locust uses) over one cycle of sum(weights) picks, repeated.
 * Weights 5:1 give AAABAAAAABAA…, so the mix is right during ramp-up too.
 */
/** Python's round(): halves go to the even neighbour. */
export declare function pyRound(x: number): number;
/** One cycle of class indexes, e.g. weights [2, 5, 6] → 13 indexes. */
export declare function weightedCycle(weights: readonly number[]): number[];
/** Class index of the k-th spawned user (0-based). */
export declare function classForUser(cycle: readonly number[], k: number): number;
