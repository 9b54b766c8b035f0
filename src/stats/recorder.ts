/**
 * StatsRecorder: the engine's Recorder. One HDR histogram per (Type, Name) plus Aggregated, failures
 * by (method, name, error), exceptions by (message, traceback), and a per-second history.
 *
 * Hot path: `request()` does two map lookups (type → name → entry, no key string built), a few
 * additions and one histogram increment (the entry's current second; see accumulators.ts). Memory
 * stays flat: no per-sample arrays; the history is one small object per second (encoded
 * histograms, per-entry cells only with fullHistory).
 */
import type { Recorder } from '../engine/types.ts'
import { AGGREGATED } from './types.ts'
import type { ExceptionData, FailureData, HistorySecond, LiveSnapshot, RunMeta, RunResult, StatsEntryData } from './types.ts'
import { Acc } from './accumulators.ts'
import { compareEntries } from './summary.ts'
import { addHistogram, newHistogram, percentileMs } from './histogram.ts'
import { MetricsStore } from './metrics.ts'

export interface StatsRecorderOptions {
  /** Keep a per-entry cell in every history second (for --csv-full-history). */
  fullHistory?: boolean
  /** Clock in epoch ms (injectable for tests). Default Date.now. */
  now?: () => number
  /** The generator's memory, sampled at every tick() (about once a second); default process.memoryUsage. */
  memory?: (() => { rss: number; heapUsed: number }) | null
}


const RECENT = 5

export class StatsRecorder implements Recorder {
  readonly fullHistory: boolean
  readonly startTime: number
  private readonly now: () => number
  private readonly byType = new Map<string, Map<string, Acc>>()
  private readonly total = new Acc('', AGGREGATED, false)
  /** The entry of the last request(). */
  private last: Acc | null = null
  private readonly failures = new Map<string, FailureData>()
  private readonly exceptions = new Map<string, ExceptionData>()
  private readonly history: HistorySecond[] = []
  private userCount = 0
  private readonly sampleMemory: (() => { rss: number; heapUsed: number }) | null
  /** Latest memory sample; written into every history second from then on. */
  private mem: HistorySecond['memory']
  /** The second being filled, the entries active in it, and a scratch histogram for its Aggregated cell. */
  private sec: number
  private active: Acc[] = []
  private readonly secTotal = newHistogram()
  /** Custom metrics of the run (ctx.metrics, plugins' gauges); in result().metrics when used. */
  readonly metrics = new MetricsStore()

  constructor(opts: StatsRecorderOptions = {}) {
    this.fullHistory = opts.fullHistory ?? false
    // performance.now() is cheaper than Date.now() on the hot path (and monotonic within the run).
    // timeOrigin read once: it is a getter, and this runs on every request.
    const origin = performance.timeOrigin
    this.now = opts.now ?? (() => origin + performance.now())
    this.sampleMemory = opts.memory === undefined ? () => process.memoryUsage() : opts.memory
    this.startTime = this.now() / 1000
    this.sec = Math.floor(this.startTime)
  }

  request(type: string, name: string, responseTimeMs: number, contentLength: number, error: string | null): void {
    const t = this.now() / 1000
    this.roll(t)
    // The same entry as last time (a one-task scenario, a step repeated) skips both map lookups.
    let e = this.last
    if (e === null || e.name !== name || e.type !== type) {
      let names = this.byType.get(type)
      if (names === undefined) this.byType.set(type, (names = new Map()))
      let found = names.get(name)
      if (found === undefined) names.set(name, (found = new Acc(type, name)))
      this.last = e = found
    }
    const failed = error !== null
    if (e.add(responseTimeMs, contentLength, failed, t)) this.active.push(e)
    this.total.count(responseTimeMs, contentLength, failed, t)
    if (failed) this.failure(type, name, error, t)
  }

