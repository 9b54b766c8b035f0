/**
 * Engine contracts: the validated scenario (what config/ produces), the recorder the engine feeds,
 * and the plugin API (protocols). Contracts only: no code here.
 */
import type { RunResult } from '../stats/types.ts'

/** Where the stats go. Implemented by stats/recorder.ts; the hot path, so positional arguments. */
export interface Recorder {
  /**
   * One finished request. `error` is null on success, else a Locust-style error text.
   * `responseTimeMs` is measured by the protocol (from the intended start in the open model).
   */
  request(type: string, name: string, responseTimeMs: number, contentLength: number, error: string | null): void
  /** An error thrown by user code (task, hook), grouped by message and stack. */
  exception(message: string, traceback: string): void
  /** Current number of running virtual users (sampled into the history each second). */
  setUserCount(n: number): void
  /** Optional: close finished history seconds while idle (the runner calls it every second). */
  tick?(): void
  /** Optional: live numbers for the progress line (StatsRecorder has them); else the runner counts. */
  snapshot?(): Omit<ProgressEvent, 'elapsed'> & { elapsed?: number }
}

export type Wait =
  | { kind: 'between'; min: number; max: number } // seconds, uniform like Locust's between()
  | { kind: 'constant'; seconds: number }
  | { kind: 'pacing'; seconds: number } // constant_pacing: task start to task start
  | { kind: 'none' }

/** Values captured from a response for later steps: JSON path, header, or regex on the body. */
export interface Capture {
  as: string
  json?: string
  header?: string
  regex?: string
}

export interface HttpRequestSpec {
  method: string
  /** Path (joined with the host) or absolute URL; may contain ${var} templates. */
  path: string
  /** Stats Name; default: the path as written. */
  name?: string
  headers?: Record<string, string>
  query?: Record<string, string | number | boolean>
  json?: unknown
  body?: string
  /** Request timeout in seconds (default 30). */
  timeout?: number
}

export interface Expect {
  /** Allowed statuses; default: any 2xx/3xx. */
  status?: number[]
  /** Body must contain this text. */
  contains?: string
}

/** One step of a YAML task: an HTTP request, a WebSocket exchange, or a think time. */
export type Step =
  | { kind: 'http'; request: HttpRequestSpec; expect?: Expect; capture?: Capture[] }
  | { kind: 'ws'; spec: Record<string, unknown> } // defined by the ws protocol plugin
  | { kind: 'think'; seconds: number }

/** What a code task receives: the user's client(s) and state. */
export interface TaskContext {
  /** Locust's self.client: requests that are timed and recorded. */
  http: HttpClient
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

export interface HttpRequestOptions {
  name?: string
  headers?: Record<string, string>
  query?: Record<string, string | number | boolean>
  json?: unknown
  body?: string
  timeout?: number
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

export interface MetricsApi {
  counter(name: string, inc?: number): void
  rate(name: string, pass: boolean): void
  gauge(name: string, value: number): void
  trend(name: string, value: number): void
}

export type TaskFn = (ctx: TaskContext) => unknown | Promise<unknown>

export interface Task {
  name: string
  weight: number
  /** YAML tasks: steps run in order; code tasks: a function. */
  steps?: Step[]
  fn?: TaskFn
}

export interface UserClass {
  name: string
  weight: number
  /** Overrides the scenario host for this class. */
  host?: string
  wait: Wait
  tasks: Task[]
  /** Initial per-user variables (copied into each user's vars; captures add to them). */
  vars?: Record<string, unknown>
  onStart?: TaskFn
  onStop?: TaskFn
}

/** A load shape: users and spawn rate as a function of elapsed seconds; null ends the run. */
export type ShapeFn = (elapsedSeconds: number) => { users: number; spawnRate: number } | null

export interface LoadSpec {
  users: number
  spawnRate: number
  /** Seconds; null = until stopped. */
  runTime: number | null
  /** Graceful stop window in seconds (default 5). */
  stopTimeout: number
  /** Stages / profile / custom shape / arrival rate, when given. */
  shape?: { name: string; fn: ShapeFn }
  arrivalRate?: { kind: 'constant' | 'ramping'; stages: { rate: number; duration: number }[]; maxUsers: number }
}

/** A validated scenario, ready to run. */
export interface Scenario {
  /** Absolute path of the file it came from (for messages). */
  file: string
  name: string
  host: string
  load: LoadSpec
  users: UserClass[]
  /** Variables every user starts with (user-class vars override them). */
  vars?: Record<string, unknown>
  /** Path of a thresholds file named in the scenario, resolved against the scenario's folder. */
  thresholds?: string
  hooks?: {
    testStart?: () => unknown | Promise<unknown>
    testStop?: (result: RunResult) => unknown | Promise<unknown>
  }
}

/** What a protocol session gets from the engine: the virtual user it serves. */
export interface SessionEnv {
  /** Base URL for this user (user-class host, else the scenario host); may carry user:pass@. */
  host: string
  /** The user's variables: templates read them, captures write them. */
  vars: Record<string, unknown>
  recorder: Recorder
  userIndex: number
  /**
   * Aborted at the hard stop (end of the graceful window). Work cut off by it is not recorded:
   * Locust kills such greenlets without a sample too.
   */
  signal: AbortSignal
}

/** One protocol's per-user state (connections, cookies). */
export interface ProtocolSession {
  /** Runs one YAML step and records it; resolves false when it failed (later steps of the task are skipped if it had captures). */
  run(step: Step): Promise<boolean>
  /** The client code tasks use (HttpClient for http): TaskContext exposes it under the plugin's name. */
  readonly client?: unknown
  /** Releases connections; must not throw. */
  close(): Promise<void>
}

/** A protocol plugin: `name` equals the `kind` of the steps it runs (`http`, later `ws`). */
export interface ProtocolPlugin {
  readonly name: string
  createSession(env: SessionEnv): ProtocolSession
}

/** Overrides from the CLI (-u, -r, -t, --host) or action inputs. */
export interface LoadOverrides {
  users?: number
  spawnRate?: number
  runTime?: number | null
  host?: string
}

export interface ProgressEvent {
  elapsed: number
  users: number
  /** Requests/s and failures/s over the last seconds. */
  rps: number
  fps: number
  requests: number
  failures: number
  p95: number | null
}

export interface RunOptions {
  signal?: AbortSignal
  /** Called about once a second while running. */
  onProgress?: (p: ProgressEvent) => void
  /** Keep per-entry history (for --csv-full-history). */
  fullHistory?: boolean
  /** Shard i of n: run that share of the users. */
  shard?: { index: number; total: number }
}
