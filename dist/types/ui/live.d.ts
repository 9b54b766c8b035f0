/**
 * The UI's current picture: the run (once started) and the last rendered update. Rendering costs
 * grow with the run's history (the charts decode every second's histogram), so an update is reused
 * until it is older than a second or four times what it took to render: a long run slows its own
 * refresh instead of the load generator.
 */
import type { RunHandle } from '../api/handle.js';
import type { Scenario } from '../engine/types.js';
import type { RunResult } from '../stats/types.js';
import { type LiveUpdate, type UiState } from './view.js';
export declare class LiveView {
    readonly scenario: Scenario;
    handle: RunHandle | null;
    private error;
    private cached;
    private cachedAt;
    private cost;
    private readonly timeline;
    constructor(scenario: Scenario);
    attach(handle: RunHandle): void;
    fail(e: unknown): void;
    get state(): UiState;
    /** The current update; `fresh` renders now (state changes), else a recent one may be reused. */
    update(fresh?: boolean): LiveUpdate;
    /** Empty results for the page before Start (charts say "no data", tables "None."). */
    private empty;
}
/** Results of a run that did not happen (nothing measured), e.g. the UI closed before Start. */
export declare function emptyResult(scenario: Scenario, interrupted?: boolean): RunResult;
