/**
 * The validated scenario (what config/ produces and the engine runs): user classes, tasks, steps,
 * waits, load. Contracts only.
 */
import type { RunResult } from '../../stats/types.js';
import type { ProfileName } from '../profiles.js';
import type { TaskFn } from './context.js';
import type { EventBus, EventListeners, ProtocolPlugin, Reporter } from './plugins.js';
export type Wait = {
    kind: 'between';
    min: number;
    max: number;
} | {
    kind: 'constant';
    seconds: number;
} | {
    kind: 'pacing';
    seconds: number;
} | {
    kind: 'none';
};
/** Values captured from a response for later steps: JSON path, header, or regex on the body. */
export interface Capture {
    as: string;
    json?: string;
    header?: string;
    regex?: string;
}
export interface HttpRequestSpec {
    method: string;
    /** Path (joined with the host) or absolute URL; may contain ${var} templates. */
    path: string;
    /** Stats Name; default: the path as written. */
    name?: string;
    headers?: Record<string, string>;
    query?: Record<string, string | number | boolean>;
    json?: unknown;
    body?: string;
    /** Request timeout in seconds (default 30). */
    timeout?: number;
}
export interface Expect {
    /** Allowed statuses; default: any 2xx/3xx. */
    status?: number[];
    /** Body must contain this text. */
    contains?: string;
}
/** Where a plugin step was written, so the plugin's parse issues read `file:line: field: message`. */
export interface StepSource {
    file: string;
    /** Field path of the step's value, e.g. `users[0].tasks[1].steps[2].ws`. */
    field: string;
    /** Line of the step, when the file has lines (YAML/JSON). */
    line?: number;
    /** Line of a field inside the step's value (`['expect', 'json']`), when known. */
    lineOf?: (path: readonly (string | number)[]) => number | undefined;
}
/**
 * A step run by a protocol plugin, written in YAML as `- <protocol>: <value>` (`- ws: { connect: /chat }`).
 * `raw` is the value as written; `spec` is what the plugin's parseStep made of it (set before the run
 * starts; equal to raw for plugins without parseStep).
 */
export interface PluginStep {
    kind: 'plugin';
    protocol: string;
    raw: unknown;
    spec?: unknown;
    at: StepSource;
}
/** One step of a YAML task: an HTTP request, a protocol plugin's step (`ws`, user plugins), or a think time. */
export type Step = {
    kind: 'http';
    request: HttpRequestSpec;
    expect?: Expect;
    capture?: Capture[];
} | PluginStep | {
    kind: 'think';
    seconds: number;
};
export interface Task {
    name: string;
    weight: number;
    /** YAML tasks: steps run in order; code tasks: a function. */
    steps?: Step[];
    fn?: TaskFn;
}
export interface UserClass {
    name: string;
    weight: number;
    /** Overrides the scenario host for this class. */
    host?: string;
    wait: Wait;
    tasks: Task[];
    /** Initial per-user variables (copied into each user's vars; captures add to them). */
    vars?: Record<string, unknown>;
    onStart?: TaskFn;
    onStop?: TaskFn;
}
/** A load shape: users and spawn rate as a function of elapsed seconds; null ends the run. */
export type ShapeFn = (elapsedSeconds: number) => {
    users: number;
    spawnRate: number;
} | null;
export interface LoadSpec {
    users: number;
    spawnRate: number;
    /** Seconds; null = until stopped. */
    runTime: number | null;
    /** Graceful stop window in seconds (default 5). */
    stopTimeout: number;
    /** Stages / profile / custom shape / arrival rate, when given. */
    shape?: {
        name: string;
        fn: ShapeFn; /** How often fn is asked (s); default 1, as Locust ticks. */
        tickSeconds?: number;
    };
    /** A named preset (engine/profiles.ts), expanded at run time from users / spawn-rate / run-time. */
    profile?: {
        name: ProfileName;
        factor?: number;
    };
    /**
     * Open model: iterations/s per stage (linear from the previous rate, from `startRate` for the
     * first; constant = one stage at startRate = rate), run by free users from a pool of `maxUsers`
     * (`preAllocated` started up front); iterations with no free user are dropped and counted.
     */
    arrivalRate?: {
        kind: 'constant' | 'ramping';
        stages: {
            rate: number;
            duration: number;
        }[];
        maxUsers: number;
        startRate?: number;
        preAllocated?: number;
    };
}
/** A validated scenario, ready to run. */
export interface Scenario {
    /** Absolute path of the file it came from (for messages). */
    file: string;
    name: string;
    host: string;
    load: LoadSpec;
    users: UserClass[];
    /** Variables every user starts with (user-class vars override them). */
    vars?: Record<string, unknown>;
    /** Path of a thresholds file named in the scenario, resolved against the scenario's folder. */
    thresholds?: string;
    hooks?: {
        testStart?: () => unknown | Promise<unknown>;
        testStop?: (result: RunResult) => unknown | Promise<unknown>;
    };
    /** Code scenarios: extra protocol plugins (steps `- <name>: …` and ctx.client(name)). */
    protocols?: ProtocolPlugin[];
    /** Code scenarios: reporters run after the built-in outputs are written. */
    reporters?: Reporter[];
    /** Code scenarios: event listeners, as a map (`{ request: fn }`) or a function given the bus (`(events) => events.on(…)`). */
    events?: EventListeners | ((events: EventBus) => void);
}
/** Overrides from the CLI (-u, -r, -t, --host) or action inputs. */
export interface LoadOverrides {
    users?: number;
    spawnRate?: number;
    runTime?: number | null;
    host?: string;
}
