/**
 * A local WebSocket target for ws protocol tests (npm `ws`), 127.0.0.1 port 0: answers
 * `{"type":"ping","id":X}` with `{"type":"pong","id":X}`, echoes anything else, and by path:
 * `/drop` terminates the connection after `dropAfterMs` (no close frame: 1006), `/close` closes it
 * with 1011 and a reason, `/silent` never answers, `/push` sends a tick every 50 ms.
 */
import { WebSocketServer, type WebSocket } from 'ws'
import type { AddressInfo } from 'node:net'

export interface WsTarget {
  url: string
  port: number
  /** Connections currently open on the server. */
  open(): number
  /** Highest number of connections open at once. */
  peak(): number
  close(): Promise<void>
}

export async function startWsTarget(opts: { dropAfterMs?: number } = {}): Promise<WsTarget> {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1', backlog: 4096, perMessageDeflate: false })
  let open = 0
  let peak = 0
  const timers = new Set<NodeJS.Timeout>()
  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t)
      fn()
    }, ms)
    timers.add(t)
  }
  wss.on('connection', (s: WebSocket, req) => {
    peak = Math.max(peak, ++open)
    s.on('close', () => open--)
    const path = req.url ?? '/'
    if (path.startsWith('/drop')) later(opts.dropAfterMs ?? 100, () => s.terminate())
    if (path.startsWith('/close')) later(opts.dropAfterMs ?? 100, () => s.close(1011, 'overloaded'))
    if (path.startsWith('/push')) {
      let n = 0
      const tick = () => {
        if (s.readyState !== s.OPEN) return
        s.send(JSON.stringify({ type: 'tick', n: n++ }))
        later(50, tick)
      }
      later(50, tick)
    }
    s.on('message', (m, binary) => {
      if (path.startsWith('/silent')) return
      const text = m.toString()
      let msg: { type?: string; id?: unknown } | null = null
      try {
        msg = JSON.parse(text)
      } catch {}
      if (msg?.type === 'ping') s.send(JSON.stringify({ type: 'pong', id: msg.id }))
      else s.send(binary ? m : text, { binary })
    })
  })
  await new Promise<void>((ok) => wss.on('listening', ok))
  const { port } = wss.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    open: () => open,
    peak: () => peak,
    close: () =>
      new Promise<void>((ok) => {
        for (const t of timers) clearTimeout(t)
        for (const c of wss.clients) c.terminate()
        wss.close(() => ok())
      }),
  }
}