  exception(message: string, traceback: string): void {
    const key = `${message}\u0000${traceback}`
    const x = this.exceptions.get(key)
    if (x) x.count++
    else this.exceptions.set(key, { count: 1, msg: message, traceback, nodes: 'local' })
  }

  setUserCount(n: number): void {
    this.roll(this.now() / 1000)
    this.userCount = n
  }

  /** Close finished seconds without recording anything (the engine may call this every second). */
  tick(): void {
    this.roll(this.now() / 1000)
    if (this.sampleMemory) {
      const { rss, heapUsed } = this.sampleMemory()
      this.mem = { rss, heapUsed }
    }
  }

  /** Live numbers for a progress line (p95 up to the last closed second); cost is independent of the request count. */
  snapshot(): LiveSnapshot {
    const t = this.now() / 1000
    this.roll(t)
    const recent = this.history.slice(-RECENT)
    const span = Math.max(recent.length, 1)
    let r = 0
    let f = 0
    for (const s of recent) {
      r += s.total.requests
      f += s.total.failures
    }
    return {
      elapsed: t - this.startTime,
      users: this.userCount,
      rps: r / span,
      fps: f / span,
      requests: this.total.numRequests,
      failures: this.total.numFailures,
      p95: percentileMs(this.total.hist, 95),
    }
  }

  /** Build the results model (history includes the second in progress); recording may continue after. */
  result(meta: RunMeta): RunResult {
    this.roll(this.now() / 1000)
    const current = this.currentSecond()
    const entries: StatsEntryData[] = []
    for (const names of this.byType.values()) for (const e of names.values()) entries.push(e.data(this.startTime))
    entries.sort(compareEntries)
    const metrics = this.metrics.result()
    return {
      formatVersion: 1,
      meta,
      entries,
      total: this.total.data(this.startTime, this.secTotal),
      failures: [...this.failures.values()].map((f) => ({ ...f })),
      exceptions: [...this.exceptions.values()].map((x) => ({ ...x })),
      history: [...this.history, current],
      ...(metrics.length ? { metrics } : {}),
    }
  }

  private failure(method: string, name: string, error: string, t: number): void {
    const key = `${method}\u0000${name}\u0000${error}`
    const f = this.failures.get(key)
    if (f) {
      f.occurrences++
      f.lastSeen = t
    } else this.failures.set(key, { method, name, error, occurrences: 1, firstSeen: t, lastSeen: t })
  }

  /** Move to the second containing `t`, closing the one in progress and filling gaps with empty seconds. */
  private roll(t: number): void {
    const s = Math.floor(t)
    if (s <= this.sec) return
    this.flushSecond()
    // A jump of more than a day is a clock change, not idle time: don't fill it.
    const gap = s - this.sec - 1
    if (gap > 0 && gap <= 86_400) for (let i = 1; i <= gap; i++) this.history.push(this.emptySecond(this.sec + i))
    this.sec = s
  }

  /** The open second as history (also leaves its Aggregated histogram in secTotal); changes nothing else. */
  private currentSecond(): HistorySecond {
    this.secTotal.reset()
    for (const e of this.active) addHistogram(this.secTotal, e.sec)
    const second: HistorySecond = { time: this.sec, userCount: this.userCount, total: this.total.cell(this.secTotal) }
    if (this.mem) second.memory = this.mem
    if (this.fullHistory) {
      const cells: Record<string, HistorySecond['total']> = {}
      for (const e of this.active) cells[`${e.type} ${e.name}`] = e.cell()
      second.entries = cells
    }
    return second
  }

  private flushSecond(): void {
    this.history.push(this.currentSecond())
    for (const e of this.active) e.closeSecond()
    this.total.closeSecond(this.secTotal)
    this.active = []
  }

  private emptySecond(time: number): HistorySecond {
    const s: HistorySecond = { time, userCount: this.userCount, total: { requests: 0, failures: 0, histogram: '' } }
    if (this.mem) s.memory = this.mem
    if (this.fullHistory) s.entries = {}
    return s
  }
}
