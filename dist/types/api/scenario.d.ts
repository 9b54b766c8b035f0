import type { LoadOverrides, Scenario, ShapeFn, TaskFn } from '../engine/types.js';
/** Durations as in the file: `30s`, `5m`, `1h30m`, or seconds. */
export type Duration = string | number;
/** One task: a function, or the file's task object (`request`, `steps`, or `fn`). */
export type TaskDefinition = TaskFn | {
    name?: string;
    weight?: number;
    fn: TaskFn;
} | {
    name?: string;
    weight?: number;
    request: Record<string, unknown>;
    expect?: Record<string, unknown>;
    capture?: Record<string, unknown>[];
} | {
    name?: string;
    weight?: number;
    steps: Record<string, unknown>[];
};
export interface UserDefinition {
    name?: string;
    weight?: number;
    host?: string;
    wait?: {
        between: [Duration, Duration];
    } | {
        constant: Duration;
    } | {
        pacing: Duration;
    };
    vars?: Record<string, unknown>;
    onStart?: TaskFn;
    onStop?: TaskFn;
    tasks: TaskDefinition[];
}
/** The scenario file's shape, written in code (see docs/ui-api.md). Unknown keys are reported, as in files. */
export interface ScenarioDefinition {
    name?: string;
    host?: string;
    load?: {
        users?: number;
        'spawn-rate'?: number;
        spawnRate?: number;
        'run-time'?: Duration;
        runTime?: Duration;
        'stop-timeout'?: Duration;
        stopTimeout?: Duration;
    };
    users: UserDefinition[];
    vars?: Record<string, unknown>;
    thresholds?: string;
    shape?: ShapeFn;
    hooks?: Scenario['hooks'];
    [key: string]: unknown;
}
export type ScenarioInput = string | ScenarioDefinition | Scenario;
/**
 * Validates a scenario object (the file's shape) and applies overrides. `file` only names the
 * source in messages and in the default scenario name.
 */
export declare function defineScenario(raw: ScenarioDefinition, overrides?: LoadOverrides, file?: string): Scenario;
/** Reads and validates a scenario file (YAML, JSON, .ts/.js module), with overrides. */
export declare function loadScenario(file: string, overrides?: LoadOverrides): Promise<Scenario>;
/** Any ScenarioInput → a validated Scenario with the overrides applied. */
export declare function resolveScenario(input: ScenarioInput, overrides?: LoadOverrides): Promise<Scenario>;
