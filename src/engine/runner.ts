/**
 * The closed-model run (Locust's): users start at `spawnRate`/s up to `users`, classes assigned in
 * Locust's weighted order, until `runTime` (counted from the start, ramp-up included) or the signal;
 * then a graceful window of `stopTimeout` seconds in which users finish their current task, then
 * the rest is cancelled. Always returns normally so the caller can write every file.
 *
 * Load shapes (stages, profiles, a code `shape`) retarget the same user pool over time (shape.ts,
 * pool.ts) and end the run when they end; an arrival rate runs the open model instead (arrival.ts).
 */
import { realClock, type Clock } from './clock.ts'
import { OpenModel } from './arrival.ts'
import { weightedCycle } from './distribution.ts'
import { UserPool } from './pool.ts'
import { startProgress } from './progress.ts'
import { checkProtocols, type Registry } from './registry.ts'
import type { Recorder, RunOptions, Scenario } from './types.ts'
import { driveShape, resolveShape } from './shape.ts'

export interface RunnerOptions extends RunOptions {
  /** Protocol plugins by name (the engine imports none itself). */
  protocols: Registry
  clock?: Clock
  random?: () => number
  /** How long to wait for cancelled users after the hard stop before giving up on them (ms). */
  killGraceMs?: number
}

export interface RunOutcome {
  /** Epoch seconds. */
  startTime: number
  endTime: number
  /** Stopped by the signal before the run time was over. */
  interrupted: boolean
  /** Open model: iterations dropped for lack of a free user. */
  droppedIterations?: number
}

/** Runs a scenario's users against the recorder; see the module comment for the semantics. */
export async function runScenario(scenario: Scenario, recorder: Recorder, options: RunnerOptions): Promise<RunOutcome> {
  checkProtocols(scenario, options.protocols)
  const clock = options.clock ?? realClock
  const random = options.random ?? Math.random
  const { users: total, spawnRate } = shardLoad(scenario, options.shard)
  const cycle = weightedCycle(scenario.users.map((u) => u.weight))
  const deps = { recorder, registry: options.protocols, clock, random, host: scenario.host, scenarioVars: scenario.vars ?? {} }

  const stop = new AbortController()
  const startTime = clock.epoch()
  const t0 = clock.now()
  recorder.setUserCount(0)
  const poolOptions = { classes: scenario.users, cycle, deps, recorder, clock, ...(options.shard ? { shard: options.shard } : {}) }
  const arrival = scenario.load.arrivalRate
  const shape = arrival ? undefined : resolveShape(scenario.load)
  const users: UserPool | OpenModel = arrival ? new OpenModel(arrival, poolOptions) : new UserPool(poolOptions)
  // The driver ends the run when its schedule or shape ends (stop without `interrupted`).
  let driver: Promise<void> = Promise.resolve()
  if (users instanceof OpenModel) driver = users.run(t0, stop.signal).then(() => stop.abort())
  else if (shape) driver = driveShape(shape, users, { clock, t0, signal: stop.signal, recorder, ...(options.shard ? { shard: options.shard } : {}) }).then(() => stop.abort())
  else {
    users.setTarget(total, spawnRate)
    // Live changes (web UI, API handle) retarget the same pool; shapes and arrival rates own their load.
    options.control?.attach((n, rate) => users.setTarget(n, rate))
  }

  const progress = startProgress(recorder, options.onProgress, clock, t0, () => users.running)
  let interrupted = false
  const onAbort = () => {
    interrupted = true
    stop.abort()
  }
  if (options.signal?.aborted) onAbort()
  else options.signal?.addEventListener('abort', onAbort, { once: true })
  const runTime = scenario.load.runTime
  if (runTime !== null) await clock.sleep(runTime * 1000, stop.signal)
  else await new Promise<void>((r) => (stop.signal.aborted ? r() : stop.signal.addEventListener('abort', () => r(), { once: true })))
  stop.abort()
  options.control?.detach()
  options.signal?.removeEventListener('abort', onAbort)
  await driver
  await users.halt()
  const live = users.live

  // Graceful stop window, then cancel what is left.
  for (const u of live) u.stop()
  const all = Promise.all(live.map((u) => u.done))
  const grace = new AbortController()
  const finished = await Promise.race([all.then(() => true), clock.sleep(scenario.load.stopTimeout * 1000, grace.signal).then(() => false)])
  grace.abort()
  if (!finished) {
    for (const u of live) u.kill()
    await Promise.race([all, clock.sleep(options.killGraceMs ?? 1000, grace.signal)])
  }
  recorder.setUserCount(0)
  progress.stop()
  recorder.tick?.()
  const outcome: RunOutcome = { startTime, endTime: clock.epoch(), interrupted }
  if (users instanceof OpenModel) outcome.droppedIterations = users.dropped
  return outcome
}

/** This shard's share of the users and spawn rate (remainder to the first shards). */
export function shardLoad(scenario: Scenario, shard: RunOptions['shard']): { users: number; spawnRate: number } {
  const { users, spawnRate } = scenario.load
  if (!shard || shard.total <= 1) return { users, spawnRate }
  const mine = Math.floor(users / shard.total) + (shard.index < users % shard.total ? 1 : 0)
  return { users: mine, spawnRate: spawnRate / shard.total }
}
