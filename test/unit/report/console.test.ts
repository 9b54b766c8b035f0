import { test } from 'node:test'
import assert from 'node:assert/strict'
import { formatProgress, formatSummary } from '../../../src/report/console.ts'
import { readFixture, replay } from './locust-replay.ts'

/** Mask req/s and failures/s (time-dependent) at the end of stats-table lines. */
const mask = (s: string) => s.replace(/\| +\d+\.\d\d +\d+\.\d\d$/gm, '| RPS')

test('end-of-run summary has the layout and numbers of Locust\'s console output', () => {
  const { result } = replay('basic', false)
  const ours = formatSummary(result)
  const theirs = readFixture('basic/console.txt')
  assert.equal(mask(ours).trimEnd(), mask(theirs).trimEnd())
  assert.notEqual(mask(ours), ours, 'the mask must have matched something')
})

test('progress line', () => {
  assert.equal(formatProgress({ elapsed: 72.4, users: 20, rps: 345.25, fps: 1, requests: 4123, failures: 12, p95: 45.3 }),
    '[01:12] users 20 | 345.3 req/s | 1.0 fail/s | 4123 reqs, 12 fails (0.29%) | p95 45 ms')
  assert.match(formatProgress({ elapsed: 3700, users: 0, rps: 0, fps: 0, requests: 0, failures: 0, p95: null }), /^\[1:01:40\] .* p95 -$/)
  assert.match(formatProgress({ elapsed: 1, users: 1, rps: 1, fps: 0, requests: 1, failures: 0, p95: 1500 }), /p95 1\.50 s$/)
})
