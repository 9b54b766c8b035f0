/**
 * The 2-shard contract: the same fixed samples recorded by two shard recorders and merged give the
 * same results as one recorder that saw them all: results JSON equal apart from `meta` (the
 * documented difference: users/spawn rate per leg, `workers`, no `shard`), and every Locust CSV
 * byte for byte. Response times are multiples of 1/8 ms so float sums do not depend on order.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { StatsRecorder } from '../../../src/stats/recorder.ts'
import { mergeResults } from '../../../src/stats/merge.ts'
import { locustCsvFiles } from '../../../src/report/locust-csv.ts'
import { decodeHistogram } from '../../../src/stats/histogram.ts'
import type { RunMeta, RunResult } from '../../../src/stats/types.ts'

interface Sample {
  atMs: number
  type: string
  name: string
  ms: number
  bytes: number
  error: string | null
}

/** 6000 samples over ~40 s: three endpoints, failures, one idle gap, slow outliers. */
function samples(): Sample[] {
  let seed = 7
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const out: Sample[] = []
  let at = 1_700_000_000_000
  for (let i = 0; i < 6000; i++) {
    at += Math.floor(rnd() * 12) + (i === 3000 ? 4000 : 0)
    const ms = Math.round(rnd() * rnd() * (i % 97 === 0 ? 30_000 : 400) * 8) / 8
    const name = ['/cart', '/items/[id]', '/login, "x"'][i % 3]!
    out.push({ atMs: at, type: i % 4 ? 'GET' : 'POST', name, ms, bytes: Math.floor(rnd() * 5000), error: i % 13 === 0 ? `HTTPError('500 Server Error: x for url: ${name}')` : null })
  }
  return out
}

const meta = (users: number, shard?: { index: number; total: number }): RunMeta => ({
  scenario: 's', host: 'http://h', users, spawnRate: users, runTime: 40, startTime: 0, endTime: 0, tool: 'load-action', version: '0', ...(shard ? { shard } : {}),
})

/** Records `all` into `parts` recorders (sample i to recorder i mod parts) sharing one clock. */
function record(all: Sample[], parts: number, fullHistory: boolean): RunResult[] {
  let now = all[0]!.atMs - 500
  const recs = Array.from({ length: parts }, () => new StatsRecorder({ fullHistory, now: () => now }))
  all.forEach((s, i) => {
    now = s.atMs
    // Users ramp 1 per 500 samples, spread over the shards as --shard spreads them.
    if (i % 500 === 0) recs.forEach((r, k) => r.setUserCount(Math.floor((i / 500 + 1 + (parts - 1 - k)) / parts)))
    recs[i % parts]!.request(s.type, s.name, s.ms, s.bytes, s.error)
    if (i % 1000 === 0 || i % 1000 === 501) recs[i % parts]!.exception('ValueError: boom', `Traceback\n  line ${i % 1000}`)
  })
  now += 300
  return recs.map((r, k) => r.result(meta(parts === 1 ? 12 : 6, parts === 1 ? undefined : { index: k, total: parts })))
}

for (const fullHistory of [false, true]) {
  test(`2 shards merged = one run on the same samples: JSON apart from meta, CSVs byte for byte${fullHistory ? " (full history)" : ""}`, () => {
    const all = samples()
    const [whole] = record(all, 1, fullHistory)
    const merged = mergeResults(record(all, 2, fullHistory))
    // Exceptions carry no time: merged, they are listed in shard order (compared as a set); the
    // per-second `entries` maps (full history) are compared by key, not key order.
    const sorted = (o: object | undefined) => o && Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)))
    const body = (r: RunResult) => JSON.stringify({ ...r, meta: undefined, exceptions: undefined, history: r.history.map((s) => ({ ...s, entries: sorted(s.entries) })) })
    assert.equal(body(merged), body(whole!))
    const set = (r: RunResult) => r.exceptions.map((x) => JSON.stringify(x)).sort()
    assert.deepEqual(set(merged), set(whole!))
    const a = locustCsvFiles(merged, { fullHistory })
    const b = locustCsvFiles(whole!, { fullHistory })
    for (const k of ['stats', 'history', 'failures', 'exceptions'] as const) assert.equal(a[k], b[k], `${k}.csv`)
    // The documented meta differences, and nothing else.
    assert.equal(merged.meta.users, 12)
    assert.equal(merged.meta.workers, 2)
    assert.equal(merged.meta.shard, undefined)
  })
}

test('merged percentiles are those of the union of samples; merged rps is the sum per aligned second', () => {
  const all = samples()
  const shards = record(all, 2, false)
  const merged = mergeResults(shards)
  const union = decodeHistogram(merged.total.histogram)
  const direct = decodeHistogram(record(all, 1, false)[0]!.total.histogram)
  for (const p of [50, 90, 95, 99, 99.9, 100]) assert.equal(union.getValueAtPercentile(p), direct.getValueAtPercentile(p), `p${p}`)
  assert.equal(union.totalCount, all.length)
  // Per second: requests of the two shards added, seconds aligned by epoch second.
  const perSecond = new Map<number, number>()
  for (const s of all) perSecond.set(Math.floor(s.atMs / 1000), (perSecond.get(Math.floor(s.atMs / 1000)) ?? 0) + 1)
  for (const sec of merged.history) assert.equal(sec.total.requests, perSecond.get(sec.time) ?? 0, `second ${sec.time}`)
  const shardSum = (t: number) => shards.reduce((n, r) => n + (r.history.find((s) => s.time === t)?.total.requests ?? 0), 0)
  for (const sec of merged.history) assert.equal(sec.total.requests, shardSum(sec.time))
})
