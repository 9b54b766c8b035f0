/**
 * The UI's current picture: the run (once started) and the last rendered update. Rendering costs
 * grow with the run's history (the charts decode every second's histogram), so an update is reused
 * until it is older than a second or four times what it took to render: a long run slows its own
 * refresh instead of the load generator.
 */
import type { RunHandle } from '../api/handle.ts'
import { TOOL, VERSION } from '../engine/index.ts'
import type { Scenario } from '../engine/types.ts'
import { StatsRecorder } from '../stats/recorder.ts'
import type { RunMeta, RunResult } from '../stats/types.ts'
import { TimelineCache } from './timeline-cache.ts'
import { renderFragments, type LiveUpdate, type UiState } from './view.ts'

export class LiveView {
  readonly scenario: Scenario
  handle: RunHandle | null = null
  private error: string | undefined
  private cached: LiveUpdate | null = null
  private cachedAt = 0
  private cost = 0
  private readonly timeline = new TimelineCache()

  constructor(scenario: Scenario) {
    this.scenario = scenario
  }

  attach(handle: RunHandle): void {
    this.handle = handle
    this.cached = null
  }

  fail(e: unknown): void {
    this.error = `the run failed: ${(e as Error)?.message ?? String(e)}`
    this.cached = null
  }

  get state(): UiState {
    return this.handle?.state ?? 'waiting'
  }

  /** The current update; `fresh` renders now (state changes), else a recent one may be reused. */
  update(fresh = false): LiveUpdate {
    const now = performance.now()
    const final = this.state === 'done' || this.state === 'failed'
    if (this.cached && this.cached.state === this.state) {
      if (final || (!fresh && now - this.cachedAt < Math.max(900, this.cost * 4))) return this.cached
    }
    const h = this.handle
    const result = h ? h.live() : this.empty()
    const fragments = renderFragments(result, this.timeline)
    this.cost = performance.now() - now
    this.cachedAt = now
    const update: LiveUpdate = {
      state: this.state,
      elapsed: h ? (final ? result.meta.endTime : Date.now() / 1000) - h.startTime : 0,
      users: h ? h.users : 0,
      target: h ? h.load : { users: this.scenario.load.users, spawnRate: this.scenario.load.spawnRate },
      adjustable: h ? h.adjustable : false,
      ...fragments,
    }
    if (this.error) update.error = this.error
    this.cached = update
    return update
  }

  /** Empty results for the page before Start (charts say "no data", tables "None."). */
  private empty(): RunResult {
    return emptyResult(this.scenario)
  }
}

/** Results of a run that did not happen (nothing measured), e.g. the UI closed before Start. */
export function emptyResult(scenario: Scenario, interrupted = false): RunResult {
  const now = Date.now() / 1000
  const { name, host, load } = scenario
  const meta: RunMeta = {
    scenario: name,
    host: host.replace(/\/\/[^/@]*@/, '//'),
    users: load.users,
    spawnRate: load.spawnRate,
    runTime: load.runTime,
    startTime: now,
    endTime: now,
    tool: TOOL,
    version: VERSION,
  }
  if (interrupted) meta.interrupted = true
  return new StatsRecorder().result(meta)
}
