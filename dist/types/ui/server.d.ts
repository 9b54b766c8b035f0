import { RunHandle, type HandleOptions } from '../api/handle.js';
import type { Scenario } from '../engine/types.js';
import type { HtmlReportOptions } from '../report/html/index.js';
import type { RunResult } from '../stats/types.js';
export interface UiOptions {
    scenario: Scenario;
    /** Default 8089 (Locust's); 0 picks a free port. */
    port?: number;
    /** Start at once with the scenario's load instead of waiting for Start. */
    autostart?: boolean;
    /** Engine options for the run (fullHistory, shard, protocols …); `signal` stops the run. */
    run?: HandleOptions;
    /** Options for the downloadable HTML report (baseline, comparison, SLOs), computed at download. */
    report?: (result: RunResult) => HtmlReportOptions;
    /** Called when the run starts (e.g. to attach the metrics endpoint). */
    onStart?: (handle: RunHandle) => void;
    /** Default true; false: the server alone does not keep the process running (the CLI manages that). */
    keepAlive?: boolean;
}
export interface UiServer {
    url: string;
    port: number;
    /** The run, once started. */
    readonly handle: RunHandle | null;
    /** Resolves with the results when the run ends; null when `signal` aborts before Start. */
    result(signal?: AbortSignal): Promise<RunResult | null>;
    close(): Promise<void>;
}
export declare function serveUi(opts: UiOptions): Promise<UiServer>;
