/**
 * The "Sustained run" section: first vs last window of the run (requests/s, p95), the generator's
 * own memory (it should stay flat), and the spikes of a shaped run with their recovery times. From
 * stats/degradation.ts and meta.spikes; shown only when there is something to show.
 */
import type { Degradation } from '../../stats/degradation.ts'
import type { SpikeData } from '../../stats/types.ts'
import { html, type Raw } from './escape.ts'
import { fmtDeltaPct, fmtDuration, fmtMs, fmtNum } from './format.ts'
import { num, table, th } from './tables.ts'

export interface SustainedModel {
  degradation: Degradation | null
  spikes: SpikeData[]
  /** Run start (epoch s), for spike offsets. */
  startTime: number
}

const mb = (bytes: number) => `${fmtNum(bytes / 2 ** 20, 1)} MiB`

export function sustainedSection(s: SustainedModel | undefined): Raw | null {
  if (!s || (!s.degradation && !s.spikes.length)) return null
  const d = s.degradation
  const rows = d
    ? [
        html`<tr><td>First ${fmtDuration(d.window)}</td>${num(d.first.rps, fmtNum(d.first.rps, 1))}${num(d.first.p95, fmtMs(d.first.p95))}</tr>`,
        html`<tr><td>Last ${fmtDuration(d.window)}</td>${num(d.last.rps, fmtNum(d.last.rps, 1))}${num(d.last.p95, fmtMs(d.last.p95))}</tr>`,
        html`<tr><td>Change</td>${num(d.rpsChange, fmtDeltaPct(d.rpsChange))}${num(d.p95Change, fmtDeltaPct(d.p95Change))}</tr>`,
      ]
    : []
  const m = d?.memory
  const memory = m
    ? html`<p class="sub" id="generator-memory">Generator memory (${fmtNum(m.samples)} samples): RSS ${mb(m.firstRss)} → ${mb(m.lastRss)} (peak ${mb(m.peakRss)}), heap ${mb(m.firstHeap)} → ${mb(m.lastHeap)} (peak ${mb(m.peakHeap)}).</p>`
    : null
  const spikes = s.spikes.map((x) => {
    const at = x.start - s.startTime
    const len = x.end === null ? null : x.end - x.start
    return html`<tr>${num(at, `+${fmtDuration(at)}`)}${num(x.peakLevel, `${fmtNum(x.baseLevel)} → ${fmtNum(x.peakLevel)}`)}${num(len, len === null ? 'to the end' : fmtDuration(len))}${num(x.baselineP95, fmtMs(x.baselineP95))}${num(x.peakP95, fmtMs(x.peakP95))}${num(x.recoverySeconds, x.recoverySeconds === null ? 'not within the run' : fmtDuration(x.recoverySeconds))}</tr>`
  })
  const tol = s.spikes[0] ? Math.round(s.spikes[0].tolerance * 100) : 20
  return html`<h2>Sustained run</h2>
${d ? table('degradation', [th('Window', 'text'), th('Requests/s'), th('p95')], rows) : null}${memory}
${spikes.length ? html`<h3>Spikes and recovery</h3><p class="sub">Recovery: time after the spike until the 3 s rolling p95 is within ${tol} % of the p95 before it.</p>${table('spikes', [th('At'), th('Load'), th('Length'), th('p95 before'), th('p95 peak'), th('Recovery')], spikes)}` : null}`
}
