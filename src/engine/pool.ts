/**
 * The closed-model user pool: the running users move toward a target count at a rate, both ways.
 * After `setTarget(n, rate)` the k-th change (start or stop) happens k / rate seconds later, the
 * first at once, as Locust spawns; `rate` Infinity changes everything at once. Users above the
 * target are stopped newest first and gracefully (they finish their current task), as Locust does
 * when a shape lowers the count. A plain run is one `setTarget(users, spawnRate)`; stages,
 * profiles and custom shapes call it again whenever their target changes (shape.ts).
 */
import type { Clock } from './clock.ts'
import { classForUser } from './distribution.ts'
import type { Recorder, RunOptions, UserClass } from './types.ts'
import { VirtualUser, type UserDeps } from './user.ts'

/** setTimeout's longest delay; an idle pool waits this long between wake-ups. */
const FOREVER_MS = 2 ** 30

export interface PoolOptions {
  classes: UserClass[]
  /** Class index per spawn index (weightedCycle of the class weights). */
  cycle: number[]
  deps: UserDeps
  recorder: Recorder
  clock: Clock
  shard?: RunOptions['shard']
}

export class UserPool {
  /** Every user started (stopping ones too), for the graceful stop at the end. */
  readonly live: VirtualUser[] = []
  /** Users whose loop has not finished (what the history's user count shows). */
  running = 0
  private readonly o: PoolOptions
  /** Users not asked to stop, oldest first. */
  private readonly active: VirtualUser[] = []
  private spawned = 0
  private target = 0
  private rate = Infinity
  /** Active count and clock time when the target was last set: the schedule counts from there. */
  private from = 0
  private since = 0
  private interrupt = new AbortController()
  private halted = false
  private readonly loop: Promise<void>

  constructor(o: PoolOptions) {
    this.o = o
    this.loop = this.run()
  }

  /** Moves toward `users` at `rate` users/s (Infinity or ≤ 0: at once); no-op when nothing changed. */
  setTarget(users: number, rate: number): void {
    const r = rate > 0 ? rate : Infinity
    if (users === this.target && r === this.rate) return
    this.target = Math.max(0, Math.floor(users))
    this.rate = r
    this.from = this.active.length
    this.since = this.o.clock.now()
    this.interrupt.abort()
  }

  /** Stops changing the user count (users keep running until stopped); resolves when the loop has ended. */
  async halt(): Promise<void> {
    this.halted = true
    this.interrupt.abort()
    await this.loop
  }

  private async run(): Promise<void> {
    const { clock } = this.o
    while (!this.halted) {
      const signal = this.interrupt.signal
      let wait = FOREVER_MS
      if (this.active.length !== this.target) {
        const total = Math.abs(this.target - this.from)
        // The epsilon keeps a wake-up at exactly k / rate from rounding down to k - 1.
        const elapsed = (clock.now() - this.since) / 1000
        const due = this.rate === Infinity ? total : Math.min(total, Math.floor(elapsed * this.rate + 1e-9) + 1)
        const want = this.target > this.from ? this.from + due : this.from - due
        while (this.active.length < want) this.spawnOne()
        while (this.active.length > want) this.active.pop()?.stop()
        if (due < total) wait = Math.max(1, this.since + (due / this.rate) * 1000 - clock.now())
      }
      await clock.sleep(wait, signal)
      if (signal.aborted) this.interrupt = new AbortController()
    }
  }

  private spawnOne(): void {
    const { shard, classes, cycle, deps, recorder } = this.o
    // Global spawn index, so shards together reproduce the unsharded class mix.
    const index = shard ? this.spawned * shard.total + shard.index : this.spawned
    this.spawned++
    const cls = classes[classForUser(cycle, index)]
    if (!cls) return
    const u = new VirtualUser(cls, index, deps)
    this.live.push(u)
    this.active.push(u)
    recorder.setUserCount(++this.running)
    u.start()
    void u.done.then(() => recorder.setUserCount(--this.running))
  }
}
