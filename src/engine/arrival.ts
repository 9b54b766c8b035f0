/**
 * The open model (k6's arrival-rate executors): iterations start on schedule (arrival-schedule.ts)
 * whether or not earlier ones finished. Each goes to a free user of the pool; with none free a new
 * user is started while the pool is below `maxUsers`, else the iteration is dropped and counted
 * (never silently skipped). Each iteration carries its intended start: the protocol measures the
 * first request from it, so time lost waiting for a user or for the generator itself shows in the
 * percentiles. Users in the open model run one task per iteration and ignore `wait`.
 */
import { arrivalOffsets, scheduleDuration } from './arrival-schedule.ts'
import type { PoolOptions } from './pool.ts'
import { classForUser } from './distribution.ts'
import type { LoadSpec } from './types.ts'
import { VirtualUser, type IterationSource } from './user.ts'

type ArrivalSpec = NonNullable<LoadSpec['arrivalRate']>

/** One user's mailbox: the pool assigns intended starts, the user takes them when free. */
class Slot implements IterationSource {
  private waiter: ((at: number | null) => void) | null = null
  private pending: number | null = null
  private closed = false
  private readonly onFree: (s: Slot) => void
  constructor(onFree: (s: Slot) => void) {
    this.onFree = onFree
  }

  next(): Promise<number | null> {
    if (this.pending !== null) {
      const at = this.pending
      this.pending = null
      return Promise.resolve(at)
    }
    if (this.closed) return Promise.resolve(null)
    this.onFree(this)
    return new Promise((r) => (this.waiter = r))
  }

  assign(at: number): void {
    const w = this.waiter
    this.waiter = null
    if (w) w(at)
    else this.pending = at
  }

  close(): void {
    this.closed = true
    const w = this.waiter
    this.waiter = null
    w?.(null)
  }
}

/** The open model's user pool and dispatcher; `run()` follows the schedule, `halt()` releases idle users. */
export class OpenModel {
  readonly live: VirtualUser[] = []
  /** Iterations that found no free user with the pool at its maximum. */
  dropped = 0
  private readonly o: PoolOptions
  private readonly spec: ArrivalSpec
  private readonly slots: Slot[] = []
  private readonly idle: Slot[] = []
  private readonly maxUsers: number
  private readonly share: number

  constructor(spec: ArrivalSpec, o: PoolOptions) {
    this.spec = spec
    this.o = o
    const shard = o.shard
    // Each shard runs its share of the rate and of the pool (remainders to the first shards).
    this.share = shard && shard.total > 1 ? 1 / shard.total : 1
    this.maxUsers = shareOf(spec.maxUsers, shard)
  }

  /** Users busy with an iteration (or starting): what the history's user count shows. */
  get running(): number {
    return this.slots.length - this.idle.length
  }

  /** Dispatches every iteration due until the schedule ends or `signal` aborts. `t0` is the run start (clock ms). */
  async run(t0: number, signal: AbortSignal): Promise<void> {
    const { clock } = this.o
    const pre = Math.min(this.maxUsers, shareOf(this.spec.preAllocated ?? 0, this.o.shard))
    for (let i = 0; i < pre; i++) this.allocate()
    const startRate = this.spec.startRate ?? this.spec.stages[0]?.rate ?? 0
    const stages = this.spec.stages.map((s) => ({ rate: s.rate * this.share, duration: s.duration }))
    for (const offset of arrivalOffsets(stages, startRate * this.share)) {
      const at = t0 + offset * 1000
      // Behind schedule (a busy event loop): dispatch at once; the lag is in the intended start.
      const wait = at - clock.now()
      if (wait > 1) await clock.sleep(wait, signal)
      if (signal.aborted) return
      this.dispatch(at)
    }
    // A schedule may end with a quiet stage (rate 0): the run still lasts its full duration.
    const end = t0 + scheduleDuration(this.spec.stages) * 1000
    if (!signal.aborted && end > clock.now()) await clock.sleep(end - clock.now(), signal)
  }

  /** Ends the users' wait for work (busy users finish their iteration; the caller stops them). */
  halt(): void {
    for (const s of this.slots) s.close()
    this.idle.length = 0
  }

  private dispatch(at: number): void {
    const slot = this.idle.pop() ?? (this.slots.length < this.maxUsers ? this.allocate() : undefined)
    if (!slot) {
      this.dropped++
      return
    }
    slot.assign(at)
    this.o.recorder.setUserCount(this.running)
  }

  private allocate(): Slot {
    const { classes, cycle, deps, recorder, shard } = this.o
    const slot = new Slot((s) => {
      this.idle.push(s)
      recorder.setUserCount(this.running)
    })
    const n = this.slots.length
    const index = shard ? n * shard.total + shard.index : n
    this.slots.push(slot)
    const cls = classes[classForUser(cycle, index)]
    if (!cls) return slot
    const u = new VirtualUser(cls, index, deps)
    this.live.push(u)
    u.start(slot)
    recorder.setUserCount(this.running)
    return slot
  }
}

/** A shard's share of a whole count (remainder to the first shards). */
export function shareOf(n: number, shard: PoolOptions['shard']): number {
  if (!shard || shard.total <= 1) return n
  return Math.floor(n / shard.total) + (shard.index < n % shard.total ? 1 : 0)
}
