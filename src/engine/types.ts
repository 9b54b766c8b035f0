/**
 * Engine contracts: the validated scenario (what config/ produces), the recorder the engine feeds,
 * and the plugin API (protocols). Contracts only: no code here.
 */
import type { LiveSnapshot, RunResult } from '../stats/types.ts'
import type { Comparison } from '../compare/types.ts'
import type { ProfileName } from './profiles.ts'

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
  /** Optional: the run's custom metrics store (ctx.metrics); StatsRecorder has one and puts it in the results. */
  readonly metrics?: MetricsApi
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

/** Where a plugin step was written, so the plugin's parse issues read `file:line: field: message`. */
export interface StepSource {
  file: string
  /** Field path of the step's value, e.g. `users[0].tasks[1].steps[2].ws`. */
  field: string
  /** Line of the step, when the file has lines (YAML/JSON). */
  line?: number
  /** Line of a field inside the step's value (`['expect', 'json']`), when known. */
  lineOf?: (path: readonly (string | number)[]) => number | undefined
}

/**
 * A step run by a protocol plugin, written in YAML as `- <protocol>: <value>` (`- ws: { connect: /chat }`).
 * `raw` is the value as written; `spec` is what the plugin's parseStep made of it (set before the run
 * starts; equal to raw for plugins without parseStep).
 */
export interface PluginStep {
  kind: 'plugin'
  protocol: string
  raw: unknown
  spec?: unknown
  at: StepSource
}

/** One step of a YAML task: an HTTP request, a protocol plugin's step (`ws`, user plugins), or a think time. */
export type Step =
  | { kind: 'http'; request: HttpRequestSpec; expect?: Expect; capture?: Capture[] }
  | PluginStep
  | { kind: 'think'; seconds: number }

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
  shape?: { name: string; fn: ShapeFn; /** How often fn is asked (s); default 1, as Locust ticks. */ tickSeconds?: number }
  /** A named preset (engine/profiles.ts), expanded at run time from users / spawn-rate / run-time. */
  profile?: { name: ProfileName; factor?: number }
  /**
   * Open model: iterations/s per stage (linear from the previous rate, from `startRate` for the
   * first; constant = one stage at startRate = rate), run by free users from a pool of `maxUsers`
   * (`preAllocated` started up front); iterations with no free user are dropped and counted.
   */
  arrivalRate?: {
    kind: 'constant' | 'ramping'
    stages: { rate: number; duration: number }[]
    maxUsers: number
    startRate?: number
    preAllocated?: number
  }
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
  /** Code scenarios: extra protocol plugins (steps `- <name>: …` and ctx.client(name)). */
  protocols?: ProtocolPlugin[]
  /** Code scenarios: reporters run after the built-in outputs are written. */
  reporters?: Reporter[]
  /** Code scenarios: event listeners, as a map (`{ request: fn }`) or a function given the bus (`(events) => events.on(…)`). */
  events?: EventListeners | ((events: EventBus) => void)
}

/** Locust's events.request: one finished request of any protocol. */
export interface RequestEvent {
  /** HTTP method, `WS`, or a plugin's type. */
  type: string
  name: string
  /** Milliseconds. */
  responseTime: number
  contentLength: number
  /** Locust-style failure text; null on success. */
  error: string | null
}

/** Information given to testStart listeners. */
export interface TestStartEvent {
  scenario: Scenario
}

/** The run's events and their payloads. */
export interface EventMap {
  testStart: TestStartEvent
  testStop: RunResult
  request: RequestEvent
}

export type EventName = keyof EventMap
export type EventListener<K extends EventName> = (event: EventMap[K]) => unknown

export type EventListeners = { [K in EventName]?: EventListener<K> | EventListener<K>[] }

/**
 * Event hooks (Locust's `events`). testStart/testStop listeners may be async and are awaited in
 * order; request listeners are called synchronously on the hot path (keep them cheap). An error in a
 * listener is recorded as an exception and never stops the run.
 */
export interface EventBus {
  on<K extends EventName>(name: K, fn: EventListener<K>): void
  off<K extends EventName>(name: K, fn: EventListener<K>): void
}

/** What a reporter gets besides the results. */
export interface ReporterContext {
  /** The scenario that ran (absent when reporting on a results file). */
  scenario?: Scenario
  /** The output files asked for (CLI flags / action inputs); a reporter may write next to them. */
  files: { csv?: string; json?: string; html?: string; markdown?: string; fullHistory?: boolean }
  /** The comparison with the baseline/thresholds, when one was made (its `verdict` is pass/warn/fail). */
  comparison?: Comparison
  /** Prints a line to the log (stdout in the CLI, the job log in the action). */
  log(line: string): void
}

