/**
 * What user code sees: the task context, Locust's self.client (HTTP), WebSocket connections and
 * custom metrics. Contracts only.
 */
import type { HttpRequestSpec } from './scenario.ts'

/** What a code task receives: the user's client(s) and state. */
export interface TaskContext {
  /** Locust's self.client: requests that are timed and recorded. */
  http: HttpClient
  /** WebSocket connections, timed and recorded as rows of Type `WS` (the ws plugin's client). */
  ws: WsClient
  /** The code client of any registered protocol plugin (`ctx.client<MyClient>('grpc')`); throws for unknown names. */
  client<T = unknown>(protocol: string): T
  /** Per-user variables (captures land here too). */
  vars: Record<string, unknown>
  /** Index of this virtual user (0-based, in spawn order). */
  userIndex: number
  /** Aborted when the user must stop. */
  signal: AbortSignal
  /** Custom metrics (counters, rates, gauges, trends). */
  metrics: MetricsApi
  /** Sleep that ends early when the user stops. */
  sleep(seconds: number): Promise<void>
}

export interface HttpResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  text: string
  json<T = unknown>(): T
  /** Set when the request failed at the connection level (status 0). */
  error?: string
}

/** A code task's request options: a YAML request's fields (name, headers, query, json, body, timeout in s) plus a check. */
export interface HttpRequestOptions extends Omit<HttpRequestSpec, 'method' | 'path'> {
  /** Locust's catch_response: return a failure text (or false) to fail, true to pass regardless of status, nothing to keep the status rule. */
  check?: (res: HttpResponse) => string | boolean | void | undefined
}

export interface HttpClient {
  request(method: string, path: string, opts?: HttpRequestOptions): Promise<HttpResponse>
  get(path: string, opts?: HttpRequestOptions): Promise<HttpResponse>
  post(path: string, opts?: HttpRequestOptions): Promise<HttpResponse>
  put(path: string, opts?: HttpRequestOptions): Promise<HttpResponse>
  patch(path: string, opts?: HttpRequestOptions): Promise<HttpResponse>
  delete(path: string, opts?: HttpRequestOptions): Promise<HttpResponse>
}

/**
 * Custom metrics (k6's Counter/Rate/Gauge/Trend): one store per run, shared by every user; the
 * totals land in RunResult.metrics, the console summary and the HTML report. A name keeps the kind
 * it was first used with.
 */
export interface MetricsApi {
  /** Adds `inc` (default 1) to a total. */
  counter(name: string, inc?: number): void
  /** Counts a pass or a fail; the value is passes / total (e.g. "routing accuracy"). */
  rate(name: string, pass: boolean): void
  /** Sets the current value (the results keep the last one and the highest). */
  gauge(name: string, value: number): void
  /** Adds a sample to a distribution (average and percentiles, 3 significant digits). */
  trend(name: string, value: number): void
}

export interface WsConnectOptions {
  /** Stats name of the connection (rows `connect <name>`, `close <name>`); default: the path. */
  name?: string
  headers?: Record<string, string>
  /** Sec-WebSocket-Protocol values. */
  protocols?: string[]
  /** Seconds to wait for the handshake (default 10). */
  timeout?: number
}

/** A received message: text frames are strings, binary frames ArrayBuffers. */
export interface WsMessage {
  readonly data: string | ArrayBuffer
  /** The data as text (binary decoded as UTF-8). */
  readonly text: string
  json<T = unknown>(): T
}

export interface WsRequestOptions {
  /** Stats name of the round trip; default: the message (first 60 characters). */
  name?: string
  /** Which reply ends the round trip; default: the next message. */
  match?: (m: WsMessage) => boolean
  /** Seconds to wait for the reply (default 10). */
  timeout?: number
  /** Like http's check: a string (failure text) or false fails the round trip, true or nothing passes. */
  check?: (m: WsMessage) => string | boolean | void | undefined
}

/** One WebSocket connection of a code task. Target failures are recorded, not thrown. */
export interface WsConnection {
  /** True while the connection is open. */
  readonly open: boolean
  /** Locust-style failure text when the connection failed or was dropped. */
  readonly error: string | undefined
  /** Sends a message (objects are JSON-encoded); not timed. Returns false when the connection is not open. */
  send(data: string | ArrayBufferLike | object): boolean
  /** Sends and waits for the matching reply; recorded as a round trip. Null when it failed (timeout, closed, check). */
  request(data: string | object, opts?: WsRequestOptions): Promise<WsMessage | null>
  /** The next message (already received and not yet taken, or the next to arrive); rejects on timeout or close. */
  receive(opts?: { timeout?: number }): Promise<WsMessage>
  /** The next message for which `match` is true; rejects on timeout or close. Not recorded. */
  waitFor(match: (m: WsMessage) => boolean, opts?: { timeout?: number }): Promise<WsMessage>
  /** Closes the connection (recorded as `close <name>`). */
  close(code?: number, reason?: string): Promise<void>
}

export interface WsClient {
  /** Opens a connection to a path (joined with the host, http→ws) or a ws(s):// URL; recorded as `connect <name>`. */
  connect(path: string, opts?: WsConnectOptions): Promise<WsConnection>
}

export type TaskFn = (ctx: TaskContext) => unknown | Promise<unknown>

