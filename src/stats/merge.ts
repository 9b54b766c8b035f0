/**
 * Exact merge of several results (shards of one run, or workers): histograms are added bucket by
 * bucket, counts and sums added, min/max and time bounds combined, failures and exceptions summed
 * by key, history aligned by epoch second. Pure: inputs are not modified.
 */
import { LoadActionError } from '../errors.ts'
import { addHistogram, decodeHistogram, encodeHistogram } from './histogram.ts'
import { compareEntries } from './summary.ts'
import type {
  CustomMetricData,
  ExceptionData,
  FailureData,
  HistoryCell,
  HistorySecond,
  RunMeta,
  RunResult,
  StatsEntryData,
} from './types.ts'

function addEncoded(a: string, b: string): string {
  if (!a) return b
  if (!b) return a
  return encodeHistogram(addHistogram(decodeHistogram(a), decodeHistogram(b)))
}

function minNullable(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a === null || a === undefined) return b ?? null
  if (b === null || b === undefined) return a
  return Math.min(a, b)
}

/** Two entries of the same (type, name) → one. */
export function mergeEntry(a: StatsEntryData, b: StatsEntryData): StatsEntryData {
  const last = a.lastRequestTimestamp === null ? b.lastRequestTimestamp : Math.max(a.lastRequestTimestamp, b.lastRequestTimestamp ?? -Infinity)
  return {
    type: a.type,
    name: a.name,
    numRequests: a.numRequests + b.numRequests,
    numFailures: a.numFailures + b.numFailures,
    totalResponseTime: a.totalResponseTime + b.totalResponseTime,
    minResponseTime: minNullable(a.minResponseTime, b.minResponseTime),
    maxResponseTime: Math.max(a.maxResponseTime, b.maxResponseTime),
    totalContentLength: a.totalContentLength + b.totalContentLength,
    startTime: Math.min(a.startTime, b.startTime),
    lastRequestTimestamp: last,
    histogram: addEncoded(a.histogram, b.histogram),
  }
}

/** Two history cells of the same second → one. */
export function mergeCell(a: HistoryCell, b: HistoryCell): HistoryCell {
  const out: HistoryCell = {
    requests: a.requests + b.requests,
    failures: a.failures + b.failures,
    histogram: addEncoded(a.histogram, b.histogram),
  }
  if (a.totalResponseTime !== undefined || b.totalResponseTime !== undefined) {
    out.totalResponseTime = (a.totalResponseTime ?? 0) + (b.totalResponseTime ?? 0)
    out.totalContentLength = (a.totalContentLength ?? 0) + (b.totalContentLength ?? 0)
    out.minResponseTime = minNullable(a.minResponseTime, b.minResponseTime)
    out.maxResponseTime = Math.max(a.maxResponseTime ?? 0, b.maxResponseTime ?? 0)
  }
  return out
}

/** Two seconds with the same `time` → one (user counts add up: shards run disjoint users). */
export function mergeSecond(a: HistorySecond, b: HistorySecond): HistorySecond {
  const out: HistorySecond = { time: a.time, userCount: a.userCount + b.userCount, total: mergeCell(a.total, b.total) }
  if (a.entries || b.entries) {
    const entries: Record<string, HistoryCell> = { ...a.entries }
    for (const [k, c] of Object.entries(b.entries ?? {})) entries[k] = entries[k] ? mergeCell(entries[k], c) : c
    out.entries = entries
  }
  return out
}

function mergeMeta(metas: RunMeta[]): RunMeta {
  const first = metas[0]!
  const meta: RunMeta = {
    ...first,
    users: metas.reduce((s, m) => s + m.users, 0),
    spawnRate: metas.reduce((s, m) => s + m.spawnRate, 0),
    startTime: Math.min(...metas.map((m) => m.startTime)),
    endTime: Math.max(...metas.map((m) => m.endTime)),
    workers: metas.reduce((s, m) => s + (m.workers ?? 1), 0),
  }
  delete meta.shard
  if (metas.some((m) => m.interrupted)) meta.interrupted = true
  const dropped = metas.reduce((s, m) => s + (m.droppedIterations ?? 0), 0)
  if (dropped > 0 || first.droppedIterations !== undefined) meta.droppedIterations = dropped
  return meta
}

