/**
 * The built-in demo target: a small shop API on 127.0.0.1 so that `npm run demo`, the README and
 * the action's self-test need no server of the user's. Latencies are realistic-looking (a few ms
 * with jitter), `/flaky` fails about 2 % of the time, and `slowdown` multiplies every delay so a
 * "regressed" build can be simulated.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface DemoTarget {
  url: string
  server: Server
  close(): Promise<void>
}

export interface DemoOptions {
  port?: number
  host?: string
  /** Multiplies every delay (1 = normal). */
  slowdown?: number
  /** Probability of a 500 on /flaky (default 0.02). */
  errorRate?: number
}

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void

function json(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(value)
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers })
  res.end(text)
}

export function startDemoTarget(opts: DemoOptions = {}): Promise<DemoTarget> {
  const slowdown = opts.slowdown ?? 1
  const errorRate = opts.errorRate ?? 0.02
  let nextId = 1000
  const items = Array.from({ length: 20 }, (_, i) => ({ id: i + 1, name: `item ${i + 1}`, price: 5 + i }))
  const sessions = new Set<string>()

  const routes: Record<string, Handler> = {
    'GET /health': (_q, res) => json(res, 200, { status: 'ok' }),
    'GET /items': (_q, res) => json(res, 200, { items }),
    'GET /item': (req, res) => {
      const id = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('id'))
      const item = items.find((i) => i.id === id)
      if (item) json(res, 200, item)
      else json(res, 404, { error: 'not found' })
    },
    'POST /items': (_q, res, body) => {
      let name = 'new'
      try {
        name = String((JSON.parse(body || '{}') as { name?: unknown }).name ?? 'new')
      } catch {
        return json(res, 400, { error: 'bad json' })
      }
      json(res, 201, { id: nextId++, name })
    },
    'POST /login': (_q, res) => {
      const sid = Math.random().toString(36).slice(2)
      sessions.add(sid)
      json(res, 200, { ok: true }, { 'set-cookie': `sid=${sid}; Path=/; HttpOnly` })
    },
    'GET /cart': (req, res) => {
      const sid = /(?:^|;\s*)sid=([^;]+)/.exec(req.headers.cookie ?? '')?.[1]
      if (sid && sessions.has(sid)) json(res, 200, { items: [1, 2] })
      else json(res, 401, { error: 'login first' })
    },
    'GET /flaky': (_q, res) => (Math.random() < errorRate ? json(res, 500, { error: 'boom' }) : json(res, 200, { ok: true })),
  }
  // Base delay per route in ms (before jitter and slowdown).
  const delays: Record<string, number> = { 'GET /health': 1, 'GET /items': 8, 'GET /item': 4, 'POST /items': 12, 'POST /login': 6, 'GET /cart': 5, 'GET /flaky': 3 }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const key = `${req.method} ${(req.url ?? '/').split('?')[0]}`
      const handler = routes[key]
      if (!handler) return json(res, 404, { error: 'no such route' })
      const base = delays[key] ?? 1
      const ms = base * slowdown * (0.7 + Math.random() * 0.6)
      setTimeout(() => handler(req, res, Buffer.concat(chunks).toString('utf8')), ms)
    })
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({
        url: `http://${opts.host ?? '127.0.0.1'}:${port}`,
        server,
        close: () => new Promise<void>((r) => {
          server.closeAllConnections()
          server.close(() => r())
        }),
      })
    })
  })
}
