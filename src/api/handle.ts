/**
 * A run in progress: progress and done events, live results, load changes and stop. Created by
 * `start()` (api/index.ts); the web UI and the metrics endpoint read the same handle.
 */
import { run as engineRun, TOOL, VERSION, type RunWithOptions } from '../engine/index.ts'
import { shardLoad } from '../engine/runner.ts'
import type { ProgressEvent, Scenario } from '../engine/types.ts'
import { StatsRecorder } from '../stats/recorder.ts'
import type { RunMeta, RunResult } from '../stats/types.ts'
import { LoadController } from './control.ts'
import { Emitter } from './emitter.ts'

export type RunState = 'running' | 'stopping' | 'done' | 'failed'

export interface RunEvents extends Record<string, unknown> {
  /** About once a second while running. */
  progress: ProgressEvent
  /** The final results (also what `result` resolves to). */
  done: RunResult
  /** The run could not complete (setup problem); `result` rejects with the same error. */
  error: unknown
  state: RunState
}

/** Engine options the handle passes through (signal, onProgress, fullHistory, shard, protocols, workers …). */
export type HandleOptions = Omit<RunWithOptions, 'control' | 'recorder'> & { workers?: number }

export class RunHandle extends Emitter<RunEvents> {
  readonly scenario: Scenario
  /** Resolves with the results when the run ends (run time, stop(), or the signal). */
  readonly result: Promise<RunResult>
  /** Epoch seconds when the run started. */
  readonly startTime: number
  private current: RunState = 'running'
  private readonly recorder: StatsRecorder
  private readonly control = new LoadController()
  private readonly abort = new AbortController()
  private last: RunResult | null = null
  private readonly shard: HandleOptions['shard']

  constructor(scenario: Scenario, options: HandleOptions = {}) {
    super()
    this.scenario = scenario
    this.shard = options.shard
    this.recorder = new StatsRecorder({ fullHistory: options.fullHistory ?? false })
    this.startTime = this.recorder.startTime
    const { signal, onProgress, ...rest } = options
    if (signal?.aborted) this.stop()
    else signal?.addEventListener('abort', () => this.stop(), { once: true })
    const opts: RunWithOptions = {
      ...rest,
      signal: this.abort.signal,
      recorder: this.recorder,
      control: this.control,
      onProgress: (p) => {
        onProgress?.(p)
        this.emit('progress', p)
      },
    }
    this.result = engineRun(scenario, opts).then(
      (r) => {
        this.last = r
        this.control.detach()
        this.setState('done')
        this.emit('done', r)
        return r
      },
      (e: unknown) => {
        this.control.detach()
        this.setState('failed')
        this.emit('error', e)
        throw e
      },
    )
    // Callers that only listen to events must not crash the process with an unhandled rejection.
    this.result.catch(() => {})
  }

  get state(): RunState {
    return this.current
  }

  /** Whether setLoad can change this run: closed-model runs only (not shapes or arrival rates), while running. */
  get adjustable(): boolean {
    return this.current === 'running' && !this.scenario.load.shape && !this.scenario.load.arrivalRate && this.control.open
  }

  /** The users and spawn rate currently asked for (this shard's share when sharded). */
  get load(): { users: number; spawnRate: number } {
    return this.control.target ?? shardLoad(this.scenario, this.shard)
  }

  /**
   * Moves the running users toward `users`, starting or stopping them at `spawnRate` per second
   * (stopped users finish their current task). Returns false when the run takes no changes.
   */
  setLoad(users: number, spawnRate: number): boolean {
    if (!Number.isInteger(users) || users < 0) throw new RangeError(`setLoad: expected a whole number of users ≥ 0, got ${users}`)
    if (!(spawnRate > 0)) throw new RangeError(`setLoad: expected a spawn rate > 0, got ${spawnRate}`)
    return this.adjustable && this.control.setLoad(users, spawnRate)
  }

  /** Stops the run: users finish their current task (up to the stop timeout), then `result` resolves. */
  stop(): void {
    if (this.current !== 'running') return
    this.setState('stopping')
    this.abort.abort()
  }

  /** The results so far (the final ones once done); cheap enough to call once a second. */
  live(): RunResult {
    if (this.last) return this.last
    const now = Date.now() / 1000
    const { users, spawnRate } = this.load
    const meta: RunMeta = {
      scenario: this.scenario.name,
      host: this.scenario.host.replace(/^(https?:\/\/)[^/@]*@/, '$1'),
      users,
      spawnRate,
      runTime: this.scenario.load.runTime,
      startTime: this.startTime,
      endTime: now,
      tool: TOOL,
      version: VERSION,
    }
    if (this.scenario.load.shape) meta.shape = this.scenario.load.shape.name
    return this.recorder.result(meta)
  }

  /** Users running now (from the recorder: the number the history shows). */
  get users(): number {
    return this.recorder.snapshot().users
  }

  private setState(s: RunState): void {
    if (this.current === s || this.current === 'done' || this.current === 'failed') return
    this.current = s
    this.emit('state', s)
  }
}