function mergeMetrics(lists: CustomMetricData[][]): CustomMetricData[] | undefined {
  const byKey = new Map<string, CustomMetricData>()
  for (const list of lists) {
    for (const m of list) {
      const key = `${m.kind}\u0000${m.name}`
      const prev = byKey.get(key)
      if (!prev) {
        byKey.set(key, { ...m })
        continue
      }
      const count = (prev.count ?? 0) + (m.count ?? 0)
      if (m.kind === 'counter') prev.value += m.value
      else if (m.kind === 'rate') {
        prev.passes = (prev.passes ?? 0) + (m.passes ?? 0)
        prev.value = count === 0 ? 0 : prev.passes / count
      } else if (m.kind === 'trend') {
        prev.value = count === 0 ? 0 : (prev.value * (prev.count ?? 0) + m.value * (m.count ?? 0)) / count
        if (prev.histogram !== undefined || m.histogram !== undefined) prev.histogram = addEncoded(prev.histogram ?? '', m.histogram ?? '')
      } else prev.value = m.value // gauge: the last shard's last value
      prev.count = count
    }
  }
  return byKey.size === 0 ? undefined : [...byKey.values()]
}

/** Merge results exactly. Throws LoadActionError('USAGE') for an empty list. */
export function mergeResults(results: RunResult[]): RunResult {
  if (results.length === 0) throw new LoadActionError('USAGE', 'merge: need at least one results file')
  const entries = new Map<string, StatsEntryData>()
  const failures = new Map<string, FailureData>()
  const exceptions = new Map<string, ExceptionData>()
  const seconds = new Map<number, HistorySecond>()
  let total: StatsEntryData | null = null
  for (const r of results) {
    for (const e of r.entries) {
      const k = `${e.type}\u0000${e.name}`
      const prev = entries.get(k)
      entries.set(k, prev ? mergeEntry(prev, e) : { ...e })
    }
    total = total ? mergeEntry(total, r.total) : { ...r.total }
    for (const f of r.failures) {
      const k = `${f.method}\u0000${f.name}\u0000${f.error}`
      const p = failures.get(k)
      if (!p) failures.set(k, { ...f })
      else {
        p.occurrences += f.occurrences
        p.firstSeen = Math.min(p.firstSeen, f.firstSeen)
        p.lastSeen = Math.max(p.lastSeen, f.lastSeen)
      }
    }
    for (const x of r.exceptions) {
      const k = `${x.msg}\u0000${x.traceback}`
      const p = exceptions.get(k)
      if (!p) exceptions.set(k, { ...x })
      else {
        p.count += x.count
        const nodes = new Set([...p.nodes.split(', '), ...x.nodes.split(', ')].filter(Boolean))
        p.nodes = [...nodes].join(', ')
      }
    }
    for (const s of r.history) {
      const p = seconds.get(s.time)
      seconds.set(s.time, p ? mergeSecond(p, s) : s)
    }
  }
  const out: RunResult = {
    formatVersion: 1,
    meta: mergeMeta(results.map((r) => r.meta)),
    entries: [...entries.values()].sort(compareEntries),
    total: total!,
    // First-seen order, as one recorder lists them (a stable sort keeps ties in input order).
    failures: [...failures.values()].sort((a, b) => a.firstSeen - b.firstSeen),
    exceptions: [...exceptions.values()],
    history: [...seconds.values()].sort((a, b) => a.time - b.time),
  }
  const metrics = mergeMetrics(results.map((r) => r.metrics ?? []))
  if (metrics) out.metrics = metrics
  return out
}
