/**
 * One virtual user: onStart, then pick a task by weight, run it, wait, repeat until stopped; onStop.
 * Two stop levels, as Locust with a stop timeout: `stop()` lets the current task finish (the wait is
 * cut short), `kill()` aborts the user's signal so in-flight work is cancelled and not recorded.
 */
import type { Clock } from './clock.ts'
import { WeightedPicker } from './pick.ts'
import type { Registry } from './registry.ts'
import { describeError } from './traceback.ts'
import type { HttpClient, MetricsApi, ProtocolSession, Recorder, Task, TaskContext, TaskFn, UserClass, WsClient } from './types.ts'
import { waitSeconds } from './wait.ts'

export interface UserDeps {
  recorder: Recorder
  registry: Registry
  clock: Clock
  random: () => number
  /** Scenario host (the user class may override it). */
  host: string
  scenarioVars?: Record<string, unknown>
  /** The run's custom metrics store (absent in engine tests that don't need one: calls are dropped). */
  metrics?: MetricsApi
}

/**
 * Open model (arrival.ts): hands a free user its next iteration's intended start (clock ms), or null
 * when the user must end. Without one the user loops with waits (the closed model).
 */
export interface IterationSource {
  next(): Promise<number | null>
}

const noMetrics: MetricsApi = { counter() {}, rate() {}, gauge() {}, trend() {} }

export class VirtualUser {
  readonly cls: UserClass
  readonly index: number
  private readonly deps: UserDeps
  private readonly picker: WeightedPicker<Task>
  private readonly soft = new AbortController()
  private readonly hard = new AbortController()
  private readonly sessions = new Map<string, ProtocolSession>()
  private readonly vars: Record<string, unknown>
  private ctx: TaskContext | undefined
  private source: IterationSource | undefined
  /** Intended start of the current open-model iteration, until its first request takes it. */
  private intended: number | undefined
  /** Settles when the user has fully finished (onStop done, sessions closed). */
  done: Promise<void> = Promise.resolve()

  constructor(cls: UserClass, index: number, deps: UserDeps) {
    this.cls = cls
    this.index = index
    this.deps = deps
    this.picker = new WeightedPicker(cls.tasks, cls.tasks.map((t) => t.weight), deps.random)
    this.vars = { ...deps.scenarioVars, ...cls.vars }
  }

  /** Mirrors soft.signal.aborted: read on every iteration, and a field is cheaper than the AbortSignal getter. */
  private halted = false

  get stopping(): boolean {
    return this.halted
  }

  start(source?: IterationSource): void {
    this.source = source
    // loop() handles user-code errors itself; this catch is only a backstop so `done` never rejects.
    this.done = this.loop().catch((e) => this.exception(e))
  }

  /** Graceful: finish the current task, skip the wait, run onStop. */
  stop(): void {
    this.halted = true
    this.soft.abort()
  }

  /** Hard: cancel whatever is in flight. */
  kill(): void {
    this.halted = true
    this.soft.abort()
    this.hard.abort()
  }

