/**
 * Spikes and recovery: where the load jumped suddenly (a spike or burst profile, a zero-length stage,
 * a custom shape's jump, an arrival-rate jump) and how long after it the latency came back. Pure:
 * works on the history and the planned/observed load level per history second.
 */
import type { HistorySecond, SpikeData } from './types.js';
export interface RecoveryOptions {
    /** Relative p95 tolerance for "recovered" (default 0.2 = within 20 %; 1 ms absolute slack on top). */
    tolerance?: number;
    /** Rolling window in seconds (default 3). */
    window?: number;
    /** Seconds before the spike that set the baseline p95 (default 10). */
    baseline?: number;
}
interface Spike {
    /** Index of the first second at the spike level, of the first second back at the base level (or null). */
    start: number;
    end: number | null;
    base: number;
    peak: number;
}
/**
 * Spikes in a level series (one value per second): a rise to at least twice the level of two seconds
 * before, by at least a quarter of the run's peak level (so a steady ramp is not a spike), from a
 * level above zero that held for a second before (the start of a run is a ramp-up). It ends when the
 * level is back to within 1.5× of the base.
 */
export declare function detectSpikes(levels: readonly number[]): Spike[];
/** Spikes with their recovery times; `levels[i]` is the load level during `history[i]`. */
export declare function spikeRecovery(history: readonly HistorySecond[], levels: readonly number[], o?: RecoveryOptions): SpikeData[];
export {};
