/**
 * The live page's content for one update, rendered on the server with the HTML report's own code
 * (view model, SVG charts, tables, KPIs), so the live view and the report never drift apart. The
 * client swaps these fragments in; every value was escaped by the report's `html` template.
 */
import type { RunResult } from '../stats/types.js';
import type { TimelineCache } from './timeline-cache.js';
export type UiState = 'waiting' | 'running' | 'stopping' | 'done' | 'failed';
/** One server-sent update (JSON). HTML fields are complete, escaped fragments. */
export interface LiveUpdate {
    state: UiState;
    /** Seconds since the run started (0 while waiting). */
    elapsed: number;
    /** Running users now, and the load asked for. */
    users: number;
    target: {
        users: number;
        spawnRate: number;
    };
    /** Whether users/spawn rate can be changed now. */
    adjustable: boolean;
    /** Problem text when the run failed to start or run. */
    error?: string;
    kpis: string;
    charts: string;
    /** The hover read-out data of the charts (report-data JSON, script-safe). */
    data: string;
    stats: string;
    percentiles: string;
    failures: string;
    exceptions: string;
}
/**
 * The fragments for a result (live or final). With a TimelineCache the charts' timeline is built
 * incrementally, and the model is built without the history (the live page shows no assessment,
 * the only other reader of it), so an update costs about the same at 1 minute and at 4 hours.
 */
export declare function renderFragments(result: RunResult, cache?: TimelineCache): Pick<LiveUpdate, 'kpis' | 'charts' | 'data' | 'stats' | 'percentiles' | 'failures' | 'exceptions'>;
