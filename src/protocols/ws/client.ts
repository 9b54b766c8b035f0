/**
 * ctx.ws for code tasks: `const c = await ctx.ws.connect('/chat')`, then `c.request(msg, { match })`
 * for timed round trips, `send`/`receive`/`waitFor` for free-form conversations, `close()`. Target
 * failures are recorded and reported on the connection (`error`), never thrown; waiting calls
 * (`receive`, `waitFor`) reject on timeout or close, like a socket read would.
 */
import type { WsClient, WsConnectOptions, WsConnection, WsMessage, WsRequestOptions } from '../../engine/types.ts'
import { checkError } from '../http/errors.ts'
import type { WsConn } from './connection.ts'
import { ALREADY_CLOSED, timeoutError } from './errors.ts'
import { ANY, asText } from './match.ts'
import { DEFAULT_TIMEOUT, messageName } from './spec.ts'
import { closedErrorOf, TYPE, type Named, type WsSession } from './session.ts'

class Message implements WsMessage {
  readonly data: string | ArrayBuffer
  private cached: string | undefined
  constructor(data: string | ArrayBuffer) {
    this.data = data
  }
  get text(): string {
    return (this.cached ??= asText(this.data))
  }
  json<T = unknown>(): T {
    return JSON.parse(this.text) as T
  }
}

class Connection implements WsConnection {
  private readonly s: WsSession
  private readonly n: Named
  constructor(s: WsSession, n: Named) {
    this.s = s
    this.n = n
    // Code may read messages nobody waited for (receive()); keep a bounded backlog.
    n.conn.buffer = []
  }

  private get conn(): WsConn {
    return this.n.conn
  }

  get open(): boolean {
    return this.conn.state === 'open'
  }

  get error(): string | undefined {
    const c = this.conn
    if (c.state === 'open' || c.state === 'connecting') return undefined
    return c.closeCode === 1000 && c.openedAt ? undefined : closedErrorOf(c)
  }

  send(data: string | ArrayBufferLike | object): boolean {
    if (!this.open) return false
    this.s.send(this.conn, encode(data))
    return true
  }

  async request(data: string | object, opts: WsRequestOptions = {}): Promise<WsMessage | null> {
    const text = encode(data)
    const name = opts.name ?? (typeof text === 'string' ? messageName(text) : 'binary')
    const timeout = opts.timeout ?? DEFAULT_TIMEOUT
    const start = this.s.env.takeIntendedStart?.() ?? performance.now()
    const rec = this.s.env.recorder
    if (!this.open) {
      rec.request(TYPE, name, 0, 0, ALREADY_CLOSED)
      return null
    }
    const match = opts.match
    const reply = await this.s.roundTrip(this.conn, text, match ? (d) => match(new Message(d)) : ANY, timeout)
    if (this.s.env.signal.aborted) return null
    const ms = performance.now() - start
    if (reply === undefined || reply === null) {
      rec.request(TYPE, name, ms, 0, reply === undefined ? timeoutError(`no matching reply within ${timeout} s`) : closedErrorOf(this.conn))
      return null
    }
    const m = new Message(reply)
    let error: string | null = null
    if (opts.check) {
      try {
        const v = opts.check(m)
        if (typeof v === 'string') error = checkError(v)
        else if (v === false) error = checkError('check failed')
      } catch (e) {
        rec.request(TYPE, name, ms, size(reply), checkError((e as Error)?.message ?? String(e)))
        throw e
      }
    }
    rec.request(TYPE, name, ms, size(reply), error)
    return error === null ? m : null
  }

  receive(opts: { timeout?: number } = {}): Promise<WsMessage> {
    return this.waitFor(() => true, opts)
  }

  async waitFor(match: (m: WsMessage) => boolean, opts: { timeout?: number } = {}): Promise<WsMessage> {
    const buf = this.conn.buffer
    if (buf) {
      for (let i = 0; i < buf.length; i++) {
        const m = new Message(buf[i] as string | ArrayBuffer)
        if (match(m)) {
          buf.splice(i, 1)
          return m
        }
      }
    }
    if (!this.open) throw new Error(`WebSocket ${this.n.name} is not open: ${this.error ?? 'closed'}`)
    const timeout = opts.timeout ?? DEFAULT_TIMEOUT
    const reply = await this.s.roundTrip(this.conn, null, (d) => match(new Message(d)), timeout)
    if (reply === undefined) throw new Error(`WebSocket ${this.n.name}: no matching message within ${timeout} s`)
    if (reply === null) throw new Error(`WebSocket ${this.n.name} closed: ${this.error ?? 'closed'}`)
    return new Message(reply)
  }

  close(code = 1000, reason = ''): Promise<void> {
    return this.s.closeConn(this.n, code, reason)
  }
}

export class WsCodeClient implements WsClient {
  private readonly s: WsSession
  constructor(s: WsSession) {
    this.s = s
  }

  async connect(path: string, opts: WsConnectOptions = {}): Promise<WsConnection> {
    const start = this.s.env.takeIntendedStart?.() ?? performance.now()
    const n = await this.s.open(path, opts.name ?? path, { headers: opts.headers, protocols: opts.protocols, timeout: opts.timeout ?? DEFAULT_TIMEOUT }, start)
    return new Connection(this.s, n)
  }
}

function encode(data: string | ArrayBufferLike | object): string | ArrayBufferLike {
  if (typeof data === 'string' || data instanceof ArrayBuffer || data instanceof SharedArrayBuffer) return data
  return ArrayBuffer.isView(data) ? (data as ArrayBufferView) as unknown as ArrayBufferLike : JSON.stringify(data)
}

function size(d: string | ArrayBuffer): number {
  return typeof d === 'string' ? Buffer.byteLength(d) : d.byteLength
}
