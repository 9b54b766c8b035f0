/**
 * The custom-metrics store behind ctx.metrics: counters, rates, gauges and trends by name, one store
 * per run. Recording is a Map lookup and a few additions (trends: one histogram increment), so
 * metrics can sit on a hot path; `result()` turns them into the results model.
 */
import type { MetricsApi } from '../engine/types.ts'
import { encodeHistogram, newHistogram, recordMs, type Hist } from './histogram.ts'
import type { CustomMetricData } from './types.ts'

type Kind = CustomMetricData['kind']

interface Metric {
  kind: Kind
  /** counter: total; rate: passes; gauge: last value; trend: sum. */
  value: number
  count: number
  max: number
  hist: Hist | null
}

export class MetricsStore implements MetricsApi {
  private readonly byName = new Map<string, Metric>()
  /** Names used with two kinds: reported once as an exception-like note, then ignored. */
  readonly conflicts = new Set<string>()

  counter(name: string, inc = 1): void {
    const m = this.get(name, 'counter')
    if (m && Number.isFinite(inc)) {
      m.value += inc
      m.count++
    }
  }

  rate(name: string, pass: boolean): void {
    const m = this.get(name, 'rate')
    if (!m) return
    if (pass) m.value++
    m.count++
  }

  gauge(name: string, value: number): void {
    const m = this.get(name, 'gauge')
    if (!m || !Number.isFinite(value)) return
    m.value = value
    if (m.count === 0 || value > m.max) m.max = value
    m.count++
  }

  trend(name: string, value: number): void {
    const m = this.get(name, 'trend')
    if (!m || !Number.isFinite(value)) return
    m.value += value
    if (m.count === 0 || value > m.max) m.max = value
    m.count++
    // The histogram takes integer thousandths (the µs histogram of response times, reused).
    recordMs((m.hist ??= newHistogram()), value)
  }

  /** The metrics in the results model, sorted by name; empty when none were used. */
  result(): CustomMetricData[] {
    const out: CustomMetricData[] = []
    for (const [name, m] of this.byName) {
      const d: CustomMetricData = { name, kind: m.kind, value: m.value, count: m.count }
      if (m.kind === 'rate') {
        d.passes = m.value
        d.value = m.count ? m.value / m.count : 0
      } else if (m.kind === 'trend') {
        d.value = m.count ? m.value / m.count : 0
        d.max = m.max
        if (m.hist) d.histogram = encodeHistogram(m.hist)
      } else if (m.kind === 'gauge') d.max = m.max
      out.push(d)
    }
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  }

  private get(name: string, kind: Kind): Metric | undefined {
    let m = this.byName.get(name)
    if (m === undefined) this.byName.set(name, (m = { kind, value: 0, count: 0, max: 0, hist: null }))
    else if (m.kind !== kind) {
      this.conflicts.add(`${name}: used as ${m.kind} and as ${kind}`)
      return undefined
    }
    return m
  }
}
