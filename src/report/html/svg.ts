/**
 * Server-side SVG line charts: the charts draw without script (and in previews that block it); the
 * inline script only adds hover read-outs. Colors come from CSS classes so light and dark schemes
 * restyle them. Coordinates are rounded to keep hours of history small.
 */
import { html, Raw } from './escape.ts'

export const W = 640
export const H = 230
const PAD = { l: 56, r: 14, t: 10, b: 28 }

export interface Series {
  label: string
  /** Color slot 1–6 (CSS `.c1`…). */
  color: number
  x: readonly number[]
  y: readonly (number | null)[]
  /** Upper edge of a shaded band above the line (e.g. the bucket maximum). */
  band?: readonly (number | null)[]
  /** Baselines are dashed. */
  dashed?: boolean
}

export interface ChartSpec {
  id: string
  title: string
  unit: string
  series: Series[]
  /** Horizontal reference lines, e.g. the baseline's average when only its rows are known. */
  levels?: { label: string; value: number; color: number }[]
  xTicks: { v: number; label: string }[]
  xDomain: [number, number]
}

/** A "nice" axis top and step (1, 2, 2.5, 5 × 10^n) covering `max` in about 4 ticks. */
export function niceScale(max: number): { top: number; step: number } {
  if (!(max > 0) || !Number.isFinite(max)) return { top: 1, step: 0.25 }
  const raw = max / 4
  const mag = 10 ** Math.floor(Math.log10(raw))
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag
  return { top: Math.ceil(max / step - 1e-9) * step, step }
}

const r1 = (v: number): number => Math.round(v * 10) / 10

/** Index runs of consecutive non-null points: a gap in the data is a gap in the line. */
function runs(y: readonly (number | null)[]): number[][] {
  const out: number[][] = []
  let cur: number[] = []
  y.forEach((v, i) => {
    if (v === null || v === undefined) {
      if (cur.length) out.push(cur)
      cur = []
    } else cur.push(i)
  })
  if (cur.length) out.push(cur)
  return out
}

function fmtTick(v: number): string {
  if (v >= 1e6) return `${r1(v / 1e6)}M`
  if (v >= 1e4) return `${r1(v / 1e3)}k`
  return String(Math.round(v * 1000) / 1000)
}

/** Renders one chart as an inline `<svg>`; `data-*` attributes give the client script the geometry. */
export function lineChart(spec: ChartSpec): Raw {
  const [x0, x1] = spec.xDomain
  const values = spec.series.flatMap((s) => [...s.y, ...(s.band ?? [])]).filter((v): v is number => v !== null)
  const { top, step } = niceScale(Math.max(0, ...values, ...(spec.levels ?? []).map((l) => l.value)))
  const pw = W - PAD.l - PAD.r
  const ph = H - PAD.t - PAD.b
  const sx = (v: number): number => r1(PAD.l + ((v - x0) / (x1 - x0 || 1)) * pw)
  const sy = (v: number): number => r1(PAD.t + ph - (v / top) * ph)
  const grid: Raw[] = []
  for (let v = 0; v <= top + step / 2; v += step) {
    grid.push(html`<line class="grid" x1="${PAD.l}" x2="${W - PAD.r}" y1="${sy(v)}" y2="${sy(v)}"/><text class="tick" x="${PAD.l - 6}" y="${sy(v) + 4}" text-anchor="end">${fmtTick(v)}</text>`)
  }
  for (const t of spec.xTicks) {
    grid.push(html`<line class="grid" x1="${sx(t.v)}" x2="${sx(t.v)}" y1="${PAD.t}" y2="${PAD.t + ph}"/><text class="tick" x="${sx(t.v)}" y="${H - 8}" text-anchor="middle">${t.label}</text>`)
  }
  const paths: Raw[] = []
  for (const s of spec.series) {
    const pt = (i: number, ys: readonly (number | null)[]): string => `${sx(s.x[i] as number)} ${sy(ys[i] ?? 0)}`
    for (const run of s.band ? runs(s.band) : []) {
      const band = s.band as readonly (number | null)[]
      const d = [...run.map((i) => pt(i, band)), ...[...run].reverse().map((i) => pt(i, s.y))]
      paths.push(html`<path class="band c${s.color}" d="M${d.join('L')}Z"/>`)
    }
    const d = runs(s.y)
      .map((run) => `M${run.map((i) => pt(i, s.y)).join('L')}${run.length === 1 ? 'h0.1' : ''}`)
      .join('')
    if (d) paths.push(html`<path class="line c${s.color}${s.dashed ? ' dashed' : ''}" d="${d}"><title>${s.label}</title></path>`)
  }
  for (const l of spec.levels ?? []) {
    paths.push(html`<line class="line c${l.color} dashed" x1="${PAD.l}" x2="${W - PAD.r}" y1="${sy(l.value)}" y2="${sy(l.value)}"><title>${l.label}</title></line>`)
  }
  const legend = [
    ...spec.series.map((s) => html`<span class="key c${s.color}${s.dashed ? ' dashed' : ''}"><i></i>${s.label}</span>`),
    ...(spec.levels ?? []).map((l) => html`<span class="key c${l.color} dashed"><i></i>${l.label}</span>`),
  ]
  const empty = values.length === 0 ? html`<text class="empty" x="${W / 2}" y="${H / 2}" text-anchor="middle">no data</text>` : null
  return html`<figure class="chart" id="chart-${spec.id}">
<figcaption><b>${spec.title}</b><span class="legend">${legend}</span></figcaption>
<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${spec.title}" data-chart="${spec.id}" data-l="${PAD.l}" data-r="${W - PAD.r}" data-t="${PAD.t}" data-b="${PAD.t + ph}" data-x0="${x0}" data-x1="${x1}">
${grid}${paths}${empty}<line class="cursor" visibility="hidden" x1="0" x2="0" y1="${PAD.t}" y2="${PAD.t + ph}"/>
</svg><div class="tip" hidden></div></figure>`
}
