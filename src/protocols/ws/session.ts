/**
 * A virtual user's WebSocket state: one connection for its YAML steps (connect → send/receive/hold →
 * close) and any connections its code opens through ctx.ws. Every timed action is a row of Type
 * `WS`: `connect <name>`, each round trip by step name, `close <name>` (a drop by the peer is a
 * failure there, timed from connect to the drop).
 */
import type { ProtocolSession, SessionEnv, Step } from '../../engine/types.ts'
import { jsonEscape, render } from '../../engine/template.ts'
import { WsCodeClient } from './client.ts'
import { WsConn, type Waiter } from './connection.ts'
import { ALREADY_CLOSED, closedError, handshakeError, timeoutError } from './errors.ts'
import { describeExpect, matcher, type Test } from './match.ts'
import type { WsSpec } from './spec.ts'
import { METRIC, runState, type WsRunState } from './state.ts'
import { wsUrl } from './url.ts'

export const TYPE = 'WS'
type Data = string | ArrayBuffer

/** A connection with its stats name. */
export interface Named {
  conn: WsConn
  name: string
}

export class WsSession implements ProtocolSession {
  readonly env: SessionEnv
  readonly client: WsCodeClient
  readonly state: WsRunState
  /** The YAML steps' connection. */
  private current: Named | null = null
  /** Every connection not yet ended (YAML and code), closed with the session. */
  readonly live = new Set<Named>()

  constructor(env: SessionEnv) {
    this.env = env
    this.state = runState(env)
    this.client = new WsCodeClient(this)
    // The hard stop ends every connection at once; nothing cut off by it is recorded.
    env.signal.addEventListener('abort', () => {
      for (const n of this.live) void n.conn.close(1001, '', 1000)
    }, { once: true })
  }

  async run(step: Step, intendedStart?: number): Promise<boolean> {
    if (step.kind !== 'plugin' || step.protocol !== 'ws') throw new Error(`the ws protocol cannot run a '${step.kind}' step`)
    const spec = step.spec as WsSpec
    const start = intendedStart ?? this.env.takeIntendedStart?.() ?? performance.now()
    switch (spec.op) {
      case 'connect': {
        if (this.current) await this.closeConn(this.current, 1000, '')
        const n = await this.open(render(spec.path, this.env.vars), spec.name, spec, start)
        this.current = n.conn.state === 'open' ? n : null
        return this.current !== null
      }
      case 'send':
      case 'receive': {
        const c = this.current
        if (!c || c.conn.state !== 'open') return this.fail(spec.name, start, ALREADY_CLOSED)
        const msg = spec.op === 'send' ? render(spec.message, this.env.vars, spec.json ? jsonEscape : undefined) : null
        if (spec.op === 'send' && !spec.expect) {
          this.send(c.conn, msg as string)
          this.env.recorder.request(TYPE, spec.name, performance.now() - start, 0, null)
          return true
        }
        const reply = await this.roundTrip(c.conn, msg, matcher(spec.expect, this.env.vars), spec.timeout)
        if (this.env.signal.aborted) return false
        const error = reply === undefined ? timeoutError(`no ${describeExpect(spec.expect)} within ${spec.timeout} s`) : reply === null ? closedErrorOf(c.conn) : null
        this.env.recorder.request(TYPE, spec.name, performance.now() - start, reply ? size(reply) : 0, error)
        return error === null
      }
      case 'hold': {
        const c = this.current
        if (!c || c.conn.state !== 'open') return this.fail('hold', start, ALREADY_CLOSED)
        return this.hold(c.conn, spec.seconds)
      }
      case 'close': {
        const c = this.current
        this.current = null
        if (c && c.conn.state === 'open') await this.closeConn(c, spec.code, spec.reason)
        return true
      }
    }
  }

