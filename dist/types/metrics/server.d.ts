import type { Reporter } from '../engine/types.js';
import type { RunResult } from '../stats/types.js';
import { type MetricsState } from './openmetrics.js';
/** What the endpoint reads: a RunHandle fits. */
export interface LiveRun {
    readonly state: MetricsState;
    readonly users: number;
    live(): RunResult;
}
export interface MetricsServer extends Reporter {
    /** http://127.0.0.1:PORT/metrics */
    readonly url: string;
    readonly port: number;
    /** Follow this run (replaces the previous one, e.g. the next --iterations run). */
    attach(run: LiveRun): void;
    close(): Promise<void>;
}
/** Starts the endpoint on 127.0.0.1:`port` (0: a free port); `keepAlive` false lets the process exit while it listens. */
export declare function serveMetrics(port: number, opts?: {
    keepAlive?: boolean;
}): Promise<MetricsServer>;
/** The reporter plugin form (`reporters: [await metricsReporter(9464)]` in code, `--metrics-port` on the CLI). */
export declare const metricsReporter: typeof serveMetrics;
