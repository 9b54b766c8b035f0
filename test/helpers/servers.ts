/**
 * Local HTTP targets for engine and protocol tests: 127.0.0.1, port 0, routes with statuses, bodies,
 * headers, delays, connection resets, closes without reply, and hangs. Counts hits per route and keeps
 * the last requests (bounded) for assertions.
 */
import { after } from 'node:test'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export interface TargetRequest {
  method: string
  /** Path without the query string. */
  path: string
  query: URLSearchParams
  headers: IncomingMessage['headers']
  body: string
}

export interface RouteReply {
  status?: number
  /** Custom reason phrase (default: Node's for the status). */
  statusText?: string
  body?: string | object
  headers?: Record<string, string | string[]>
  delayMs?: number
  /** Reset the connection (RST) instead of answering. */
  reset?: boolean
  /** Close the connection without any reply. */
  close?: boolean
  /** Never answer (until the server closes). */
  hang?: boolean
}

/** A route: a fixed reply or a function of the request. Keys are `/path`, `METHOD /path`, or `*` (any other). */
export type Route = RouteReply | ((req: TargetRequest) => RouteReply | Promise<RouteReply>)

export interface HttpTarget {
  url: string
  port: number
  /** Hits by `METHOD /path`. */
  hits: Map<string, number>
  /** The last requests received (at most 1000). */
  requests: TargetRequest[]
  hitCount(key: string): number
  close(): Promise<void>
}

const KEEP = 1000

export async function startHttpTarget(routes: Record<string, Route> = {}): Promise<HttpTarget> {
  const hits = new Map<string, number>()
  const requests: TargetRequest[] = []
  const sockets = new Set<Socket>()
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const u = new URL(req.url ?? '/', 'http://x')
    const r: TargetRequest = { method: req.method ?? 'GET', path: u.pathname, query: u.searchParams, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') }
    const key = `${r.method} ${r.path}`
    hits.set(key, (hits.get(key) ?? 0) + 1)
    requests.push(r)
    if (requests.length > KEEP) requests.shift()
    const route = routes[key] ?? routes[r.path] ?? routes['*']
    const reply: RouteReply = route === undefined ? { status: 404, body: 'not found' } : typeof route === 'function' ? await route(r) : route
    if (reply.delayMs) await new Promise((ok) => setTimeout(ok, reply.delayMs))
    if (reply.hang) return
    if (reply.reset) return void req.socket.resetAndDestroy()
    if (reply.close) return void req.socket.destroy()
    const body = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body)
    const headers: Record<string, string | string[]> = { 'content-length': String(Buffer.byteLength(body)), ...reply.headers }
    if (typeof reply.body === 'object') headers['content-type'] ??= 'application/json'
    if (reply.statusText) res.writeHead(reply.status ?? 200, reply.statusText, headers)
    else res.writeHead(reply.status ?? 200, headers)
    res.end(body)
  })
  server.on('connection', (s) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  server.keepAliveTimeout = 30_000
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    hits,
    requests,
    hitCount: (key) => hits.get(key) ?? 0,
    close: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.destroy()
        server.close(() => ok())
      }),
  }
}

/** A port on 127.0.0.1 with nothing listening (for "connection refused"). */
export async function closedPort(): Promise<number> {
  const s = createServer()
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok))
  const port = (s.address() as AddressInfo).port
  await new Promise<void>((ok) => s.close(() => ok()))
  return port
}

/**
 * A `target(routes)` starter for one test file: every target it starts is closed after the file's
 * tests (node:test `after`).
 */
export function useTargets(): (routes?: Record<string, Route>) => Promise<HttpTarget> {
  const started: HttpTarget[] = []
  after(() => Promise.all(started.map((t) => t.close())))
  return async (routes) => {
    const t = await startHttpTarget(routes)
    started.push(t)
    return t
  }
}
