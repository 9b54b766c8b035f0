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
import type { Stage } from './stages.ts'

export const PROFILES = ['smoke', 'load', 'stress', 'spike', 'burst', 'soak'] as const
export type ProfileName = (typeof PROFILES)[number]

/** Run time (s) of each profile when the scenario gives none. */
export const PROFILE_RUN_TIME: Record<ProfileName, number> = { smoke: 30, load: 300, stress: 600, spike: 120, burst: 300, soak: 3600 }

export const DEFAULT_SPIKE_FACTOR = 5

export interface ProfileParams {
  users: number
  spawnRate: number
  /** Seconds; null = the profile's default. */
  runTime: number | null
  /** Multiplier of spikes and bursts. */
  factor?: number
}

export function isProfile(name: string): name is ProfileName {
  return (PROFILES as readonly string[]).includes(name)
}

/** The stages a profile stands for (durations sum to the run time). */
export function profileStages(name: ProfileName, p: ProfileParams): Stage[] {
  const U = p.users
  const T = p.runTime ?? PROFILE_RUN_TIME[name]
  const R = p.spawnRate
  const N = p.factor ?? DEFAULT_SPIKE_FACTOR
  const peak = Math.max(U + 1, Math.round(U * N))
  switch (name) {
    case 'smoke':
      return [{ duration: T, users: Math.min(2, U), spawnRate: Infinity }]
    case 'load': {
      const ramp = T * 0.1
      return [{ duration: ramp, users: U }, { duration: T - ramp, users: U }]
    }
    case 'stress':
      return [0.5, 1, 1.5, 2].map((k) => ({ duration: T / 4, users: Math.max(1, Math.ceil(U * k)), spawnRate: R }))
    case 'spike':
      return [
        { duration: T * 0.4, users: U, spawnRate: R },
        { duration: 0, users: peak },
        { duration: T * 0.2, users: peak },
        { duration: 0, users: U },
        { duration: T * 0.4, users: U },
      ]
    case 'burst': {
      const b = T * 0.05
      const out: Stage[] = [{ duration: T * 0.2, users: U, spawnRate: R }]
      for (const gap of [T * 0.3 - b, T * 0.3 - b, T * 0.2 - b]) {
        out.push({ duration: 0, users: peak }, { duration: b, users: peak }, { duration: 0, users: U }, { duration: gap, users: U })
      }
      return out
    }
    case 'soak': {
      const ramp = Math.min(60, T * 0.05)
      return [{ duration: ramp, users: U }, { duration: T - ramp, users: U }]
    }
  }
}
