/**
 * Loopback HTTP plumbing shared by the web UI and the metrics endpoint: listen on 127.0.0.1 only,
 * refuse foreign Host headers (a DNS-rebinding page could otherwise read or drive a local run) and
 * cross-site writes, and common security headers.
 */
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { LoadActionError } from '../errors.ts'

export const LOOPBACK = '127.0.0.1'

export interface Loopback {
  server: Server
  port: number
  /** http://127.0.0.1:PORT */
  url: string
  /** Closes the server and every open connection (SSE streams stay open otherwise). */
  close(): Promise<void>
}

/**
 * Serves `handler` on 127.0.0.1:`port` (0 = any free port). A port in use is a usage error (exit 2).
 * With `keepAlive` false the server does not keep the process running by itself.
 */
export async function listenLoopback(port: number, handler: RequestListener, what: string, keepAlive = true): Promise<Loopback> {
  const sockets = new Set<Socket>()
  const server = createServer(handler)
  server.on('connection', (s) => {
    sockets.add(s)
    if (!keepAlive) s.unref()
    s.on('close', () => sockets.delete(s))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(new LoadActionError('USAGE', `${what}: cannot listen on ${LOOPBACK}:${port} (${e.code ?? e.message})`, { cause: e })),
    )
    server.listen(port, LOOPBACK, () => resolve())
  })
  // keepAlive false: the server alone does not hold the process open (the CLI holds it while it needs it).
  if (!keepAlive) server.unref()
  const actual = (server.address() as AddressInfo).port
  return {
    server,
    port: actual,
    url: `http://${LOOPBACK}:${actual}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      }),
  }
}

/** Host header is this server (127.0.0.1 or localhost, our port): anything else is refused. */
export function hostAllowed(req: IncomingMessage, port: number): boolean {
  const host = (req.headers.host ?? '').toLowerCase()
  return host === `${LOOPBACK}:${port}` || host === `localhost:${port}`
}

/** A state-changing request must come from our own page (Origin, when sent, is this server). */
export function sameOrigin(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin
  if (origin === undefined) return req.headers['sec-fetch-site'] === undefined || req.headers['sec-fetch-site'] === 'same-origin'
  return origin === `http://${LOOPBACK}:${port}` || origin === `http://localhost:${port}`
}

/** Ends a response with a short text body. */
export function sendText(res: ServerResponse, status: number, text: string, type = 'text/plain; charset=utf-8', extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(text), 'x-content-type-options': 'nosniff', 'cache-control': 'no-store', ...extra })
  res.end(text)
}