  private async loop(): Promise<void> {
    const { clock } = this.deps
    const ctx = this.context()
    let started = false
    let spins = 0
    try {
      if (this.cls.onStart) await this.guard(this.cls.onStart, ctx)
      started = true
      while (!this.stopping) {
        if (this.source) {
          const at = await this.source.next()
          if (at === null || this.stopping) break
          this.intended = at
        }
        // Only pacing needs the task's duration: two clock reads saved per iteration otherwise.
        const pacing = this.cls.wait.kind === 'pacing'
        const t0 = pacing ? clock.now() : 0
        const task = this.picker.pick()
        const only = task.fn === undefined && task.steps?.length === 1 ? task.steps[0] : undefined
        if (only !== undefined && only.kind !== 'think') {
          // A one-step task (the usual YAML task) runs here, as runTask would: one async frame less per request.
          try {
            await this.session(only.kind === 'plugin' ? only.protocol : only.kind).run(only, this.takeIntended())
          } catch (e) {
            this.exception(e)
          }
        } else await this.runTask(task, ctx)
        this.intended = undefined
        if (this.stopping) break
        // Open model: no wait, the schedule decides when the next iteration starts.
        if (this.source) continue
        const seconds = waitSeconds(this.cls.wait, pacing ? (clock.now() - t0) / 1000 : 0, this.deps.random)
        if (seconds > 0) await clock.sleep(seconds * 1000, this.soft.signal)
        // Without a wait, yield to the event loop now and then, so a task that never awaits I/O
        // cannot starve the run-time timer (HTTP tasks yield anyway; this costs them nothing).
        else if (++spins % 64 === 0) await new Promise<void>((r) => setImmediate(r))
      }
    } finally {
      if (started && this.cls.onStop && !this.hard.signal.aborted) await this.guard(this.cls.onStop, ctx)
      await Promise.all([...this.sessions.values()].map((s) => s.close().catch(() => {})))
    }
  }

  private async runTask(task: Task, ctx: TaskContext): Promise<void> {
    if (task.fn) return this.guard(task.fn, ctx)
    for (const step of task.steps ?? []) {
      if (this.hard.signal.aborted) return
      if (step.kind === 'think') {
        await this.deps.clock.sleep(step.seconds * 1000, this.hard.signal)
        continue
      }
      try {
        const plugin = step.kind === 'plugin'
        const ok = await this.session(plugin ? step.protocol : step.kind).run(step, this.takeIntended())
        // Later steps depend on what a failed step should have captured (http) or on the state a
        // failed plugin step left (a ws connection that never opened): end this iteration.
        if (!ok && (plugin || ('capture' in step && step.capture?.length))) return
      } catch (e) {
        this.exception(e)
      }
    }
  }

  /** Runs user code; errors become exceptions in the stats (never crash the run). */
  private async guard(fn: TaskFn, ctx: TaskContext): Promise<void> {
    try {
      await fn(ctx)
    } catch (e) {
      this.exception(e)
    }
  }

  private exception(e: unknown): void {
    // Work cut off by the hard stop is not an error of the user's code.
    if (this.hard.signal.aborted) return
    const { message, traceback } = describeError(e)
    this.deps.recorder.exception(message, traceback)
  }

  private metrics(): MetricsApi {
    return this.deps.metrics ?? this.deps.recorder.metrics ?? noMetrics
  }

  private session(kind: string): ProtocolSession {
    let s = this.sessions.get(kind)
    if (!s) {
      const { recorder, host, registry } = this.deps
      s = registry.get(kind).createSession({
        host: this.cls.host ?? host,
        vars: this.vars,
        recorder,
        metrics: this.metrics(),
        userIndex: this.index,
        stopping: this.soft.signal,
        signal: this.hard.signal,
        takeIntendedStart: () => this.takeIntended(),
      })
      this.sessions.set(kind, s)
    }
    return s
  }

  /** The open-model intended start, once per iteration: only the iteration's first request waited for it. */
  private takeIntended(): number | undefined {
    const t = this.intended
    this.intended = undefined
    return t
  }

  private context(): TaskContext {
    if (this.ctx) return this.ctx
    const user = this
    const { clock } = this.deps
    const signal = this.hard.signal
    const ctx: TaskContext = {
      get http() {
        return user.session('http').client as HttpClient
      },
      get ws() {
        return user.session('ws').client as WsClient
      },
      client<T = unknown>(protocol: string): T {
        return user.session(protocol).client as T
      },
      vars: this.vars,
      userIndex: this.index,
      signal,
      metrics: this.metrics(),
      async sleep(seconds: number) {
        await clock.sleep(seconds * 1000, signal)
        // Ending the task here (rather than returning early) stops loops like `while (true) await sleep(1)`.
        signal.throwIfAborted()
      },
    }
    this.ctx = ctx
    return ctx
  }
}
