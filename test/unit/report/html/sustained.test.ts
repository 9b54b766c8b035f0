import { test } from 'node:test'
import assert from 'node:assert/strict'
import { renderHtmlReport } from '../../../../src/report/html/index.ts'
import { formatSummary } from '../../../../src/report/console.ts'
import { makeResult, START } from './fixture.ts'

function shapedResult() {
  const r = makeResult({ seconds: 120, users: 10, slowdown: (s) => (s < 60 ? 1 : 2) })
  r.history.forEach((s, i) => (s.memory = { rss: 100 * 2 ** 20 + i * 1024, heapUsed: 20 * 2 ** 20 }))
  r.meta.shape = 'profile:<spike>'
  r.meta.droppedIterations = 0
  r.meta.spikes = [{ start: START + 48, end: START + 72, baseLevel: 10, peakLevel: 50, baselineP95: 12, peakP95: 240, recoverySeconds: 4, tolerance: 0.2 }]
  return r
}

test('HTML report: sustained-run section with first/last windows, generator memory and spikes', () => {
  const page = renderHtmlReport(shapedResult())
  const section = page.slice(page.indexOf('<h2>Sustained run</h2>'))
  assert.ok(section.length > 0 && page.includes('<h2>Sustained run</h2>'))
  assert.match(section, /<table class="sortable " id="degradation">/)
  assert.match(section, /First 11s/)
  assert.match(section, /Generator memory \(\d+ samples\): RSS 100 MiB → 100\.1 MiB/)
  assert.match(section, /<table class="sortable " id="spikes">/)
  assert.match(section, /10 → 50/)
  assert.match(section, /4s<\/td>/)
  // Dropped iterations are shown even when zero for open-model runs; the shape name is escaped.
  assert.match(page, /<dt>Dropped iterations<\/dt><dd>0<\/dd>/)
  assert.ok(page.includes('profile:&lt;spike&gt;') && !page.includes('profile:<spike>'))
})

test('console summary: load shape, dropped iterations, spike recovery', () => {
  const r = shapedResult()
  r.meta.droppedIterations = 7
  const text = formatSummary(r)
  assert.ok(text.includes('Load shape: profile:<spike>'))
  assert.ok(text.includes('Dropped iterations: 7 (no free user when due; raise max-users)'))
  assert.ok(text.includes('Spike 1: 10 → 50 at +48 s for 24 s; p95 12.0 ms → 240.0 ms; recovered 4 s after it'))
  // A plain run prints none of it.
  assert.ok(!formatSummary(makeResult({ seconds: 5 })).includes('Load shape'))
})
