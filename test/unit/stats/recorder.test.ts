import { test } from 'node:test'
import assert from 'node:assert/strict'
import { StatsRecorder } from '../../../src/stats/recorder.ts'
import { decodeHistogram } from '../../../src/stats/histogram.ts'
import type { RunMeta } from '../../../src/stats/types.ts'

const meta: RunMeta = { scenario: 's', host: 'h', users: 1, spawnRate: 1, runTime: 1, startTime: 0, endTime: 1, tool: 't', version: '0' }

test('entries per (Type, Name), Aggregated totals, sorted by (name, type)', () => {
  let clock = 1_000_000
  const rec = new StatsRecorder({ now: () => clock })
  rec.request('POST', '/b', 10, 100, null)
  rec.request('GET', '/b', 20, 50, null)
  rec.request('GET', '/a', 30, 0, "HTTPError('500 Server Error')")
  clock += 500
  rec.request('GET', '/a', 40, 0, null)
  const r = rec.result(meta)
  assert.deepEqual(r.entries.map((e) => `${e.type} ${e.name}`), ['GET /a', 'GET /b', 'POST /b'])
  const a = r.entries[0]!
  assert.equal(a.numRequests, 2)
  assert.equal(a.numFailures, 1)
  assert.equal(a.totalResponseTime, 70)
  assert.equal(a.minResponseTime, 30)
  assert.equal(a.maxResponseTime, 40)
  assert.equal(a.startTime, 1000)
  assert.equal(a.lastRequestTimestamp, 1000.5)
  assert.equal(r.total.numRequests, 4)
  assert.equal(r.total.totalContentLength, 150)
  assert.equal(r.total.name, 'Aggregated')
  assert.equal(r.total.type, '')
  assert.equal(decodeHistogram(r.total.histogram).totalCount, 4)
})

test('failures grouped by (method, name, error) with first/last seen; exceptions by message and traceback', () => {
  let clock = 5_000
  const rec = new StatsRecorder({ now: () => clock })
  rec.request('GET', '/a', 1, 0, 'E1')
  clock = 7_000
  rec.request('GET', '/a', 1, 0, 'E1')
  rec.request('GET', '/a', 1, 0, 'E2')
  rec.request('PUT', '/a', 1, 0, 'E1')
  rec.exception('boom', 'at x')
  rec.exception('boom', 'at x')
  rec.exception('boom', 'at y')
  const r = rec.result(meta)
  assert.deepEqual(r.failures[0], { method: 'GET', name: '/a', error: 'E1', occurrences: 2, firstSeen: 5, lastSeen: 7 })
  assert.equal(r.failures.length, 3)
  assert.deepEqual(r.exceptions.map((x) => x.count), [2, 1])
  assert.equal(r.exceptions[0]!.nodes, 'local')
})

test('history: one cell per second, gaps filled, user count sampled, full history per entry', () => {
  let clock = 100_000
  const rec = new StatsRecorder({ fullHistory: true, now: () => clock })
  rec.setUserCount(2)
  rec.request('GET', '/a', 5, 10, null)
  rec.request('GET', '/b', 7, 10, 'x')
  clock = 103_200
  rec.setUserCount(3)
  rec.request('GET', '/a', 9, 10, null)
  const h = rec.result(meta).history
  assert.deepEqual(h.map((s) => s.time), [100, 101, 102, 103])
  assert.deepEqual(h.map((s) => s.total.requests), [2, 0, 0, 1])
  assert.deepEqual(h.map((s) => s.userCount), [2, 2, 2, 3])
  assert.equal(h[0]!.total.failures, 1)
  assert.equal(h[0]!.total.minResponseTime, 5)
  assert.equal(h[0]!.total.maxResponseTime, 7)
  assert.deepEqual(Object.keys(h[0]!.entries!), ['GET /a', 'GET /b'])
  assert.equal(h[3]!.entries!['GET /a']!.requests, 1)
  assert.equal(decodeHistogram(h[3]!.total.histogram).totalCount, 1)
  // Calling result() again keeps the partial second and does not lose or double anything.
  clock = 103_500
  rec.request('GET', '/a', 9, 10, null)
  const h2 = rec.result(meta).history
  assert.equal(h2.length, 4)
  assert.equal(h2[3]!.total.requests, 2)
})

test('no per-entry cells without fullHistory', () => {
  const rec = new StatsRecorder({ now: () => 1 })
  rec.request('GET', '/a', 5, 10, null)
  assert.equal(rec.result(meta).history[0]!.entries, undefined)
})

test('snapshot: rps over recent complete seconds, p95', () => {
  let clock = 0
  const rec = new StatsRecorder({ now: () => clock })
  for (let s = 0; s < 3; s++) {
    for (let i = 0; i < 10; i++) rec.request('GET', '/a', i + 1, 0, i === 0 ? 'e' : null)
    clock += 1000
  }
  const snap = rec.snapshot()
  assert.equal(snap.requests, 30)
  assert.equal(snap.failures, 3)
  assert.equal(snap.rps, 10)
  assert.equal(snap.fps, 1)
  assert.equal(snap.elapsed, 3)
  assert.ok(Math.abs(snap.p95! - 10) < 0.02)
})
