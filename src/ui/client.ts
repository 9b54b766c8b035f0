/**
 * The live page's script: applies server-sent updates (fragments rendered by the report's code),
 * then runs the report's own client (`render`: sorting, hover read-outs) on the new content, and
 * sends the form's start / change / stop. Embedded with Function.prototype.toString(), so it must
 * stay self-contained (no imports, no outer variables). Fragments come escaped from the server;
 * status text is set with textContent only.
 */
export function liveClient(render: () => void): void {
  type Update = {
    state: string
    elapsed: number
    users: number
    target: { users: number; spawnRate: number }
    adjustable: boolean
    error?: string
    data: string
    [fragment: string]: unknown
  }
  const FRAGMENTS = ['kpis', 'charts', 'stats', 'percentiles', 'failures', 'exceptions']
  const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T
  const form = $<HTMLFormElement>('control')
  const users = $<HTMLInputElement>('users')
  const rate = $<HTMLInputElement>('rate')
  const startBtn = $<HTMLButtonElement>('start')
  const stopBtn = $<HTMLButtonElement>('stop')
  const status = $('status')
  const badge = $('state')
  let state = document.body.dataset.state ?? 'waiting'
  let message = ''
  let last: Update | null = null
  /** The user's sort per table (column, direction), kept across updates. */
  const sorts = new Map<string, { col: number; dir: string }>()

  function clock(s: number): string {
    const t = Math.max(0, Math.round(s))
    return `${Math.floor(t / 60)}:${String(t % 60).padStart(2, '0')}`
  }

  document.addEventListener('click', (e) => {
    const th = (e.target as Element).closest?.('th[data-sort]')
    const table = th?.closest('table')
    if (!th || !table?.id) return
    // The report's handler ran first (it is on the th): read the direction it chose.
    sorts.set(table.id, { col: (th as HTMLTableCellElement).cellIndex, dir: th.getAttribute('aria-sort') ?? '' })
  })

  function reapplySorts(): void {
    for (const [id, s] of sorts) {
      const th = document.getElementById(id)?.querySelector<HTMLElement>(`thead th:nth-child(${s.col + 1})`)
      for (let i = 0; th && i < 2 && th.getAttribute('aria-sort') !== s.dir; i++) th.dispatchEvent(new MouseEvent('click'))
    }
  }

  function showStatus(u: Update | null = last): void {
    const parts = u && state !== 'waiting' ? [`${clock(u.elapsed)} elapsed`, `${u.users} users running`, `target ${u.target.users} at ${u.target.spawnRate}/s`] : []
    if (state === 'waiting') parts.push('Choose users and spawn rate, then Start.')
    if (message) parts.push(message)
    status.textContent = parts.join(' · ')
  }

  function apply(u: Update): void {
    state = u.state
    document.body.dataset.state = state
    for (const id of FRAGMENTS) {
      const el = document.getElementById(id)
      if (el && typeof u[id] === 'string') el.innerHTML = u[id] as string
    }
    $('report-data').textContent = u.data
    render()
    reapplySorts()
    badge.textContent = state.toUpperCase()
    badge.className = `badge ${state === 'done' ? 'pass' : state === 'failed' ? 'fail' : state === 'waiting' ? 'none' : 'warn'}`
    startBtn.textContent = state === 'waiting' ? 'Start' : 'Apply'
    startBtn.disabled = state !== 'waiting' && !u.adjustable
    stopBtn.disabled = state !== 'running'
    $('downloads').hidden = state === 'waiting'
    if (u.error) message = u.error
    last = u
    showStatus(u)
  }

  async function post(path: string, body?: unknown): Promise<void> {
    message = ''
    try {
      const res = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) })
      if (!res.ok) message = (await res.text()).trim() || `HTTP ${res.status}`
    } catch (e) {
      message = `request failed: ${String(e)}`
    }
    showStatus()
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault()
    const body = { users: Number(users.value), spawnRate: Number(rate.value) }
    void post(state === 'waiting' ? '/api/start' : '/api/load', body)
  })
  stopBtn.addEventListener('click', () => void post('/api/stop'))

  const events = new EventSource('/events')
  events.addEventListener('update', (e) => {
    apply(JSON.parse((e as MessageEvent<string>).data) as Update)
    if (state === 'done' || state === 'failed') events.close()
  })
  events.addEventListener('error', () => {
    if (state !== 'done' && state !== 'failed') status.textContent = 'Connection to load-action lost; retrying…'
  })
  render()
  showStatus()
}
