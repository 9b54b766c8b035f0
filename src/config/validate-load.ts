/**
 * The load-shape keys of `load:` — `stages`, `profile` (+ `spike-factor`) and `arrival-rate` — validated
 * with line numbers like the rest of the scenario, and turned into the LoadSpec fields the engine
 * runs (engine/shape.ts, engine/arrival.ts). At most one of them (or a code `shape`) per scenario.
 */
import type { LoadSpec } from '../engine/types.ts'
import { isProfile, PROFILES } from '../engine/profiles.ts'
import { stagesShape, type Stage } from '../engine/stages.ts'
import type { Collector, Path } from './collector.ts'

export const SHAPE_KEYS = ['stages', 'profile', 'spike-factor', 'arrival-rate'] as const
export const SHAPE_ALIASES = { spikeFactor: 'spike-factor', arrivalRate: 'arrival-rate' }
const STAGE_KEYS = ['duration', 'users', 'spawn-rate'] as const
const ARRIVAL_KEYS = ['rate', 'duration', 'stages', 'start-rate', 'max-users', 'pre-allocated'] as const
const ARRIVAL_ALIASES = { startRate: 'start-rate', maxUsers: 'max-users', preAllocated: 'pre-allocated' }
const RATE_STAGE_KEYS = ['rate', 'duration'] as const

/** Without `users:` the open model's pool may grow to this many users. */
export const DEFAULT_MAX_USERS = 100

/** Applies the shape keys of a `load:` mapping (already key-checked) to `load`. */
export function checkShapeKeys(c: Collector, l: Record<string, unknown>, load: LoadSpec): void {
  const given = SHAPE_KEYS.filter((k) => k !== 'spike-factor' && l[k] !== undefined)
  for (const k of given.slice(1)) c.add(['load', k], `expected only one of stages, profile, arrival-rate; ${given[0]} is given too`, true)
  if (l.stages !== undefined) {
    const stages = checkStages(c, ['load', 'stages'], l.stages)
    if (stages) load.shape = { name: 'stages', fn: stagesShape(stages), tickSeconds: 0.1 }
  }
  if (l.profile !== undefined) {
    const p = l.profile
    if (typeof p === 'string' && isProfile(p)) load.profile = { name: p }
    else c.add(['load', 'profile'], `unknown profile ${JSON.stringify(typeof p === 'string' ? p : String(p))}; expected one of ${PROFILES.join(', ')}`)
  }
  if (l['spike-factor'] !== undefined) {
    const f = l['spike-factor']
    if (typeof f === 'number' && f > 1 && Number.isFinite(f)) {
      if (load.profile) load.profile.factor = f
    } else c.expected(['load', 'spike-factor'], 'a number > 1 (the multiple of users in a spike or burst)', f)
    if (l.profile === undefined) c.add(['load', 'spike-factor'], 'only used with profile: spike or burst', true)
  }
  if (l['arrival-rate'] !== undefined) {
    const a = checkArrival(c, ['load', 'arrival-rate'], l['arrival-rate'], l.users === undefined ? DEFAULT_MAX_USERS : load.users, load.runTime)
    if (a) load.arrivalRate = a
  }
}

function checkStages(c: Collector, path: Path, raw: unknown): Stage[] | undefined {
  if (!Array.isArray(raw) || raw.length === 0) return void c.expected(path, 'a non-empty list of stages like { duration: 30s, users: 50 }', raw)
  const out: Stage[] = []
  raw.forEach((item, i) => {
    const at = [...path, i]
    const m = c.mapping(at, item)
    if (!m) return
    const s = c.keys(at, m, STAGE_KEYS, { spawnRate: 'spawn-rate' })
    const duration = s.duration === undefined ? void c.add(at, 'expected a duration (e.g. duration: 30s)') : c.duration([...at, 'duration'], s.duration, true)
    const users = s.users === undefined ? void c.add(at, 'expected users (the user count this stage ramps to)') : wholeUsers(c, [...at, 'users'], s.users)
    const stage: Stage = { duration: duration ?? 0, users: users ?? 0 }
    if (s['spawn-rate'] !== undefined) {
      const r = c.positive([...at, 'spawn-rate'], s['spawn-rate'])
      if (r !== undefined) stage.spawnRate = r
    }
    out.push(stage)
  })
  if (out.length === raw.length && out.every((s) => s.duration === 0)) c.add(path, 'expected at least one stage with a duration greater than zero')
  return out
}

