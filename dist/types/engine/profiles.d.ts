/**
 * Named load profiles: presets that expand into stages, scaled from the scenario's `users` (U),
 * `spawn-rate` (R) and `run-time` (T; each profile has a default when none is given).
 *
 * | profile | shape |
 * |---------|-------|
 * | smoke   | min(2, U) users at once for T (default 30 s): does the scenario work at all |
 * | load    | linear ramp to U over 10 % of T, hold U (default T 5 m) |
 * | stress  | four steps at 50 %, 100 %, 150 % and 200 % of U, T/4 each, ramped at R (default T 10 m) |
 * | spike   | U for 40 % of T, sudden ×N for 20 %, back to U for 40 % (recovery) (default T 2 m) |
 * | burst   | U, with three sudden ×N bursts of 5 % of T at 20 %, 50 % and 80 % of T (default T 5 m) |
 * | soak    | linear ramp to U over 5 % of T (at most 60 s), then a long hold (default T 1 h) |
 *
 * N is `spike-factor` (default 5). Documented in docs/scenario.md.
 */
import type { Stage } from './stages.js';
export declare const PROFILES: readonly ["smoke", "load", "stress", "spike", "burst", "soak"];
export type ProfileName = (typeof PROFILES)[number];
/** Run time (s) of each profile when the scenario gives none. */
export declare const PROFILE_RUN_TIME: Record<ProfileName, number>;
export declare const DEFAULT_SPIKE_FACTOR = 5;
export interface ProfileParams {
    users: number;
    spawnRate: number;
    /** Seconds; null = the profile's default. */
    runTime: number | null;
    /** Multiplier of spikes and bursts. */
    factor?: number;
}
export declare function isProfile(name: string): name is ProfileName;
/** The stages a profile stands for (durations sum to the run time). */
export declare function profileStages(name: ProfileName, p: ProfileParams): Stage[];
