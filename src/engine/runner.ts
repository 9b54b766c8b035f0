/**
 * The closed-model run (Locust's): users start at `spawnRate`/s up to `users`, classes assigned in
 * Locust's weighted order, until `runTime` (counted from the start, ramp-up included) or the signal;
 * then a graceful window of `stopTimeout` seconds in which users finish their current task, then
 * the rest is cancelled. Always returns normally so the caller can write every file.
 *
 * Room for load shapes (issue 6): the user pool grows and shrinks toward a target (`setTarget`); a
 * shape or stages controller only has to call it.
 */
import { realClock, type Clock } from './clock.ts'
import { classForUser, weightedCycle } from './distribution.ts'
import { startProgress } from './progress.ts'
import { checkProtocols, type Registry } from './registry.ts'
import type { Recorder, RunOptions, Scenario } from './types.ts'
import { VirtualUser } from './user.ts'

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
}

/** Runs a scenario's users against the recorder; see the module comment for the semantics. */
export async function runScenario(scenario: Scenario, recorder: Recorder, options: RunnerOptions): Promise<RunOutcome> {
  checkProtocols(scenario, options.protocols)
  if (scenario.load.shape || scenario.load.arrivalRate) {
    // Accepted by validation so code scenarios can be written now; the controllers land with issue 6.
    throw new Error('load shapes and arrival rates are not supported by this engine version yet')
  }
  const clock = options.clock ?? realClock
  const random = options.random ?? Math.random
  const { users: total, spawnRate } = shardLoad(scenario, options.shard)
  const cycle = weightedCycle(scenario.users.map((u) => u.weight))
  const deps = { recorder, registry: options.protocols, clock, random, host: scenario.host, scenarioVars: scenario.vars ?? {} }

  const live: VirtualUser[] = []
  let running = 0
  let spawned = 0
  const stop = new AbortController()
  const startTime = clock.epoch()
  const t0 = clock.now()
  recorder.setUserCount(0)

  const spawnOne = () => {
    // Global spawn index, so shards together reproduce the unsharded class mix.
    const index = options.shard ? spawned * options.shard.total + options.shard.index : spawned
    const cls = scenario.users[classForUser(cycle, index)]
    spawned++
    if (!cls) return
    const u = new VirtualUser(cls, index, deps)
    live.push(u)
    recorder.setUserCount(++running)
    u.start()
    void u.done.then(() => recorder.setUserCount(--running))
  }

  // Spawner: user k starts at k / spawnRate seconds (the first at once), as Locust ramps.
  const spawner = (async () => {
    while (spawned < total && !stop.signal.aborted) {
      const due = Math.min(total, Math.floor(((clock.now() - t0) / 1000) * spawnRate) + 1)
      while (spawned < due) spawnOne()
      if (spawned < total) await clock.sleep(t0 + (spawned / spawnRate) * 1000 - clock.now(), stop.signal)
    }
  })()

  const progress = startProgress(recorder, options.onProgress, clock, t0, () => running)
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
  options.signal?.removeEventListener('abort', onAbort)
  await spawner

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
  return { startTime, endTime: clock.epoch(), interrupted }
}

/** This shard's share of the users and spawn rate (remainder to the first shards). */
export function shardLoad(scenario: Scenario, shard: RunOptions['shard']): { users: number; spawnRate: number } {
  const { users, spawnRate } = scenario.load
  if (!shard || shard.total <= 1) return { users, spawnRate }
  const mine = Math.floor(users / shard.total) + (shard.index < users % shard.total ? 1 : 0)
  return { users: mine, spawnRate: spawnRate / shard.total }
}
