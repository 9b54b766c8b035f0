/**
 * Mutable accumulators behind StatsRecorder: a whole-run entry (Acc) and one second of one entry
 * (SecondAcc). Plain fields and one histogram each, so recording a sample allocates nothing.
 */
import { encodeHistogram, newHistogram, recordMs } from './histogram.ts'
import type { Hist } from './histogram.ts'
import type { HistoryCell, StatsEntryData } from './types.ts'

/** Whole-run statistics of one (Type, Name) or of the Aggregated row. */
export class Acc {
  readonly type: string
  readonly name: string
  readonly hist: Hist = newHistogram()
  numRequests = 0
  numFailures = 0
  totalResponseTime = 0
  minResponseTime: number | null = null
  maxResponseTime = 0
  totalContentLength = 0
  lastRequestTimestamp: number | null = null

  constructor(type: string, name: string) {
    this.type = type
    this.name = name
  }

  add(ms: number, bytes: number, failed: boolean, t: number): void {
    this.numRequests++
    if (failed) this.numFailures++
    this.totalResponseTime += ms
    if (this.minResponseTime === null || ms < this.minResponseTime) this.minResponseTime = ms
    if (ms > this.maxResponseTime) this.maxResponseTime = ms
    this.totalContentLength += bytes
    this.lastRequestTimestamp = t
    recordMs(this.hist, ms)
  }

  /** Snapshot as results data; `startTime` is the run start (Locust resets every entry then). */
  data(startTime: number): StatsEntryData {
    return {
      type: this.type,
      name: this.name,
      numRequests: this.numRequests,
      numFailures: this.numFailures,
      totalResponseTime: this.totalResponseTime,
      minResponseTime: this.minResponseTime,
      maxResponseTime: this.maxResponseTime,
      totalContentLength: this.totalContentLength,
      startTime,
      lastRequestTimestamp: this.lastRequestTimestamp,
      histogram: encodeHistogram(this.hist),
    }
  }
}

/** One second of one entry; reset and reused every second. */
export class SecondAcc {
  readonly hist: Hist = newHistogram()
  requests = 0
  failures = 0
  totalResponseTime = 0
  totalContentLength = 0
  min: number | null = null
  max = 0

  add(ms: number, bytes: number, failed: boolean): void {
    this.requests++
    if (failed) this.failures++
    this.totalResponseTime += ms
    this.totalContentLength += bytes
    if (this.min === null || ms < this.min) this.min = ms
    if (ms > this.max) this.max = ms
    recordMs(this.hist, ms)
  }

  cell(): HistoryCell {
    if (this.requests === 0) return { requests: 0, failures: 0, histogram: '' }
    return {
      requests: this.requests,
      failures: this.failures,
      histogram: encodeHistogram(this.hist),
      totalResponseTime: this.totalResponseTime,
      totalContentLength: this.totalContentLength,
      minResponseTime: this.min,
      maxResponseTime: this.max,
    }
  }

  reset(): void {
    if (this.requests === 0) return
    this.requests = 0
    this.failures = 0
    this.totalResponseTime = 0
    this.totalContentLength = 0
    this.min = null
    this.max = 0
    this.hist.reset()
  }
}
