/**
 * Server-sent events for the live page: one `update` event per refresh, sent to every open page.
 * The refresh timer runs only while a run is live and pages are open, and never keeps the process
 * alive by itself.
 */
import type { ServerResponse } from 'node:http'
import type { LiveUpdate } from './view.ts'

export class EventStream {
  private readonly clients = new Set<ServerResponse>()
  private readonly render: (fresh?: boolean) => LiveUpdate
  private timer: NodeJS.Timeout | undefined
  private last: LiveUpdate | null = null

  constructor(render: (fresh?: boolean) => LiveUpdate) {
    this.render = render
  }

  /** Opens a stream for a page and sends it the current picture at once. */
  add(res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' })
    res.write('retry: 2000\n\n')
    this.clients.add(res)
    res.on('close', () => this.clients.delete(res))
    this.send([res], this.render())
  }

  /** Sends a freshly rendered update now (state and load changes). */
  push(): void {
    if (this.clients.size) this.broadcast(this.render(true))
  }

  /** Refreshes open pages every `ms` until the run is over. */
  every(ms: number): void {
    clearInterval(this.timer)
    this.timer = setInterval(() => {
      if (!this.clients.size) return
      const u = this.render()
      if (u !== this.last) this.broadcast(u)
      if (u.state === 'done' || u.state === 'failed') clearInterval(this.timer)
    }, ms)
    this.timer.unref()
  }

  close(): void {
    clearInterval(this.timer)
    for (const c of this.clients) c.end()
    this.clients.clear()
  }

  private broadcast(u: LiveUpdate): void {
    this.last = u
    this.send([...this.clients], u)
  }

  private send(to: ServerResponse[], u: LiveUpdate): void {
    // JSON has no raw line breaks, so one `data:` line carries the whole update.
    const frame = `event: update\ndata: ${JSON.stringify(u)}\n\n`
    for (const c of to) c.write(frame)
  }
}
