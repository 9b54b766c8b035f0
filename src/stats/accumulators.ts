/**
 * Mutable accumulator behind StatsRecorder, one per (Type, Name) and one for Aggregated.
 *
 * Per sample an entry updates a few numbers and records into *one* histogram: the one of the
 * current second (`sec`). When the second closes, `sec` is added into the whole-run histogram and
 * into the Aggregated second, so the per-sample cost is one histogram increment however many views
 * (entry, Aggregated, history) need the sample; the per-second cost is a few passes over the
 * counts arrays of the entries that were active in that second.
 */
import { addHistogram, encodeHistogram, newHistogram, recordMs } from './histogram.ts'
import type { Hist } from './histogram.ts'
import type { HistoryCell, StatsEntryData } from './types.ts'

export class Acc {
  readonly type: string
  readonly name: string
  /** Whole run, up to the last closed second. */
  readonly hist: Hist = newHistogram()
  /** The current second (entries only; Aggregated builds its second from its entries'). */
  readonly sec: Hist
  numRequests = 0
  numFailures = 0
  totalResponseTime = 0
  minResponseTime: number | null = null
  maxResponseTime = 0
  totalContentLength = 0
  lastRequestTimestamp: number | null = null
  // The current second's numbers.
  secRequests = 0
  secFailures = 0
  secResponseTime = 0
  secContentLength = 0
  secMin: number | null = null
  secMax = 0

  constructor(type: string, name: string, withSecond = true) {
    this.type = type
    this.name = name
    this.sec = withSecond ? newHistogram() : this.hist
  }

  /** Count one sample (numbers only). Returns true for the first sample of the current second. */
  count(ms: number, bytes: number, failed: boolean, t: number): boolean {
    this.numRequests++
    this.totalResponseTime += ms
    this.totalContentLength += bytes
    if (this.minResponseTime === null || ms < this.minResponseTime) this.minResponseTime = ms
    if (ms > this.maxResponseTime) this.maxResponseTime = ms
    this.lastRequestTimestamp = t
    this.secResponseTime += ms
    this.secContentLength += bytes
    if (this.secMin === null || ms < this.secMin) this.secMin = ms
    if (ms > this.secMax) this.secMax = ms
    if (failed) {
      this.numFailures++
      this.secFailures++
    }
    return ++this.secRequests === 1
  }

  /** Count one sample and record it into this second's histogram. */
  add(ms: number, bytes: number, failed: boolean, t: number): boolean {
    recordMs(this.sec, ms)
    return this.count(ms, bytes, failed, t)
  }

  /** This second as a history cell; `hist` is the second's histogram (default: this entry's own). */
  cell(hist: Hist = this.sec): HistoryCell {
    if (this.secRequests === 0) return { requests: 0, failures: 0, histogram: '' }
    return {
      requests: this.secRequests,
      failures: this.secFailures,
      histogram: encodeHistogram(hist),
      totalResponseTime: this.secResponseTime,
      totalContentLength: this.secContentLength,
      minResponseTime: this.secMin,
      maxResponseTime: this.secMax,
    }
  }

  /** Close the current second: fold `secHist` (default: own) into the whole run and reset. */
  closeSecond(secHist: Hist = this.sec): void {
    addHistogram(this.hist, secHist)
    if (this.sec !== this.hist) this.sec.reset()
    this.secRequests = 0
    this.secFailures = 0
    this.secResponseTime = 0
    this.secContentLength = 0
    this.secMin = null
    this.secMax = 0
  }

  /** Snapshot as results data, including the open second (`open`: its histogram, if not `sec`). */
  data(startTime: number, open: Hist | null = this.sec === this.hist ? null : this.sec): StatsEntryData {
    let h = this.hist
    if (open && open.totalCount > 0) h = addHistogram(addHistogram(newHistogram(), this.hist), open)
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
      histogram: encodeHistogram(h),
    }
  }
}
