/**
 * The report's charts from the view model: four over time (requests/s, failures/s, response times,
 * users) and the percentile distribution, each with the baseline dashed when one is known. Also
 * returns the numbers the hover read-out needs, embedded as JSON.
 */
import type { ChartSpec, Series } from './svg.ts'
import type { ReportModel, Timeline } from './types.ts'

/** What the client script reads for hover read-outs: shared x arrays and per-chart series. */
export interface ChartData {
  xs: Record<string, number[]>
  charts: Record<string, { unit: string; xLabels?: string[]; series: { label: string; xs: string; y: (number | null)[]; max?: (number | null)[] }[] }>
}

/** Seconds as m:ss, or h:mm:ss past an hour. */
export function clock(s: number): string {
  const t = Math.round(s)
  const h = Math.floor(t / 3600)
  const m = Math.floor((t % 3600) / 60)
  const ss = String(t % 60).padStart(2, '0')
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`
}

const TICK_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400]

export function timeTicks(end: number): ChartSpec['xTicks'] {
  const step = TICK_STEPS.find((s) => end / s <= 8) ?? 86400
  const out: ChartSpec['xTicks'] = []
  for (let v = 0; v <= end + 1e-9; v += step) out.push({ v, label: clock(v) })
  return out
}

/** Position of percentile p on the "nines" axis: 90 % → 1, 99 % → 2 …; 100 % sits half a nine past 99.99 %. */
export function ninesX(p: number): number {
  return p >= 1 ? 4.5 : Math.min(4, -Math.log10(1 - p))
}

const PCT_TICKS = [
  [0.5, '50%'],
  [0.9, '90%'],
  [0.99, '99%'],
  [0.999, '99.9%'],
  [0.9999, '99.99%'],
  [1, '100%'],
] as const

interface Def {
  id: string
  title: string
  unit: string
  cur: { label: string; key: keyof Timeline; max?: keyof Timeline; color: number }[]
  level?: (l: NonNullable<ReportModel['baseLevels']>) => { label: string; value: number | null; color: number }[]
}

const DEFS: Def[] = [
  { id: 'rps', title: 'Requests/s', unit: 'req/s', cur: [{ label: 'requests/s', key: 'rps', max: 'rpsMax', color: 1 }], level: (l) => [{ label: 'baseline avg', value: l.rps, color: 1 }] },
  { id: 'fps', title: 'Failures/s', unit: 'fail/s', cur: [{ label: 'failures/s', key: 'fps', max: 'fpsMax', color: 2 }], level: (l) => [{ label: 'baseline avg', value: l.fps, color: 2 }] },
  {
    id: 'latency',
    title: 'Response time (ms)',
    unit: 'ms',
    cur: [
      { label: 'p50', key: 'p50', color: 3 },
      { label: 'p95', key: 'p95', max: 'p95Max', color: 4 },
    ],
    level: (l) => [
      { label: 'baseline p50', value: l.p50, color: 3 },
      { label: 'baseline p95', value: l.p95, color: 4 },
    ],
  },
  { id: 'users', title: 'Users', unit: 'users', cur: [{ label: 'users', key: 'users', color: 5 }] },
]

const col = (t: Timeline, k: keyof Timeline): (number | null)[] => t[k] as (number | null)[]

/** Chart specs plus hover data for a model. */
export function buildCharts(m: ReportModel): { specs: ChartSpec[]; data: ChartData } {
  const cur = m.timeline
  const base = m.baseTimeline
  const end = Math.max(1, (cur.t.at(-1) ?? 0) + cur.step, base ? (base.t.at(-1) ?? 0) + base.step : 0)
  const data: ChartData = { xs: { cur: cur.t, pct: m.distribution.map((d) => ninesX(d.p)) }, charts: {} }
  if (base) data.xs.base = base.t
  const specs: ChartSpec[] = DEFS.map((def) => {
    const series: Series[] = def.cur.map((c) => ({ label: c.label, color: c.color, x: cur.t, y: col(cur, c.key), band: c.max && col(cur, c.max) }))
    if (base) {
      series.push(...def.cur.map((c) => ({ label: `baseline ${c.label}`, color: c.color, x: base.t, y: col(base, c.key), dashed: true })))
    }
    const levels = m.baseLevels && def.level ? def.level(m.baseLevels).filter((l): l is { label: string; value: number; color: number } => l.value !== null) : []
    data.charts[def.id] = {
      unit: def.unit,
      series: series.map((s) => ({ label: s.label, xs: s.dashed ? 'base' : 'cur', y: [...s.y], max: s.band ? [...s.band] : undefined })),
    }
    return { id: def.id, title: def.title, unit: def.unit, series, levels, xTicks: timeTicks(end), xDomain: [0, end] }
  })
  const px = data.xs.pct as number[]
  const dist: Series[] = [{ label: 'this run', color: 4, x: px, y: m.distribution.map((d) => d.current) }]
  const based = m.distribution.flatMap((d, i) => (d.base === null ? [] : [{ x: px[i] as number, y: d.base }]))
  // Baselines from a Locust CSV know only eleven percentiles: connect those instead of leaving dots.
  if (based.length) dist.push({ label: 'baseline', color: 6, x: based.map((b) => b.x), y: based.map((b) => b.y), dashed: true })
  data.charts.dist = {
    unit: 'ms',
    xLabels: m.distribution.map((d) => `${Math.round(d.p * 10000) / 100}%`),
    series: [
      { label: 'this run', xs: 'pct', y: m.distribution.map((d) => d.current) },
      ...(based.length ? [{ label: 'baseline', xs: 'pct', y: m.distribution.map((d) => d.base) }] : []),
    ],
  }
  specs.push({
    id: 'dist',
    title: 'Response time percentiles, Aggregated (ms)',
    unit: 'ms',
    series: dist,
    xTicks: PCT_TICKS.map(([p, label]) => ({ v: ninesX(p), label })),
    xDomain: [0, 4.5],
  })
  return { specs, data }
}
