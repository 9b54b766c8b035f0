/**
 * One HTTP exchange on an undici Client through `dispatch()` with a minimal handler: no body stream,
 * no per-chunk promise. The body is kept only when someone needs it (captures, checks, code tasks),
 * otherwise only counted. Times with performance.now() in ms, request start → body fully received
 * (what requests/Locust measure).
 */
import type { Dispatcher } from 'undici'

export interface RawResponse {
  status: number
  statusText: string
  headers: Record<string, string | string[] | undefined>
  /** Body chunks, when kept. */
  chunks: Buffer[] | null
  /** Bytes of body received (Locust's content length). */
  bytes: number
  /** Milliseconds from dispatch to the end of the body. */
  ms: number
}

/** An exchange that failed before a complete response; `partial` tells how far it got. */
export class ExchangeError extends Error {
  override readonly cause: Error
  readonly ms: number
  /** Status line and headers had arrived (the body was cut off). */
  readonly partial: { bytes: number; expected: number | null } | null
  constructor(cause: Error, ms: number, partial: ExchangeError['partial']) {
    super(cause.message)
    this.name = 'ExchangeError'
    this.cause = cause
    this.ms = ms
    this.partial = partial
  }
}

export type Controller = Parameters<NonNullable<Dispatcher.DispatchHandler['onRequestStart']>>[0]

/** Where an exchange ends: the full response, or an ExchangeError (or the abort reason). Called once. */
export interface ExchangeSink {
  done(res: RawResponse): void
  fail(e: unknown): void
}

/**
 * A session's requests in flight, all aborted from one listener on the user's hard stop. Per request
 * this is a field read and a slot, instead of AbortSignal getters and Set operations (a session has
 * one request in flight at a time, unless a code task runs several: those go to the set).
 */
export class Inflight {
  aborted = false
  /** The signal's abort reason (an Error unless user code aborted with something else). */
  reason = undefined as unknown as Error
  private one: Controller | null = null
  private more: Set<Controller> | null = null
  add(c: Controller): void {
    if (this.one === null) this.one = c
    else (this.more ??= new Set()).add(c)
  }
  delete(c: Controller): void {
    if (this.one === c) this.one = null
    else this.more?.delete(c)
  }
  abortAll(reason: Error): void {
    this.aborted = true
    this.reason = reason
    const one = this.one
    this.one = null
    one?.abort(reason)
    if (this.more) for (const c of this.more) c.abort(reason)
    this.more = null
  }
}

/**
 * The dispatch handler of one exchange: a class, so a request allocates one object with its methods
 * on the prototype instead of five closures (the handler is on the hot path: GC showed up in profiles).
 */
class Exchange implements Dispatcher.DispatchHandler {
  readonly start = performance.now()
  res: RawResponse | null = null
  controller: Controller | null = null
  readonly keepBody: boolean
  readonly inflight: Inflight
  readonly sink: ExchangeSink
  /** Precise read timeout (short timeouts only, see exchange()); refreshed on every read. */
  timer: NodeJS.Timeout | null = null
  timedOut: Error | null = null
  constructor(keepBody: boolean, inflight: Inflight, sink: ExchangeSink) {
    this.keepBody = keepBody
    this.inflight = inflight
    this.sink = sink
  }
  onRequestStart(c: Controller): void {
    this.controller = c
    if (this.inflight.aborted) c.abort(this.inflight.reason)
    else if (this.timedOut !== null) c.abort(this.timedOut)
    else this.inflight.add(c)
  }
  onResponseStart(_c: Controller, status: number, headers: RawResponse['headers'], statusText?: string): void {
    this.res = { status, statusText: statusText ?? '', headers, chunks: this.keepBody ? [] : null, bytes: 0, ms: 0 }
    this.timer?.refresh()
  }
  onResponseData(_c: Controller, chunk: Buffer): void {
    const res = this.res
    if (res === null) return
    res.bytes += chunk.length
    if (res.chunks !== null) res.chunks.push(chunk)
    this.timer?.refresh()
  }
  /** The read timeout fired: abort with undici's own timeout error codes (mapped to ReadTimeout). */
  onTimeout(): void {
    const err = Object.assign(new Error('read timed out'), { code: this.res ? 'UND_ERR_BODY_TIMEOUT' : 'UND_ERR_HEADERS_TIMEOUT' })
    this.timedOut = err
    this.controller?.abort(err)
  }
  onResponseEnd(): void {
    const end = performance.now()
    if (this.timer !== null) clearTimeout(this.timer)
    if (this.controller !== null) this.inflight.delete(this.controller)
    const res = this.res
    if (res === null) return this.sink.fail(new ExchangeError(new Error('no response'), end - this.start, null))
    res.ms = end - this.start
    this.sink.done(res)
  }
  onResponseError(_c: Controller, err: Error): void {
    if (this.timer !== null) clearTimeout(this.timer)
    if (this.controller !== null) this.inflight.delete(this.controller)
    if (this.inflight.aborted) return this.sink.fail(this.inflight.reason)
    const r = this.res
    const len = r ? Number(r.headers['content-length']) : NaN
    const partial = r ? { bytes: r.bytes, expected: Number.isFinite(len) ? len : null } : null
    this.sink.fail(new ExchangeError(err, performance.now() - this.start, partial))
  }
}

/**
 * undici checks headersTimeout/bodyTimeout on a coarse clock (measured: a 0.2 s timeout fired after
 * ~1 s), so a short timeout gets a precise timer of its own, refreshed on every read (a read
 * timeout, as in requests). Long ones (the 30 s default) keep undici's: no timer per request.
 */
const PRECISE_BELOW_MS = 10_000

/**
 * Sends one request; the sink gets the full response or an ExchangeError (or the abort reason).
 * Callback-style, so the YAML step path needs no promise per layer (each await of a promise chain
 * costs a microtask hop per request).
 */
export function dispatchExchange(
  client: Dispatcher,
  opts: Dispatcher.DispatchOptions,
  keepBody: boolean,
  inflight: Inflight,
  timeoutMs: number | undefined,
  sink: ExchangeSink,
): void {
  if (inflight.aborted) return sink.fail(inflight.reason)
  const ex = new Exchange(keepBody, inflight, sink)
  if (timeoutMs !== undefined && timeoutMs < PRECISE_BELOW_MS) ex.timer = setTimeout(() => ex.onTimeout(), timeoutMs)
  client.dispatch(opts, ex)
}
