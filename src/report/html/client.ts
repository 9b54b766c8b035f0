/**
 * The report's inline script: sortable tables, the endpoint filter and hover read-outs on charts.
 * Written as a typed function and embedded with `Function.prototype.toString()`, so it is type
 * checked like the rest; it must stay self-contained (no imports, no outer variables) and work
 * without the charts' data (the SVGs are drawn on the server).
 */
export function reportClient(): void {
  type Series = { label: string; xs: string; y: (number | null)[]; max?: (number | null)[] }
  type Data = { xs: Record<string, number[]>; charts: Record<string, { unit: string; xLabels?: string[]; series: Series[] }> }

  function sortBy(table: HTMLTableElement, col: number, kind: string, th: HTMLElement): void {
    const body = table.tBodies[0]
    if (!body) return
    // Numbers sort largest first on the first click (what people look for), text A→Z.
    const desc = th.getAttribute('aria-sort') ? th.getAttribute('aria-sort') === 'ascending' : kind === 'num'
    for (const other of Array.from(table.tHead?.rows[0]?.cells ?? [])) other.removeAttribute('aria-sort')
    th.setAttribute('aria-sort', desc ? 'descending' : 'ascending')
    const key = (tr: HTMLTableRowElement): number | string => {
      const td = tr.cells[col]
      if (!td) return ''
      if (kind !== 'num') return (td.textContent ?? '').trim().toLowerCase()
      const v = td.getAttribute('data-v')
      return v === null || v === '' ? -Infinity : Number(v)
    }
    const rows = Array.from(body.rows).map((tr, i) => ({ tr, i, k: key(tr) }))
    rows.sort((a, b) => {
      const c = a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i
      return desc ? -c : c
    })
    for (const r of rows) body.appendChild(r.tr)
  }

  for (const table of Array.from(document.querySelectorAll<HTMLTableElement>('table.sortable'))) {
    const heads = Array.from(table.tHead?.rows[0]?.cells ?? [])
    heads.forEach((th, col) => {
      const go = (): void => sortBy(table, col, th.getAttribute('data-sort') ?? 'text', th)
      th.addEventListener('click', go)
      th.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault()
          go()
        }
      })
    })
  }

  const filter = document.getElementById('filter') as HTMLInputElement | null
  filter?.addEventListener('input', () => {
    const q = filter.value.trim().toLowerCase()
    for (const tr of Array.from(document.querySelectorAll<HTMLTableRowElement>('table.filterable tbody tr'))) {
      tr.hidden = q !== '' && !(tr.textContent ?? '').toLowerCase().includes(q)
    }
  })

  const el = document.getElementById('report-data')
  if (!el) return
  const data = JSON.parse(el.textContent ?? '{}') as Data

  function nearest(xs: number[], v: number): number {
    let lo = 0
    let hi = xs.length - 1
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1
      if ((xs[mid] ?? 0) <= v) lo = mid
      else hi = mid
    }
    return Math.abs((xs[hi] ?? Infinity) - v) < Math.abs((xs[lo] ?? Infinity) - v) ? hi : lo
  }
  function clock(s: number): string {
    const t = Math.round(s)
    const h = Math.floor(t / 3600)
    const m = Math.floor((t % 3600) / 60)
    const ss = String(t % 60).padStart(2, '0')
    return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`
  }
  const num = (v: number | null | undefined): string =>
    v === null || v === undefined ? 'n/a' : v >= 100 ? Math.round(v).toLocaleString('en-US') : String(Math.round(v * 100) / 100)

  for (const svg of Array.from(document.querySelectorAll<SVGSVGElement>('svg[data-chart]'))) {
    const chart = data.charts[svg.dataset.chart ?? '']
    const tip = svg.parentElement?.querySelector<HTMLElement>('.tip')
    const cursor = svg.querySelector<SVGLineElement>('.cursor')
    if (!chart || !tip || !cursor) continue
    const [l, r, x0, x1] = ['l', 'r', 'x0', 'x1'].map((k) => Number(svg.dataset[k]))
    const main = chart.series[0]
    const mainXs = main ? data.xs[main.xs] : undefined
    if (!main || !mainXs || !mainXs.length || l === undefined || r === undefined || x0 === undefined || x1 === undefined) continue
    svg.addEventListener('pointermove', (e) => {
      const box = svg.getBoundingClientRect()
      const vx = ((e.clientX - box.left) / box.width) * svg.viewBox.baseVal.width
      const v = x0 + ((vx - l) / (r - l)) * (x1 - x0)
      const i = nearest(mainXs, v)
      const at = mainXs[i] ?? 0
      const px = l + ((at - x0) / (x1 - x0 || 1)) * (r - l)
      cursor.setAttribute('x1', String(px))
      cursor.setAttribute('x2', String(px))
      cursor.setAttribute('visibility', 'visible')
      const label = chart.xLabels ? `${chart.xLabels[i] ?? ''} percentile` : `t = ${clock(at)}`
      const lines = [`${label} (${chart.unit})`]
      for (const s of chart.series) {
        const xs = data.xs[s.xs] ?? []
        const j = s.xs === main.xs ? i : nearest(xs, at)
        const max = s.max?.[j]
        lines.push(`${s.label}: ${num(s.y[j])}${max !== undefined && max !== null && max !== s.y[j] ? ` (max ${num(max)})` : ''}`)
      }
      // Built with text nodes, never innerHTML: nothing here can become markup.
      tip.replaceChildren(
        ...lines.map((t, k) => {
          const div = document.createElement(k ? 'div' : 'b')
          div.textContent = t
          return div
        }),
      )
      tip.hidden = false
      const left = (px / svg.viewBox.baseVal.width) * box.width
      tip.style.left = `${Math.min(left + 12, box.width - tip.offsetWidth - 4)}px`
    })
    svg.addEventListener('pointerleave', () => {
      tip.hidden = true
      cursor.setAttribute('visibility', 'hidden')
    })
  }
}
