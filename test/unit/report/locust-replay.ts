/** Replays the golden request sequence (test/fixtures/locust) into StatsRecorder with Locust's clock. */
import { readFileSync } from 'node:fs'
import assert from 'node:assert/strict'
import { parse } from 'csv-parse/sync'
import { StatsRecorder } from '../../../src/stats/recorder.ts'
import { locustCsvFiles } from '../../../src/report/locust-csv.ts'
import type { LocustCsvFiles } from '../../../src/report/locust-csv.ts'
import type { RunMeta, RunResult } from '../../../src/stats/types.ts'

const dir = new URL('../../fixtures/locust/', import.meta.url)
export const readFixture = (p: string) => readFileSync(new URL(p, dir), 'utf8')

interface Sample { type: string; name: string; rt: number; len: number; error: string | null }
interface Fired { events: number[]; exceptions: { message: string; traceback: string }[]; startTime: number }

const samples = (JSON.parse(readFixture('samples.json')) as { bursts: Sample[][] }).bursts.flat()

export interface Replay {
  result: RunResult
  ours: LocustCsvFiles
  theirs: LocustCsvFiles
  eventSeconds: Set<number>
  start: number
}

export function replay(folder: string, fullHistory: boolean): Replay {
  const fired = JSON.parse(readFixture(`${folder}/fired.json`)) as Fired
  const theirs: LocustCsvFiles = {
    stats: readFixture(`${folder}/stats.csv`),
    history: readFixture(`${folder}/stats_history.csv`),
    failures: readFixture(`${folder}/failures.csv`),
    exceptions: readFixture(`${folder}/exceptions.csv`),
  }
  let clock = fired.startTime
  const rec = new StatsRecorder({ fullHistory, now: () => clock * 1000 })
  clock += 0.01
  rec.setUserCount(1)
  assert.equal(fired.events.length, samples.length)
  samples.forEach((s, i) => {
    clock = fired.events[i]!
    rec.request(s.type, s.name, s.rt, s.len, s.error)
  })
  for (const x of fired.exceptions) rec.exception(x.message, x.traceback)
  const rows = parse(theirs.history) as string[][]
  clock = Number(rows[rows.length - 1]![0]) + 0.5
  const meta: RunMeta = { scenario: 'golden', host: '', users: 1, spawnRate: 1, runTime: 11, startTime: fired.startTime, endTime: clock, tool: 'test', version: '0' }
  const result = rec.result(meta)
  const ours = locustCsvFiles(result, { fullHistory, neutralize: false })
  return { result, ours, theirs, eventSeconds: new Set(fired.events.map(Math.floor)), start: Math.floor(fired.startTime) }
}