function wholeUsers(c: Collector, path: Path, v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return v
  return void c.expected(path, 'a whole number of users ≥ 0', v)
}

function checkArrival(c: Collector, path: Path, raw: unknown, defaultMax: number, runTime: number | null): LoadSpec['arrivalRate'] {
  const m = c.mapping(path, raw)
  if (!m) return undefined
  const a = c.keys(path, m, ARRIVAL_KEYS, ARRIVAL_ALIASES)
  let out: LoadSpec['arrivalRate']
  if (a.rate !== undefined && a.stages !== undefined) c.add(path, 'expected either rate (constant) or stages (ramping), not both')
  else if (a.rate !== undefined) {
    const rate = c.positive([...path, 'rate'], a.rate)
    let duration: number | undefined
    if (a.duration !== undefined) duration = c.duration([...path, 'duration'], a.duration, false)
    else if (runTime !== null) duration = runTime
    else c.add(path, 'expected duration (how long to hold the rate, e.g. duration: 1m) or load.run-time')
    if (rate !== undefined && duration !== undefined) out = { kind: 'constant', stages: [{ rate, duration }], startRate: rate, maxUsers: defaultMax }
  } else if (a.stages !== undefined) {
    if (a.duration !== undefined) c.add([...path, 'duration'], 'unknown with stages; each stage has its own duration', true)
    const stages = checkRateStages(c, [...path, 'stages'], a.stages)
    const start = a['start-rate'] === undefined ? 0 : c.positive([...path, 'start-rate'], a['start-rate'], true)
    if (stages && start !== undefined) out = { kind: 'ramping', stages, maxUsers: defaultMax, startRate: start }
  } else c.add(path, 'expected rate: N (iterations/s, with duration) or stages: [{ rate, duration }, …]')
  let maxUsers = defaultMax
  if (a['max-users'] !== undefined) {
    const n = a['max-users']
    if (typeof n === 'number' && Number.isInteger(n) && n >= 1) maxUsers = n
    else c.expected([...path, 'max-users'], 'a whole number of users ≥ 1', n)
  }
  let pre: number | undefined
  if (a['pre-allocated'] !== undefined) {
    const n = a['pre-allocated']
    if (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= maxUsers) pre = n
    else c.expected([...path, 'pre-allocated'], `a whole number of users from 0 to max-users (${maxUsers})`, n)
  }
  if (!out) return undefined
  out.maxUsers = maxUsers
  // Default: one second's worth of arrivals at the peak rate is started up front.
  const peak = Math.max(out.startRate ?? 0, ...out.stages.map((s) => s.rate))
  out.preAllocated = pre ?? Math.min(maxUsers, Math.max(1, Math.ceil(peak)))
  return out
}

function checkRateStages(c: Collector, path: Path, raw: unknown): { rate: number; duration: number }[] | undefined {
  if (!Array.isArray(raw) || raw.length === 0) return void c.expected(path, 'a non-empty list of stages like { rate: 10, duration: 30s }', raw)
  const out: { rate: number; duration: number }[] = []
  let bad = false
  raw.forEach((item, i) => {
    const at = [...path, i]
    const m = c.mapping(at, item)
    if (!m) return void (bad = true)
    const s = c.keys(at, m, RATE_STAGE_KEYS)
    const rate = s.rate === undefined ? void c.add(at, 'expected rate (iterations/s at the end of the stage)') : c.positive([...at, 'rate'], s.rate, true)
    const duration = s.duration === undefined ? void c.add(at, 'expected a duration (e.g. duration: 30s)') : c.duration([...at, 'duration'], s.duration, true)
    if (rate === undefined || duration === undefined) bad = true
    else out.push({ rate, duration })
  })
  if (bad) return undefined
  if (out.every((s) => s.duration === 0)) return void c.add(path, 'expected at least one stage with a duration greater than zero')
  return out
}