  /** Opens, times and records a connection (`connect <name>`); the result may have failed (state 'closed'). */
  async open(path: string, name: string, o: { headers?: Record<string, string> | undefined; protocols?: string[] | undefined; timeout: number }, start = performance.now()): Promise<Named> {
    const target = wsUrl(this.env.host, path)
    const conn = new WsConn(target, { headers: o.headers, protocols: o.protocols, timeout: o.timeout })
    const n: Named = { conn, name }
    this.live.add(n)
    const ok = await conn.waitOpen(o.timeout * 1000)
    const ms = performance.now() - start
    if (this.env.signal.aborted) {
      this.live.delete(n)
      return n
    }
    if (!ok) {
      this.live.delete(n)
      const error = conn.closeCode === -1 ? timeoutError(`Connection timed out (${o.timeout} s)`) : handshakeError(conn.info.status, conn.info.statusText, conn.info.error, target, o.timeout)
      this.env.recorder.request(TYPE, `connect ${name}`, ms, 0, error)
      return n
    }
    this.state.opened()
    const metrics = this.env.metrics
    conn.onMessage = metrics ? () => metrics.counter(METRIC.received) : null
    conn.onEnd = (kind) => {
      this.live.delete(n)
      this.state.ended()
      if (kind === 'dropped' && !this.env.signal.aborted) {
        metrics?.counter(METRIC.dropped)
        this.env.recorder.request(TYPE, `close ${name}`, performance.now() - conn.openedAt, 0, closedError(conn.closeCode, conn.closeReason))
      }
    }
    this.env.recorder.request(TYPE, `connect ${name}`, ms, 0, null)
    return n
  }

  /** Closes and records `close <name>` (the closing handshake's time); not recorded after the hard stop. */
  async closeConn(n: Named, code: number, reason: string): Promise<void> {
    if (n.conn.state !== 'open') return
    const t0 = performance.now()
    await n.conn.close(code, reason)
    if (!this.env.signal.aborted) this.env.recorder.request(TYPE, `close ${n.name}`, performance.now() - t0, 0, null)
  }

  send(conn: WsConn, data: string | ArrayBufferLike | ArrayBufferView): void {
    conn.ws.send(data as string)
    this.env.metrics?.counter(METRIC.sent)
  }

  /** Sends (when `msg` is given) and waits for the first message passing `test`: the reply, null when the connection ended, undefined on timeout. */
  roundTrip(conn: WsConn, msg: string | ArrayBufferLike | null, test: Test, timeout: number): Promise<Data | null | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        conn.unwait(w)
        resolve(undefined)
      }, timeout * 1000)
      const w: Waiter = {
        test,
        done(d) {
          clearTimeout(timer)
          resolve(d)
        },
      }
      // The waiter is in place before the message leaves, so even an instant reply is seen.
      conn.wait(w)
      if (msg !== null) this.send(conn, msg)
    })
  }

  /** Keeps the connection open for `seconds` (counted as held); ends early on a drop or when the user stops. */
  private async hold(conn: WsConn, seconds: number): Promise<boolean> {
    this.state.holdStart()
    const stopping = this.env.stopping
    try {
      await new Promise<void>((resolve) => {
        const end = () => {
          clearTimeout(timer)
          conn.unwait(w)
          stopping?.removeEventListener('abort', end)
          this.env.signal.removeEventListener('abort', end)
          resolve()
        }
        // A waiter that takes no message: the connection's end wakes it.
        const w: Waiter = { test: () => false, done: end }
        const timer = setTimeout(end, seconds * 1000)
        conn.wait(w)
        stopping?.addEventListener('abort', end, { once: true })
        this.env.signal.addEventListener('abort', end, { once: true })
        if (stopping?.aborted || this.env.signal.aborted) end()
      })
    } finally {
      this.state.holdEnd()
    }
    return conn.state === 'open'
  }

  private fail(name: string, start: number, error: string): false {
    if (!this.env.signal.aborted) this.env.recorder.request(TYPE, name, performance.now() - start, 0, error)
    return false
  }

  async close(): Promise<void> {
    await Promise.all([...this.live].map((n) => this.closeConn(n, 1000, '').catch(() => {})))
    this.live.clear()
    this.current = null
  }
}

function size(d: Data): number {
  return typeof d === 'string' ? Buffer.byteLength(d) : d.byteLength
}

/** The failure text of a round trip cut off by the connection's end. */
export function closedErrorOf(conn: WsConn): string {
  return conn.closeCode ? closedError(conn.closeCode, conn.closeReason) : ALREADY_CLOSED
}

