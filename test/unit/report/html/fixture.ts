/**
 * Builds RunResult objects for report tests: deterministic, with real encoded HDR histograms (µs),
 * a ramp, per-second history, failures and exceptions. `pool` reuses a few encoded per-second
 * histograms so that hours of history build in well under a second.
 */
import * as hdr from 'hdr-histogram-js'
import type { Histogram } from 'hdr-histogram-js'
import type { FailureData, HistorySecond, RunResult, StatsEntryData } from '../../../../src/stats/types.ts'

export interface FixtureEndpoint {
  type: string
  name: string
  /** Typical response time in ms. */
  ms: number
  /** Share of requests that fail, 0–1. */
  failRate?: number
  error?: string
}

export interface FixtureOptions {
  scenario?: string
  seconds?: number
  users?: number
  spawnRate?: number
  endpoints?: FixtureEndpoint[]
  /** Requests per user per second across all endpoints (at full speed). */
  rpsPerUser?: number
  /** Latency multiplier for second `s` (e.g. degradation over the run). */
  slowdown?: (s: number) => number
  /** Throughput multiplier for second `s` (e.g. saturation). */
  throughput?: (s: number, users: number) => number
  /** Reuse this many encoded per-second histograms instead of encoding one per second. */
  pool?: number
  start?: number
}

export const START = 1_700_000_000

export const newHistogram = (): Histogram =>
  hdr.build({ useWebAssembly: false, lowestDiscernibleValue: 1, highestTrackableValue: 3_600_000_000, numberOfSignificantValueDigits: 3 })

/** Records `count` requests around `ms`: a spread with a tail, like real response times. */
function record(h: Histogram, ms: number, count: number): void {
  if (count <= 0) return
  const shape: [number, number][] = [[0.6, 0.3], [0.9, 0.3], [1.1, 0.25], [1.6, 0.1], [3, 0.04], [6, 0.01]]
  // Cumulative rounding: small counts land in the body of the distribution, not all in the tail.
  let cum = 0
  for (const [f, share] of shape) {
    const n = Math.round((cum + share) * count) - Math.round(cum * count)
    cum += share
    if (n > 0) h.recordValueWithCount(Math.max(1, Math.round(ms * f * 1000)), n)
  }
}

const encode = (h: Histogram): string => hdr.encodeIntoCompressedBase64(h)

export function makeResult(o: FixtureOptions = {}): RunResult {
  const start = o.start ?? START
  const seconds = o.seconds ?? 60
  const users = o.users ?? 10
  const spawnRate = o.spawnRate ?? 2
  const endpoints = o.endpoints ?? [
    { type: 'GET', name: '/health', ms: 4 },
    { type: 'GET', name: '/items', ms: 30 },
    { type: 'POST', name: '/items', ms: 60, failRate: 0.02, error: "HTTPError('500 Server Error: Internal Server Error for url: /items')" },
  ]
  const perUser = o.rpsPerUser ?? 5
  const ent = endpoints.map((e) => ({ e, h: newHistogram(), n: 0, f: 0, sum: 0 }))
  const history: HistorySecond[] = []
  const pool: string[] = []
  for (let s = 0; s < seconds; s++) {
    const u = Math.min(users, Math.ceil(spawnRate * (s + 1)))
    const slow = o.slowdown?.(s) ?? 1
    const total = Math.max(1, Math.round(u * perUser * (o.throughput?.(s, u) ?? 1)))
    const sec = o.pool && pool.length >= o.pool ? null : newHistogram()
    let fails = 0
    ent.forEach((x, i) => {
      const n = Math.floor(total / ent.length) + (i < total % ent.length ? 1 : 0)
      // Carry fractions so that small failure rates still produce failures over a run.
      const f = Math.floor((x.n + n) * (x.e.failRate ?? 0)) - x.f
      if (!o.pool) record(x.h, x.e.ms * slow, n)
      if (sec) record(sec, x.e.ms * slow, n)
      x.n += n
      x.f += f
      x.sum += n * x.e.ms * slow * 1.05
      fails += f
    })
    let encoded: string
    if (sec) {
      encoded = encode(sec)
      if (o.pool) pool.push(encoded)
    } else encoded = pool[s % pool.length] as string
    history.push({ time: start + s, userCount: u, total: { requests: total, failures: fails, histogram: encoded } })
  }
  if (o.pool) for (const x of ent) record(x.h, x.e.ms, x.n)
  const entries: StatsEntryData[] = ent.map((x) => ({
    type: x.e.type,
    name: x.e.name,
    numRequests: x.n,
    numFailures: x.f,
    totalResponseTime: x.sum,
    minResponseTime: x.n ? x.e.ms * 0.6 : null,
    maxResponseTime: x.n ? x.e.ms * 6 : 0,
    totalContentLength: x.n * 512,
    startTime: start,
    lastRequestTimestamp: start + seconds,
    histogram: encode(x.h),
  }))
  entries.sort((a, b) => (a.name === b.name ? (a.type < b.type ? -1 : 1) : a.name < b.name ? -1 : 1))
  const th = newHistogram()
  for (const x of ent) th.add(x.h)
  const failures: FailureData[] = ent
    .filter((x) => x.f > 0)
    .map((x) => ({ method: x.e.type, name: x.e.name, error: x.e.error ?? 'ConnectionRefusedError', occurrences: x.f, firstSeen: start + 1, lastSeen: start + seconds - 1 }))
  const n = ent.reduce((a, x) => a + x.n, 0)
  return {
    formatVersion: 1,
    meta: {
      scenario: o.scenario ?? 'checkout-api',
      host: 'http://127.0.0.1:8080',
      users,
      spawnRate,
      runTime: seconds,
      startTime: start,
      endTime: start + seconds,
      commit: '0123456789abcdef0123456789abcdef01234567',
      ref: 'refs/pull/42/merge',
      tool: 'load-action',
      version: '0.1.0',
    },
    entries,
    total: {
      type: '',
      name: 'Aggregated',
      numRequests: n,
      numFailures: ent.reduce((a, x) => a + x.f, 0),
      totalResponseTime: ent.reduce((a, x) => a + x.sum, 0),
      minResponseTime: Math.min(...endpoints.map((e) => e.ms * 0.6)),
      maxResponseTime: Math.max(...endpoints.map((e) => e.ms * 6)),
      totalContentLength: n * 512,
      startTime: start,
      lastRequestTimestamp: start + seconds,
      histogram: encode(th),
    },
    failures,
    exceptions: [],
    history,
  }
}
