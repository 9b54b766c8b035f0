import { StatsRecorder } from '../stats/recorder.js';
import type { RunResult } from '../stats/types.js';
import type { EventBus, EventListeners, LoadOverrides, ProtocolPlugin, RunOptions, Scenario } from './types.js';
export { applyOverrides } from '../config/overrides.js';
export { createRegistry } from './registry.js';
export { runScenario } from './runner.js';
/** Written into results meta; kept in step with package.json by hand (the bundle has no package.json). */
export declare const TOOL = "load-action";
export declare const VERSION = "0.1.0";
export interface RunWithOptions extends RunOptions {
    /** Extra or replacement protocol plugins (by name) on top of the built-ins. */
    protocols?: ProtocolPlugin[];
    /** Fill this recorder instead of a new one, to read live results while running (web UI, metrics). */
    recorder?: StatsRecorder;
    /** Event listeners of the caller (programmatic use), added after the scenario's own. */
    events?: EventListeners | ((events: EventBus) => void);
    /**
     * Worker threads to run the users in (default 1: this thread). Each worker loads `scenario.file`
     * again and runs its share; results are merged exactly. Not with `protocols`, `recorder`,
     * `control` or `events` (in-process objects a worker cannot get). See workers/auto.ts for `auto`.
     */
    workers?: number;
}
/**
 * Loads and validates a scenario file (config/load.ts), then checks its protocol plugin steps
 * (`- ws: …`) with the built-in plugins and the scenario's own: every mistake is a file:line issue
 * before anything runs.
 */
export declare function loadScenario(file: string, overrides?: LoadOverrides): Promise<Scenario>;
/**
 * Runs a loaded scenario to completion (run time, or the signal) and returns the results model.
 * Never throws for target failures or user-code errors (they are in the results); throws
 * LoadActionError for setup problems such as an unknown protocol.
 */
export declare function run(scenario: Scenario, options?: RunWithOptions): Promise<RunResult>;
