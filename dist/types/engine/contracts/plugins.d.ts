/**
 * The plugin API: events, reporters and protocol plugins with their per-user sessions. Built-ins
 * (http, ws, csv, html, …) register through the same contracts. Contracts only.
 */
import type { RunResult } from '../../stats/types.js';
import type { Comparison } from '../../compare/types.js';
import type { MetricsApi } from './context.js';
import type { Recorder } from '../types.js';
import type { Scenario, Step } from './scenario.js';
/** Locust's events.request: one finished request of any protocol. */
export interface RequestEvent {
    /** HTTP method, `WS`, or a plugin's type. */
    type: string;
    name: string;
    /** Milliseconds. */
    responseTime: number;
    contentLength: number;
    /** Locust-style failure text; null on success. */
    error: string | null;
}
/** Information given to testStart listeners. */
export interface TestStartEvent {
    scenario: Scenario;
}
/** The run's events and their payloads. */
export interface EventMap {
    testStart: TestStartEvent;
    testStop: RunResult;
    request: RequestEvent;
}
export type EventName = keyof EventMap;
export type EventListener<K extends EventName> = (event: EventMap[K]) => unknown;
export type EventListeners = {
    [K in EventName]?: EventListener<K> | EventListener<K>[];
};
/**
 * Event hooks (Locust's `events`). testStart/testStop listeners may be async and are awaited in
 * order; request listeners are called synchronously on the hot path (keep them cheap). An error in a
 * listener is recorded as an exception and never stops the run.
 */
export interface EventBus {
    on<K extends EventName>(name: K, fn: EventListener<K>): void;
    off<K extends EventName>(name: K, fn: EventListener<K>): void;
}
/** What a reporter gets besides the results. */
export interface ReporterContext {
    /** The scenario that ran (absent when reporting on a results file). */
    scenario?: Scenario;
    /** The output files asked for (CLI flags / action inputs); a reporter may write next to them. */
    files: {
        csv?: string;
        json?: string;
        html?: string;
        markdown?: string;
        fullHistory?: boolean;
    };
    /** The comparison with the baseline/thresholds, when one was made (its `verdict` is pass/warn/fail). */
    comparison?: Comparison;
    /** Prints a line to the log (stdout in the CLI, the job log in the action). */
    log(line: string): void;
}
/**
 * A reporter: turns the results into something (a file, a message, a metric push). Built-ins are in
 * src/report/index.ts; code scenarios add their own with `reporters: [...]`. Errors are reported and
 * do not change the run's exit code.
 */
export interface Reporter {
    readonly name: string;
    write(result: RunResult, ctx: ReporterContext): unknown | Promise<unknown>;
}
/** What a protocol session gets from the engine: the virtual user it serves. */
export interface SessionEnv {
    /** Base URL for this user (user-class host, else the scenario host); may carry user:pass@. */
    host: string;
    /** The user's variables: templates read them, captures write them. */
    vars: Record<string, unknown>;
    recorder: Recorder;
    /** The run's custom metrics (plugins may report their own, e.g. ws's open-connection gauges). */
    metrics?: MetricsApi;
    userIndex: number;
    /**
     * Open model: the intended start (performance.now() ms) of the user's current iteration, returned
     * once (then undefined). A protocol adds `now - intendedStart` to the first request it times, so
     * latency counts from when the iteration should have started (coordinated-omission free).
     */
    takeIntendedStart?(): number | undefined;
    /** Aborted when the user is asked to stop gracefully: long waits (ws `hold`) end early. */
    stopping?: AbortSignal;
    /**
     * Aborted at the hard stop (end of the graceful window). Work cut off by it is not recorded:
     * Locust kills such greenlets without a sample too.
     */
    signal: AbortSignal;
}
/** One protocol's per-user state (connections, cookies). */
export interface ProtocolSession {
    /**
     * Runs one YAML step and records it (through env.recorder). Resolves false when it failed: for
     * plugin steps the rest of the task's steps are then skipped (for http only when it had captures).
     * `intendedStart` (performance.now() ms) is when the step was meant to start: in the open model
     * latency is measured from it, so a stalled target shows in the percentiles.
     */
    run(step: Step, intendedStart?: number): Promise<boolean>;
    /** The client code tasks use (HttpClient for http, WsClient for ws): ctx.http, ctx.ws, ctx.client(name). */
    readonly client?: unknown;
    /** Releases connections; must not throw. */
    close(): Promise<void>;
}
/** Reports problems in a step's value; the engine turns them into `file:line: field: message` issues. */
export interface StepIssues {
    /** One issue at a path inside the step's value (`[]` for the value itself). */
    add(path: readonly (string | number)[], message: string): void;
    /** `expected <what>, got <value>` at a path. */
    expected(path: readonly (string | number)[], what: string, got: unknown): void;
    /** A duration (`5s`, `1m`, plain seconds) in seconds, or undefined after recording an issue. */
    duration(path: readonly (string | number)[], value: unknown): number | undefined;
}
/**
 * A protocol plugin (the built-ins `http` and `ws` are plugins too). Registered by name in the
 * registry the runner gets: built-ins in src/protocols/index.ts, user plugins from a code scenario's
 * `protocols: [...]` or RunWithOptions.protocols. YAML steps `- <name>: <value>` are parsed by
 * parseStep before the run starts, so mistakes stop the run with file:line issues (exit 2).
 */
export interface ProtocolPlugin {
    /** Step key and registry name: `ws` runs `- ws: …` steps and is ctx.client('ws'). */
    readonly name: string;
    /** Validates a step's value and returns what run() gets as `step.spec`; report problems to `issues` (then the return value is ignored). */
    parseStep?(raw: unknown, issues: StepIssues): unknown;
    /** Opens one virtual user's session (lazily, on its first step or client use). */
    createSession(env: SessionEnv): ProtocolSession;
}