/**
 * A reporter: turns the results into something (a file, a message, a metric push). Built-ins are in
 * src/report/index.ts; code scenarios add their own with `reporters: [...]`. Errors are reported and
 * do not change the run's exit code.
 */
export interface Reporter {
  readonly name: string
  write(result: RunResult, ctx: ReporterContext): unknown | Promise<unknown>
}

/** What a protocol session gets from the engine: the virtual user it serves. */
export interface SessionEnv {
  /** Base URL for this user (user-class host, else the scenario host); may carry user:pass@. */
  host: string
  /** The user's variables: templates read them, captures write them. */
  vars: Record<string, unknown>
  recorder: Recorder
  /** The run's custom metrics (plugins may report their own, e.g. ws's open-connection gauges). */
  metrics?: MetricsApi
  userIndex: number
  /**
   * Open model: the intended start (performance.now() ms) of the user's current iteration, returned
   * once (then undefined). A protocol adds `now - intendedStart` to the first request it times, so
   * latency counts from when the iteration should have started (coordinated-omission free).
   */
  takeIntendedStart?(): number | undefined
  /** Aborted when the user is asked to stop gracefully: long waits (ws `hold`) end early. */
  stopping?: AbortSignal
  /**
   * Aborted at the hard stop (end of the graceful window). Work cut off by it is not recorded:
   * Locust kills such greenlets without a sample too.
   */
  signal: AbortSignal
}

/** One protocol's per-user state (connections, cookies). */
export interface ProtocolSession {
  /**
   * Runs one YAML step and records it (through env.recorder). Resolves false when it failed: for
   * plugin steps the rest of the task's steps are then skipped (for http only when it had captures).
   * `intendedStart` (performance.now() ms) is when the step was meant to start: in the open model
   * latency is measured from it, so a stalled target shows in the percentiles.
   */
  run(step: Step, intendedStart?: number): Promise<boolean>
  /** The client code tasks use (HttpClient for http, WsClient for ws): ctx.http, ctx.ws, ctx.client(name). */
  readonly client?: unknown
  /** Releases connections; must not throw. */
  close(): Promise<void>
}

/** Reports problems in a step's value; the engine turns them into `file:line: field: message` issues. */
export interface StepIssues {
  /** One issue at a path inside the step's value (`[]` for the value itself). */
  add(path: readonly (string | number)[], message: string): void
  /** `expected <what>, got <value>` at a path. */
  expected(path: readonly (string | number)[], what: string, got: unknown): void
  /** A duration (`5s`, `1m`, plain seconds) in seconds, or undefined after recording an issue. */
  duration(path: readonly (string | number)[], value: unknown): number | undefined
}

/**
 * A protocol plugin (the built-ins `http` and `ws` are plugins too). Registered by name in the
 * registry the runner gets: built-ins in src/protocols/index.ts, user plugins from a code scenario's
 * `protocols: [...]` or RunWithOptions.protocols. YAML steps `- <name>: <value>` are parsed by
 * parseStep before the run starts, so mistakes stop the run with file:line issues (exit 2).
 */
export interface ProtocolPlugin {
  /** Step key and registry name: `ws` runs `- ws: …` steps and is ctx.client('ws'). */
  readonly name: string
  /** Validates a step's value and returns what run() gets as `step.spec`; report problems to `issues` (then the return value is ignored). */
  parseStep?(raw: unknown, issues: StepIssues): unknown
  /** Opens one virtual user's session (lazily, on its first step or client use). */
  createSession(env: SessionEnv): ProtocolSession
}

/** Overrides from the CLI (-u, -r, -t, --host) or action inputs. */
export interface LoadOverrides {
  users?: number
  spawnRate?: number
  runTime?: number | null
  host?: string
}

/** What onProgress receives about once a second. */
export type ProgressEvent = LiveSnapshot

export interface RunOptions {
  signal?: AbortSignal
  /** Called about once a second while running. */
  onProgress?: (p: ProgressEvent) => void
  /** Keep per-entry history (for --csv-full-history). */
  fullHistory?: boolean
  /** Shard i of n: run that share of the users. */
  shard?: { index: number; total: number }
  /** Live control (web UI, API handle): the runner attaches its user pool when the run starts. */
  control?: LoadControl
}

/**
 * Changing a closed-model run's load while it runs. The caller creates it (api/control.ts); the
 * runner calls `attach` once with its pool's setter and `detach` when the users stop.
 */
export interface LoadControl {
  attach(setLoad: (users: number, spawnRate: number) => void): void
  detach(): void
}
