import { test } from 'node:test'
import assert from 'node:assert/strict'
import * as hdr from 'hdr-histogram-js'
import { buildTimeline } from '../../../../src/report/html/timeline.ts'
import { makeResult, newHistogram, START } from './fixture.ts'

test('a short history keeps one point per second with its rates and percentiles', () => {
  const r = makeResult({ seconds: 30, users: 4, spawnRate: 1 })
  const t = buildTimeline(r.history, r.meta.startTime)
  assert.equal(t.step, 1)
  assert.equal(t.t.length, 30)
  assert.deepEqual(t.t.slice(0, 3), [0, 1, 2])
  assert.deepEqual(t.users.slice(0, 5), [1, 2, 3, 4, 4])
  assert.equal(t.rps[10], r.history[10]?.total.requests)
  assert.equal(t.rpsMax[10], t.rps[10])
  const p50 = t.p50[10] as number
  const p95 = t.p95[10] as number
  assert.ok(p50 > 0 && p95 > p50, `${p50} < ${p95}`)
})

test('hours of history are bucketed to at most maxPoints, keeping averages and maxima', () => {
  const r = makeResult({ seconds: 2 * 3600, users: 50, spawnRate: 50, endpoints: [{ type: 'GET', name: '/', ms: 20 }], pool: 4 })
  // One spike second: 10× the requests, all of them slow.
  const spike = newHistogram()
  spike.recordValueWithCount(900_000, 2500)
  const at = r.history[5000]!
  at.total = { requests: 2500, failures: 40, histogram: hdr.encodeIntoCompressedBase64(spike) }
  const t = buildTimeline(r.history, r.meta.startTime, 300)
  assert.ok(t.t.length <= 300, `${t.t.length} points`)
  assert.equal(t.step, 24)
  const i = Math.floor(5000 / 24)
  assert.equal(t.t[i], i * 24)
  assert.equal(t.rpsMax[i], 2500)
  assert.equal(t.fpsMax[i], 40)
  assert.ok((t.rps[i] as number) > 250 && (t.rps[i] as number) < 2500, `avg ${t.rps[i]}`)
  assert.ok(Math.abs((t.p95Max[i] as number) - 900) < 1, `p95Max ${t.p95Max[i]}`)
  // The bucket's own p95 is over all its requests: the spike dominates it too.
  assert.ok((t.p95[i] as number) > 800)
  assert.ok((t.p95[i + 2] as number) < 100)
})

test('an empty history gives an empty timeline; seconds without requests have no percentiles', () => {
  assert.deepEqual(buildTimeline([], START).t, [])
  const t = buildTimeline([{ time: START + 3, userCount: 2, total: { requests: 0, failures: 0, histogram: '' } }], START)
  assert.deepEqual(t.t, [3])
  assert.deepEqual(t.p95, [null])
  assert.deepEqual(t.rps, [0])
})
