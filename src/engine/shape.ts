/**
 * Load shapes in the closed model: a function of elapsed seconds giving the users and spawn rate
 * (Locust's LoadTestShape.tick()), asked every tick; each change of its answer retargets the user
 * pool (pool.ts); null ends the run. Stages and profiles are shapes built from data (stages.ts,
 * profiles.ts); a code scenario may export its own `shape`.
 */
import { shareOf } from './arrival.ts'
import type { Clock } from './clock.ts'
import type { UserPool } from './pool.ts'
import { profileStages } from './profiles.ts'
import { stagesShape } from './stages.ts'
import { describeError } from './traceback.ts'
import type { LoadSpec, Recorder, RunOptions, ShapeFn } from './types.ts'

export interface ResolvedShape {
  name: string
  fn: ShapeFn
  tickSeconds: number
}

/** Built-in shapes are asked ten times a second, so stage boundaries land within 0.1 s. */
const BUILTIN_TICK = 0.1

/** The shape a load spec asks for (a profile is expanded here, after CLI overrides), if any. */
export function resolveShape(load: LoadSpec): ResolvedShape | undefined {
  if (load.profile) {
    const { name, factor } = load.profile
    const stages = profileStages(name, { users: load.users, spawnRate: load.spawnRate, runTime: load.runTime, ...(factor ? { factor } : {}) })
    return { name, fn: stagesShape(stages), tickSeconds: BUILTIN_TICK }
  }
  if (load.shape) return { name: load.shape.name, fn: load.shape.fn, tickSeconds: load.shape.tickSeconds ?? 1 }
  return undefined
}

export interface DriveOptions {
  clock: Clock
  /** Run start (clock ms). */
  t0: number
  signal: AbortSignal
  recorder: Recorder
  shard?: RunOptions['shard']
}

/**
 * Follows the shape until it returns null (resolves) or the signal aborts. A shape that throws or
 * answers nonsense is recorded as an exception and ends the run, as a broken tick() ends Locust's.
 */
export async function driveShape(shape: ResolvedShape, pool: UserPool, o: DriveOptions): Promise<void> {
  const { clock, t0, signal } = o
  const tick = shape.tickSeconds * 1000
  for (let k = 1; !signal.aborted; k++) {
    const elapsed = clock.now() - t0
    let next: ReturnType<ShapeFn>
    try {
      next = shape.fn(elapsed / 1000)
    } catch (e) {
      const { message, traceback } = describeError(e)
      o.recorder.exception(message, traceback)
      return
    }
    if (next === null || next === undefined) return
    const users = next.users
    const rate = next.spawnRate ?? Infinity
    if (!(Number.isFinite(users) && users >= 0) || !(rate > 0)) {
      o.recorder.exception(`load shape '${shape.name}' returned ${safeJson(next)}; expected { users: a number ≥ 0, spawnRate: a number > 0 } or null`, '')
      return
    }
    pool.setTarget(shareOf(Math.round(users), o.shard), o.shard && o.shard.total > 1 ? rate / o.shard.total : rate)
    // Ticks on a fixed grid from the start, so slow ticks do not drift; a timer that fires a hair
    // early sleeps the rest, so no tick is asked twice. Missed ticks (a blocked loop) are skipped.
    k = Math.max(k, Math.floor(elapsed / tick) + 1)
    while (!signal.aborted && clock.now() - t0 < k * tick) await clock.sleep(k * tick - (clock.now() - t0), signal)
  }
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v)
  } catch {
    return String(v)
  }
}

/** The run time a shape implies (profiles' default when none is set), for results meta. */
export function shapeRunTime(load: LoadSpec): number | null {
  if (!load.profile || load.runTime !== null) return load.runTime
  return profileStages(load.profile.name, { users: load.users, spawnRate: load.spawnRate, runTime: null }).reduce((a, s) => a + s.duration, 0)
}
