import { test } from 'node:test'
import assert from 'node:assert/strict'
import { buildTimeline } from '../../../src/report/html/timeline.ts'
import { StatsRecorder } from '../../../src/stats/recorder.ts'
import { TimelineCache } from '../../../src/ui/timeline-cache.ts'

test('the incremental live timeline equals the report timeline at every size, across step changes', () => {
  let now = 1_700_000_000_000
  const rec = new StatsRecorder({ now: () => now })
  const meta = { scenario: 's', host: 'h', users: 1, spawnRate: 1, runTime: null, startTime: now / 1000, endTime: 0, tool: 't', version: '1' }
  const cache = new TimelineCache(10)
  let compared = 0
  for (let second = 0; second < 95; second++) {
    rec.setUserCount(1 + (second % 7))
    // Uneven traffic, idle seconds and failures, so buckets differ.
    for (let i = 0; i < (second % 5) * 3; i++) {
      rec.request('GET', '/x', 1 + ((i * 37 + second * 11) % 90), 10, i % 4 ? null : 'err')
      now += 7
    }
    now += 1000 - ((second % 5) * 3 * 7)
    // Several updates within some seconds (the page refreshes more often than seconds close).
    for (let k = 0; k < 1 + (second % 2); k++) {
      const r = rec.result(meta)
      assert.deepEqual(cache.build(r.history, meta.startTime), buildTimeline(r.history, meta.startTime, 10), `at second ${second}`)
      compared++
    }
  }
  assert.ok(compared > 100)
})
