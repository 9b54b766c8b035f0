/**
 * A virtual user's HTTP state: one keep-alive undici Client per origin (one connection, like one
 * requests.Session per Locust user), a cookie jar, and the user's vars. `perform()` sends and times;
 * the YAML step runner (steps.ts) and the code client (client.ts) decide success and record.
 */
import { Client, type Dispatcher } from 'undici'
import type { ProtocolSession, SessionEnv, Step } from '../../engine/types.ts'
import { HttpCodeClient } from './client.ts'
import { CookieJar } from './cookies.ts'
import { connectionError } from './errors.ts'
import { dispatchExchange, Inflight, type ExchangeSink, type RawResponse } from './exchange.ts'
import { runHttpStep } from './steps.ts'
import { isAbsolute, parseOrigin, type Origin } from './target.ts'

/** requests has no default timeout; an unbounded wait would stall a CI run, so 30 s. */
export const DEFAULT_TIMEOUT = 30

export interface Outcome {
  /** The complete response, or null when the exchange failed. */
  res: RawResponse | null
  /** Locust-style connection error text when res is null. */
  error: string | null
  ms: number
  bytes: number
}

export interface SendOptions {
  headers?: Record<string, string> | undefined
  body?: string | undefined
  /** Set when the body is JSON and no content-type header was given. */
  json?: boolean
  timeout?: number | undefined
  keepBody: boolean
}

/** Receives the outcome of one send(): `outcome` for every result to record, `abort` for the user's hard stop (nothing to record). */
export interface OutcomeSink {
  /** The Outcome's fields as arguments: no object per request on the step path. */
  outcome(res: RawResponse | null, error: string | null, ms: number, bytes: number): void
  abort(reason: unknown): void
}

export class HttpSession implements ProtocolSession {
  readonly env: SessionEnv
  readonly client: HttpCodeClient
  private readonly base: Origin
  private readonly clients = new Map<string, Client>()
  readonly jar = new CookieJar()
  private readonly inflight = new Inflight()
  /** Open model: the intended start handed to run(), for the next request's timing. */
  private intended: number | undefined
  /** The last dispatch options, reused while a request is the same (a static step repeated): no allocation. */
  private lastOpts: Dispatcher.DispatchOptions | null = null

  constructor(env: SessionEnv) {
    this.env = env
    this.base = parseOrigin(env.host)
    this.client = new HttpCodeClient(this)
    const onAbort = () => this.inflight.abortAll(env.signal.reason as Error)
    if (env.signal.aborted) onAbort()
    else env.signal.addEventListener('abort', onAbort, { once: true })
  }

  run(step: Step, intendedStart?: number): Promise<boolean> {
    if (intendedStart !== undefined) this.intended = intendedStart
    if (step.kind !== 'http') throw new Error(`the http protocol cannot run a '${step.kind}' step`)
    return runHttpStep(this, step)
  }

  /** Sends one request; never rejects for target failures (only for the user's hard stop). */
  perform(method: string, path: string, o: SendOptions): Promise<Outcome> {
    return new Promise<Outcome>((resolve, reject) => this.send(method, path, o, { outcome: (res, error, ms, bytes) => resolve({ res, error, ms, bytes }), abort: reject }))
  }

  /**
   * Sends one request and hands its outcome to `sink` (target failures are outcomes; only the user's
   * hard stop goes to `abort`). Callback-style: the YAML step path makes one promise per request.
   */
  send(method: string, path: string, o: SendOptions, sink: OutcomeSink): void {
    let origin = this.base
    let reqPath: string
    // An invalid absolute URL throws here, to the caller (an exception, not a request failure).
    if (isAbsolute(path)) {
      const u = new URL(path)
      origin = parseOrigin(`${u.protocol}//${u.username ? `${u.username}:${u.password}@` : ''}${u.host}`)
      reqPath = u.pathname + u.search
    } else reqPath = origin.basePath + path
    const timeout = o.timeout ?? DEFAULT_TIMEOUT
    // Open model: time from the iteration's intended start (coordinated-omission free), first request only.
    const intended = this.intended ?? this.env.takeIntendedStart?.()
    this.intended = undefined
    const lag = intended === undefined ? 0 : Math.max(0, performance.now() - intended)
    const pending = new Pending(this, origin, lag, timeout, sink)
    try {
      const headers = this.headers(origin, o)
      const body = o.body ?? null
      const ms = timeout * 1000
      let opts = this.lastOpts
      // undici only reads the options (its Request copies the fields), so an unchanged request reuses them.
      if (opts === null || opts.path !== reqPath || opts.method !== method || opts.headers !== headers || opts.body !== body || opts.headersTimeout !== ms) {
        this.lastOpts = opts = { path: reqPath, method, headers, body, headersTimeout: ms, bodyTimeout: ms }
      }
      dispatchExchange(this.clientFor(origin), opts, o.keepBody, this.inflight, ms, pending)
    } catch (e) {
      pending.fail(e)
    }
  }

  /** Headers as given, plus cookies, Basic auth from the URL and a JSON content type; copied only when something is added. */
  private headers(origin: Origin, o: SendOptions): Record<string, string> | undefined {
    const cookie = this.jar.get(origin.hostname)
    const needType = o.json && !hasHeader(o.headers, 'content-type')
    const needAuth = origin.authorization !== null && !hasHeader(o.headers, 'authorization')
    if (!cookie && !needType && !needAuth) return o.headers
    const h: Record<string, string> = { ...o.headers }
    if (cookie) h.cookie = h.cookie ? `${h.cookie}; ${cookie}` : cookie
    if (needType) h['content-type'] = 'application/json'
    if (needAuth) h.authorization = origin.authorization as string
    return h
  }

  private clientFor(origin: Origin): Client {
    let c = this.clients.get(origin.origin)
    if (!c) {
      c = new Client(origin.origin, { connect: { timeout: DEFAULT_TIMEOUT * 1000 }, pipelining: 1 })
      this.clients.set(origin.origin, c)
    }
    return c
  }

  async close(): Promise<void> {
    // destroy, not close: nothing is in flight any more, and close() could wait on a hung socket.
    await Promise.all([...this.clients.values()].map((c) => c.destroy().catch(() => {})))
    this.clients.clear()
  }
}

/** One request in flight: turns the exchange's result into an Outcome (cookies stored, open-model lag added). */
class Pending implements ExchangeSink {
  readonly session: HttpSession
  readonly origin: Origin
  readonly lag: number
  readonly timeout: number
  readonly sink: OutcomeSink
  constructor(session: HttpSession, origin: Origin, lag: number, timeout: number, sink: OutcomeSink) {
    this.session = session
    this.origin = origin
    this.lag = lag
    this.timeout = timeout
    this.sink = sink
  }
  done(res: RawResponse): void {
    try {
      this.session.jar.store(this.origin.hostname, res.headers['set-cookie'])
    } catch (e) {
      return this.fail(e)
    }
    this.sink.outcome(res, null, res.ms + this.lag, res.bytes)
  }
  fail(e: unknown): void {
    if (this.session.env.signal.aborted) return this.sink.abort(e)
    const ms = (e as { ms?: number }).ms ?? 0
    const bytes = (e as { partial?: { bytes: number } | null }).partial?.bytes ?? 0
    this.sink.outcome(null, connectionError(e, this.origin, this.timeout), ms + this.lag, bytes)
  }
}

function hasHeader(h: Record<string, string> | undefined, name: string): boolean {
  if (!h) return false
  for (const k in h) if (k.toLowerCase() === name) return true
  return false
}
