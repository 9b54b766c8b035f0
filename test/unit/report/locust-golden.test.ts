/**
 * Golden test against Locust 2.12.1 itself (test/fixtures/locust/README.md): the same request
 * sequence, at the same times, fed into StatsRecorder must give the same CSV bytes, except the
 * time-dependent cells (Requests/s, Failures/s of the stats file: compared for format and to 0.1 %).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parse } from 'csv-parse/sync'
import { StatsRecorder } from '../../../src/stats/recorder.ts'
import { csvText, locustCsvFiles } from '../../../src/report/locust-csv.ts'
import type { RunMeta } from '../../../src/stats/types.ts'
import { readFixture as read, replay } from './locust-replay.ts'

const PY_FLOAT = /^-?(\d+\.\d+|\d(\.\d+)?e[+-]\d{2,})$/

function checkStats(ours: string, theirs: string): void {
  const o = parse(ours) as string[][]
  const t = parse(theirs) as string[][]
  assert.deepEqual(o[0], t[0], 'header')
  assert.deepEqual(o.map((r) => `${r[0]} ${r[1]}`), t.map((r) => `${r[0]} ${r[1]}`), 'row order')
  for (let i = 1; i < t.length; i++) {
    for (const c of [9, 10]) {
      assert.match(o[i]![c]!, PY_FLOAT, `row ${i} ${t[0]![c]} format`)
      const a = Number(o[i]![c])
      const b = Number(t[i]![c])
      assert.ok(Math.abs(a - b) <= 1e-3 * Math.max(b, 1e-9), `row ${i} ${t[0]![c]}: ${a} vs ${b}`)
      o[i]![c] = t[i]![c]!
    }
  }
  // With the time-dependent cells taken from Locust, the files must be byte-identical.
  assert.equal(csvText(o), theirs)
}

function historyBySecond(text: string): Map<number, string[][]> {
  const m = new Map<number, string[][]>()
  for (const r of (parse(text) as string[][]).slice(1)) {
    const t = Number(r[0])
    m.set(t, [...(m.get(t) ?? []), r])
  }
  return m
}

function checkHistory(ours: string, theirs: string, eventSeconds: Set<number>, start: number): number {
  assert.equal(ours.split('\r\n')[0], theirs.split('\r\n')[0], 'history header')
  const o = historyBySecond(ours)
  const t = historyBySecond(theirs)
  let compared = 0
  for (const [sec, rows] of t) {
    const mine = o.get(sec)
    assert.ok(mine, `our history lacks second ${sec}`)
    // Locust writes its row at some moment within the second: where events fired in that second,
    // the row may predate them, so only quiet seconds are compared exactly (after the first, where
    // Locust had not spawned its user yet).
    if (eventSeconds.has(sec) || sec === start) {
      assert.equal(mine.length > 0, true)
      continue
    }
    assert.deepEqual(mine, rows, `history second ${sec}`)
    compared++
  }
  return compared
}

test('stats, failures and exceptions CSVs equal Locust 2.12 output for the same request sequence', () => {
  const { ours, theirs } = replay('basic', false)
  checkStats(ours.stats, theirs.stats)
  assert.equal(ours.failures, theirs.failures)
  assert.equal(ours.exceptions, theirs.exceptions)
})

test('history CSV equals Locust row by row in settled seconds (Aggregated only)', () => {
  const { ours, theirs, eventSeconds, start } = replay('basic', false)
  assert.ok(checkHistory(ours.history, theirs.history, eventSeconds, start) >= 5)
})

test('--csv-full-history: per-entry rows and windowed percentiles equal Locust in settled seconds', () => {
  const { ours, theirs, eventSeconds, start } = replay('full', true)
  checkStats(ours.stats, theirs.stats)
  assert.ok(checkHistory(ours.history, theirs.history, eventSeconds, start) >= 6)
})

test('a run without requests: Aggregated only, N/A percentiles, same bytes as Locust', () => {
  let clock = 1_796_283_543.4
  const rec = new StatsRecorder({ now: () => clock * 1000 })
  clock += 0.2
  const meta: RunMeta = { scenario: 'e', host: '', users: 1, spawnRate: 1, runTime: 3, startTime: clock, endTime: clock, tool: 't', version: '0' }
  const ours = locustCsvFiles(rec.result(meta))
  assert.equal(ours.stats, read('empty/stats.csv'))
  assert.equal(ours.failures, read('empty/failures.csv'))
  assert.equal(ours.exceptions, read('empty/exceptions.csv'))
  assert.equal(ours.history.split('\r\n')[0], read('empty/stats_history.csv').split('\r\n')[0])
  assert.equal(ours.history.split('\r\n')[1]!.replace(/^\d+,\d+/, ''), read('empty/stats_history.csv').split('\r\n')[1]!.replace(/^\d+,\d+/, ''))
})
