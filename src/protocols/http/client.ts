/**
 * ctx.http for code tasks: Locust's self.client. Every call is timed and recorded; target failures
 * never throw (the response has status 0 and `error`, as Locust's), only the user's hard stop does.
 * `check` plays catch_response: return a string (failure text) or false to fail, true to pass
 * whatever the status, nothing to keep the status rule.
 */
import type { HttpClient, HttpRequestOptions, HttpResponse } from '../../engine/types.ts'
import { checkError, statusError } from './errors.ts'
import type { HttpSession } from './session.ts'
import { isAbsolute, stripCredentials } from './target.ts'

class Response implements HttpResponse {
  readonly status: number
  readonly headers: Record<string, string | string[] | undefined>
  readonly error?: string
  private readonly chunks: Buffer[] | null
  private cached: string | undefined
  constructor(status: number, headers: HttpResponse['headers'], chunks: Buffer[] | null, error: string | null) {
    this.status = status
    this.headers = headers
    this.chunks = chunks
    if (error !== null) this.error = error
  }
  get text(): string {
    return (this.cached ??= this.chunks ? Buffer.concat(this.chunks).toString('utf8') : '')
  }
  json<T = unknown>(): T {
    return JSON.parse(this.text) as T
  }
}

export class HttpCodeClient implements HttpClient {
  private readonly session: HttpSession
  constructor(session: HttpSession) {
    this.session = session
  }

  async request(method: string, path: string, opts: HttpRequestOptions = {}): Promise<HttpResponse> {
    method = method.toUpperCase()
    if (opts.query) {
      const q = new URLSearchParams(Object.entries(opts.query).map(([k, v]) => [k, String(v)]))
      path += (path.includes('?') ? '&' : '?') + q.toString()
    }
    const json = opts.json !== undefined
    const out = await this.session.perform(method, path, {
      headers: opts.headers,
      body: json ? JSON.stringify(opts.json) : opts.body,
      json,
      timeout: opts.timeout,
      keepBody: true,
    })
    // Locust's default Name is the path with its query string; absolute URLs lose their credentials.
    const name = opts.name ?? (isAbsolute(path) ? stripCredentials(path) : path)
    const res = out.res ? new Response(out.res.status, out.res.headers, out.res.chunks, null) : new Response(0, {}, null, out.error)
    let error = out.error ?? statusError(res.status, out.res?.statusText ?? '', name)
    if (opts.check && out.res) {
      try {
        const verdict = opts.check(res)
        if (typeof verdict === 'string') error = checkError(verdict)
        else if (verdict === true) error = null
        else if (verdict === false) error = checkError('check failed')
      } catch (e) {
        this.session.env.recorder.request(method, name, out.ms, out.bytes, checkError((e as Error)?.message ?? String(e)))
        throw e
      }
    }
    this.session.env.recorder.request(method, name, out.ms, out.bytes, error)
    return res
  }

  get(path: string, opts?: HttpRequestOptions) {
    return this.request('GET', path, opts)
  }
  post(path: string, opts?: HttpRequestOptions) {
    return this.request('POST', path, opts)
  }
  put(path: string, opts?: HttpRequestOptions) {
    return this.request('PUT', path, opts)
  }
  patch(path: string, opts?: HttpRequestOptions) {
    return this.request('PATCH', path, opts)
  }
  delete(path: string, opts?: HttpRequestOptions) {
    return this.request('DELETE', path, opts)
  }
}
