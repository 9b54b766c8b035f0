/**
 * Shared pieces of the fault tests: raw TCP servers that misbehave in ways an HTTP server library
 * will not (half answers, garbage, silence), and a runner for a small YAML scenario written to a
 * temp folder, so every fault goes through the real loader, engine, protocol and recorder.
 */
import { createServer, type Server, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadScenario, run } from '../../../src/engine/index.ts'
import { statsRows } from '../../../src/stats/summary.ts'
import type { RunResult, StatsRow } from '../../../src/stats/types.ts'

export interface RawServer {
  port: number
  url: string
  /** Connections accepted so far. */
  accepted: number
  close(): Promise<void>
}

/**
 * A TCP server on 127.0.0.1 that hands every connection to `onRequest` once a full request head
 * (up to the blank line) has arrived; `port` reuses a port (for restarts).
 */
export async function startRawServer(onRequest: (socket: Socket, head: string) => void, port = 0): Promise<RawServer> {
  const sockets = new Set<Socket>()
  const s: RawServer = { port: 0, url: '', accepted: 0, close: async () => {} }
  const server: Server = createServer((socket) => {
    s.accepted++
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => {})
    let buf = ''
    socket.on('data', (d) => {
      buf += d.toString('latin1')
      // Keep-alive: several requests may come on one socket, one at a time.
      let end: number
      while ((end = buf.indexOf('\r\n\r\n')) >= 0) {
        const head = buf.slice(0, end)
        buf = buf.slice(end + 4)
        onRequest(socket, head)
      }
    })
  })
  await new Promise<void>((ok, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', () => ok())
  })
  s.port = (server.address() as AddressInfo).port
  s.url = `http://127.0.0.1:${s.port}`
  s.close = () =>
    new Promise<void>((ok) => {
      for (const c of sockets) c.destroy()
      server.close(() => ok())
    })
  return s
}

/** A complete `200 OK` with a body, keep-alive. */
export function ok(socket: Socket, body = 'ok'): void {
  socket.write(`HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)
}

/** The request line's path (`GET /x HTTP/1.1` → `/x`). */
export function pathOf(head: string): string {
  return head.split(' ')[1] ?? '/'
}

/** Writes the YAML to a temp file, loads it through the real loader and runs it. */
export async function runYaml(yaml: string, overrides: Parameters<typeof loadScenario>[1] = {}): Promise<RunResult> {
  const file = join(mkdtempSync(join(tmpdir(), 'la-fault-')), 'scenario.yml')
  writeFileSync(file, yaml)
  return run(await loadScenario(file, overrides))
}

/** Stats rows keyed `TYPE name` (Aggregated as `Aggregated`). */
export function rowsOf(result: RunResult): Record<string, StatsRow> {
  return Object.fromEntries(statsRows(result).map((r) => [r.type ? `${r.type} ${r.name}` : r.name, r]))
}

/** Failure texts keyed `METHOD name` → error → occurrences. */
export function failuresOf(result: RunResult): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {}
  for (const f of result.failures) (out[`${f.method} ${f.name}`] ??= {})[f.error] = f.occurrences
  return out
}

/** Run wall time in seconds. */
export function wallTime(result: RunResult): number {
  return result.meta.endTime - result.meta.startTime
}
