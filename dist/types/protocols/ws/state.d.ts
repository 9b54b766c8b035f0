/**
 * Per-run WebSocket counters shared by every user's session: open and held connections with their
 * peaks (reported as gauges), keyed by the run's metrics store so concurrent runs stay apart.
 */
import type { MetricsApi, SessionEnv } from '../../engine/types.js';
/** Names of the ws plugin's custom metrics (in RunResult.metrics, the console and the HTML report). */
export declare const METRIC: {
    readonly openPeak: "ws.connections.open.peak";
    readonly heldPeak: "ws.connections.held.peak";
    readonly dropped: "ws.connections.dropped";
    readonly sent: "ws.messages.sent";
    readonly received: "ws.messages.received";
};
export declare class WsRunState {
    open: number;
    held: number;
    private openPeak;
    private heldPeak;
    readonly metrics: MetricsApi | undefined;
    constructor(metrics: MetricsApi | undefined);
    opened(): void;
    ended(): void;
    holdStart(): void;
    holdEnd(): void;
}
export declare function runState(env: SessionEnv): WsRunState;
