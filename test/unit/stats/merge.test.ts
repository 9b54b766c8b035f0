import { test } from 'node:test'
import assert from 'node:assert/strict'
import { StatsRecorder } from '../../../src/stats/recorder.ts'
import { mergeResults } from '../../../src/stats/merge.ts'
import { statsRows } from '../../../src/stats/summary.ts'
import { decodeHistogram, forEachBucket } from '../../../src/stats/histogram.ts'
import type { RunMeta, RunResult } from '../../../src/stats/types.ts'
import { LoadActionError } from '../../../src/errors.ts'

const meta = (users: number): RunMeta => ({
  scenario: 's', host: 'h', users, spawnRate: 1, runTime: 10, startTime: 100, endTime: 110, tool: 't', version: '0',
})

function buckets(encoded: string): string {
  const out: string[] = []
  forEachBucket(decodeHistogram(encoded), (ms, c) => out.push(`${ms}:${c}`))
  return out.join(',')
}

/** A deterministic pseudo-random sequence split across `parts` recorders sharing one clock. */
function run(parts: number): RunResult[] {
  let clock = 100_000
  const recs = Array.from({ length: parts }, () => new StatsRecorder({ fullHistory: true, now: () => clock }))
  let seed = 42
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
  for (let i = 0; i < 3000; i++) {
    clock += Math.floor(rnd() * 7)
    const r = recs[i % parts]!
    if (i % 500 === 0) r.setUserCount(i / 500)
    const name = ['/a', '/b', '/c, "q"'][i % 3]!
    r.request(i % 5 ? 'GET' : 'POST', name, rnd() * rnd() * 2000, Math.floor(rnd() * 1000), i % 11 === 0 ? `HTTPError('${i % 3}')` : null)
    if (i % 700 === 0) r.exception('boom', `tb${i % 2}`)
  }
  return recs.map((r, i) => r.result(meta(i + 1)))
}

test('merging two halves equals recording the whole', () => {
  const [whole] = run(1)
  const merged = mergeResults(run(2))
  // Float sums depend on addition order: compare averages to 1e-9, everything else exactly.
  const rows = (r: RunResult) => statsRows(r).map((x) => ({ ...x, averageResponseTime: x.averageResponseTime.toFixed(9) }))
  assert.deepEqual(rows(merged), rows(whole!))
  assert.deepEqual(merged.entries.map((e) => buckets(e.histogram)), whole!.entries.map((e) => buckets(e.histogram)))
  assert.equal(buckets(merged.total.histogram), buckets(whole!.total.histogram))
  for (const k of ['numRequests', 'numFailures', 'minResponseTime', 'maxResponseTime', 'totalContentLength', 'lastRequestTimestamp'] as const) {
    assert.equal(merged.total[k], whole!.total[k], k)
  }
  assert.ok(Math.abs(merged.total.totalResponseTime - whole!.total.totalResponseTime) < 1e-6)
  const sortF = (r: RunResult) => [...r.failures].sort((a, b) => (a.method + a.name + a.error < b.method + b.name + b.error ? -1 : 1))
  assert.deepEqual(sortF(merged), sortF(whole!))
  assert.deepEqual(merged.exceptions.map((x) => [x.msg, x.traceback, x.count]), whole!.exceptions.map((x) => [x.msg, x.traceback, x.count]))
  assert.deepEqual(merged.history.map((s) => s.time), whole!.history.map((s) => s.time))
  assert.deepEqual(merged.history.map((s) => [s.total.requests, s.total.failures, buckets(s.total.histogram)]),
    whole!.history.map((s) => [s.total.requests, s.total.failures, buckets(s.total.histogram)]))
  const h = merged.history[5]!
  assert.deepEqual(Object.keys(h.entries!).sort(), Object.keys(whole!.history[5]!.entries!).sort())
  assert.equal(merged.meta.users, 3)
  assert.equal(merged.meta.workers, 2)
})

test('merge of one result is that result, and an empty list is a usage error', () => {
  const [one] = run(1)
  assert.deepEqual(statsRows(mergeResults([one!])), statsRows(one!))
  assert.equal(statsRows(one!).length, 7)
  assert.throws(() => mergeResults([]), (e: unknown) => e instanceof LoadActionError && e.code === 'USAGE')
})

test('merge does not modify its inputs', () => {
  const parts = run(2)
  const before = JSON.stringify(parts)
  mergeResults(parts)
  assert.equal(JSON.stringify(parts), before)
})
