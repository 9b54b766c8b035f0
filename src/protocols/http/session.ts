/**
 * A virtual user's HTTP state: one keep-alive undici Client per origin (one connection, like one
 * requests.Session per Locust user), a cookie jar, and the user's vars. `perform()` sends and times;
 * the YAML step runner (steps.ts) and the code client (client.ts) decide success and record.
 */
import { Client } from 'undici'
import type { ProtocolSession, SessionEnv, Step } from '../../engine/types.ts'
import { HttpCodeClient } from './client.ts'
import { CookieJar } from './cookies.ts'
import { connectionError } from './errors.ts'
import { exchange, type Controller, type RawResponse } from './exchange.ts'
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

export class HttpSession implements ProtocolSession {
  readonly env: SessionEnv
  readonly client: HttpCodeClient
  private readonly base: Origin
  private readonly clients = new Map<string, Client>()
  private readonly jar = new CookieJar()
  private readonly inflight = new Set<Controller>()
  /** Open model: the intended start handed to run(), for the next request's timing. */
  private intended: number | undefined

  constructor(env: SessionEnv) {
    this.env = env
    this.base = parseOrigin(env.host)
    this.client = new HttpCodeClient(this)
    env.signal.addEventListener('abort', () => {
      for (const c of this.inflight) c.abort(env.signal.reason)
      this.inflight.clear()
    }, { once: true })
  }

  run(step: Step, intendedStart?: number): Promise<boolean> {
    if (intendedStart !== undefined) this.intended = intendedStart
    if (step.kind !== 'http') throw new Error(`the http protocol cannot run a '${step.kind}' step`)
    return runHttpStep(this, step)
  }

  /** Sends one request; never rejects for target failures (only for the user's hard stop). */
  async perform(method: string, path: string, o: SendOptions): Promise<Outcome> {
    let origin = this.base
    let reqPath: string
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
    try {
      const res = await exchange(
        this.clientFor(origin),
        { path: reqPath, method, headers: this.headers(origin, o), body: o.body ?? null, headersTimeout: timeout * 1000, bodyTimeout: timeout * 1000 },
        o.keepBody,
        this.env.signal,
        this.inflight,
        timeout * 1000,
      )
      this.jar.store(origin.hostname, res.headers['set-cookie'])
      return { res, error: null, ms: res.ms + lag, bytes: res.bytes }
    } catch (e) {
      if (this.env.signal.aborted) throw e
      const ms = (e as { ms?: number }).ms ?? 0
      const bytes = (e as { partial?: { bytes: number } | null }).partial?.bytes ?? 0
      return { res: null, error: connectionError(e, origin, timeout), ms: ms + lag, bytes }
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

function hasHeader(h: Record<string, string> | undefined, name: string): boolean {
  if (!h) return false
  for (const k in h) if (k.toLowerCase() === name) return true
  return false
}
