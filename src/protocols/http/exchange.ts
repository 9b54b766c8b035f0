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

/**
 * Sends one request; resolves with the full response or rejects with an ExchangeError (or the abort
 * reason). In-flight controllers are kept in `inflight` so the session aborts them all from one
 * listener (adding and removing an abort listener per request costs more than the handler itself).
 */
export function exchange(
  client: Dispatcher,
  opts: Dispatcher.DispatchOptions,
  keepBody: boolean,
  signal: AbortSignal,
  inflight: Set<Controller>,
): Promise<RawResponse> {
  return new Promise<RawResponse>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason)
    const start = performance.now()
    let res: RawResponse | null = null
    let controller: Controller | null = null
    const done = () => controller && inflight.delete(controller)
    client.dispatch(opts, {
      onRequestStart(c) {
        controller = c
        if (signal.aborted) c.abort(signal.reason)
        else inflight.add(c)
      },
      onResponseStart(_c, status, headers, statusText) {
        res = { status, statusText: statusText ?? '', headers, chunks: keepBody ? [] : null, bytes: 0, ms: 0 }
      },
      onResponseData(_c, chunk) {
        if (!res) return
        res.bytes += chunk.length
        res.chunks?.push(chunk)
      },
      onResponseEnd() {
        done()
        if (!res) return reject(new ExchangeError(new Error('no response'), performance.now() - start, null))
        res.ms = performance.now() - start
        resolve(res)
      },
      onResponseError(_c, err) {
        done()
        if (signal.aborted) return reject(signal.reason)
        const r = res as RawResponse | null
        const len = r ? Number(r.headers['content-length']) : NaN
        const partial = r ? { bytes: r.bytes, expected: Number.isFinite(len) ? len : null } : null
        reject(new ExchangeError(err, performance.now() - start, partial))
      },
    })
  })
}
