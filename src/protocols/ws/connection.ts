/**
 * One WebSocket connection on undici's WebSocket: the handshake (timed, with the real cause of a
 * failure: undici's events only say "network error", so a per-connection interceptor on the shared
 * Agent keeps the status line and the socket error), messages handed to waiters, and how it ended
 * (closed by us, or dropped by the peer). Three listeners per connection, no per-message closures.
 */
import { Agent, WebSocket, type Dispatcher } from 'undici'
import type { WsTarget } from './url.ts'

/** One Agent for every WebSocket of the process: upgraded sockets leave its pools, so it never limits them. */
let agent: Agent | undefined
function sharedAgent(): Agent {
  return (agent ??= new Agent({ connect: { timeout: 30_000 } }))
}

/** Handshake details undici does not put on its events. */
interface HandshakeInfo {
  status?: number
  statusText: string
  error?: unknown
}

function capturing(info: HandshakeInfo): Dispatcher {
  return sharedAgent().compose((dispatch) => (opts, handler) => {
    // Delegate everything to fetch's handler; only look at the response start and the error.
    const h = Object.create(handler) as Dispatcher.DispatchHandler
    h.onResponseStart = (c, status, headers, text) => {
      info.status = status
      info.statusText = text ?? ''
      return handler.onResponseStart?.(c, status, headers, text)
    }
    h.onResponseError = (c, err) => {
      info.error = err
      return handler.onResponseError?.(c, err)
    }
    return dispatch(opts, h)
  })
}

/** A waiter for a message: the first one whose test passes gets it (or null on timeout/close). */
export interface Waiter {
  test: (data: string | ArrayBuffer) => boolean
  done: (data: string | ArrayBuffer | null) => void
}

export interface OpenOptions {
  headers?: Record<string, string> | undefined
  protocols?: string[] | undefined
  /** Seconds. */
  timeout: number
}

export type EndKind = 'ours' | 'dropped'

export class WsConn {
  readonly target: WsTarget
  readonly ws: WebSocket
  /** Set when the handshake failed or the peer dropped the connection (close code and reason). */
  closeCode = 0
  closeReason = ''
  /** performance.now() of the open event (0 until open). */
  openedAt = 0
  state: 'connecting' | 'open' | 'closing' | 'closed' = 'connecting'
  readonly info: HandshakeInfo = { statusText: '' }
  /** Messages nobody waited for are kept here (code connections only; YAML ones count and drop them). */
  buffer: (string | ArrayBuffer)[] | null = null
  bufferLimit = 64
  waiters: Waiter[] = []
  /** Called for every message (counting); set by the session. */
  onMessage: (() => void) | null = null
  /** Called once when the connection ends after being open. */
  onEnd: ((kind: EndKind) => void) | null = null
  private opened: ((ok: boolean) => void) | null = null
  private closed: (() => void) | null = null

  constructor(target: WsTarget, opts: OpenOptions) {
    this.target = target
    const init: { dispatcher: Dispatcher; headers?: Record<string, string>; protocols?: string[] } = { dispatcher: capturing(this.info) }
    if (opts.headers) init.headers = opts.headers
    if (opts.protocols) init.protocols = opts.protocols
    this.ws = new WebSocket(target.url, init)
    this.ws.binaryType = 'arraybuffer'
    this.ws.addEventListener('open', this)
    this.ws.addEventListener('message', this)
    this.ws.addEventListener('close', this)
  }

  /** Resolves true when open, false when the handshake failed or timed out (then closed). */
  waitOpen(timeoutMs: number): Promise<boolean> {
    if (this.state !== 'connecting') return Promise.resolve(this.state === 'open')
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        this.opened = null
        this.closeCode = -1 // timed out (no close event yet)
        this.state = 'closed'
        try {
          this.ws.close()
        } catch {}
        resolve(false)
      }, timeoutMs)
      this.opened = (ok) => {
        clearTimeout(timer)
        resolve(ok)
      }
    })
  }

  /** One listener object for all three events (no closures per connection or message). */
  handleEvent(e: Event): void {
    if (e.type === 'message') return this.message((e as MessageEvent).data as string | ArrayBuffer)
    if (e.type === 'open') {
      if (this.state !== 'connecting') return // timed out meanwhile
      this.state = 'open'
      this.openedAt = performance.now()
      this.opened?.(true)
      this.opened = null
      return
    }
    // close
    const ce = e as CloseEvent
    const was = this.state
    this.state = 'closed'
    this.closeCode = ce.code
    this.closeReason = ce.reason
    if (this.opened) {
      this.opened(false)
      this.opened = null
    }
    const waiters = this.waiters
    this.waiters = []
    for (const w of waiters) w.done(null)
    if (was === 'open') this.onEnd?.('dropped')
    else if (was === 'closing') this.onEnd?.('ours')
    this.closed?.()
  }

  private message(data: string | ArrayBuffer): void {
    this.onMessage?.()
    const ws = this.waiters
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i] as Waiter
      if (!w.test(data)) continue
      ws.splice(i, 1)
      w.done(data)
      return
    }
    if (this.buffer) {
      if (this.buffer.length >= this.bufferLimit) this.buffer.shift()
      this.buffer.push(data)
    }
  }

  /** Adds a waiter; returns a function that removes it again (timeout). */
  wait(w: Waiter): void {
    this.waiters.push(w)
  }

  unwait(w: Waiter): void {
    const i = this.waiters.indexOf(w)
    if (i >= 0) this.waiters.splice(i, 1)
  }

  /** Starts the closing handshake; resolves when closed (or after `timeoutMs`, giving up on the peer). */
  close(code = 1000, reason = '', timeoutMs = 5000): Promise<void> {
    if (this.state === 'closed') return Promise.resolve()
    const p = new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.closed = null
        resolve()
      }, timeoutMs)
      this.closed = () => {
        clearTimeout(timer)
        resolve()
      }
    })
    if (this.state !== 'closing') {
      this.state = 'closing'
      try {
        this.ws.close(code, reason)
      } catch {
        this.ws.close()
      }
    }
    return p
  }
}
