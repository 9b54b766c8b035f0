/**
 * One HTTP exchange on an undici Client through `dispatch()` with a minimal handler: no body stream,
 * no per-chunk promise. The body is kept only when someone needs it (captures, checks, code tasks),
 * otherwise only counted. Times with performance.now() in ms, request start → body fully received
 * (what requests/Locust measure).
 */
import type { Dispatcher } from 'undici';
export interface RawResponse {
    status: number;
    statusText: string;
    headers: Record<string, string | string[] | undefined>;
    /** Body chunks, when kept. */
    chunks: Buffer[] | null;
    /** Bytes of body received (Locust's content length). */
    bytes: number;
    /** Milliseconds from dispatch to the end of the body. */
    ms: number;
}
/** An exchange that failed before a complete response; `partial` tells how far it got. */
export declare class ExchangeError extends Error {
    readonly cause: Error;
    readonly ms: number;
    /** Status line and headers had arrived (the body was cut off). */
    readonly partial: {
        bytes: number;
        expected: number | null;
    } | null;
    constructor(cause: Error, ms: number, partial: ExchangeError['partial']);
}
export type Controller = Parameters<NonNullable<Dispatcher.DispatchHandler['onRequestStart']>>[0];
/** Where an exchange ends: the full response, or an ExchangeError (or the abort reason). Called once. */
export interface ExchangeSink {
    done(res: RawResponse): void;
    fail(e: unknown): void;
}
/**
 * A session's requests in flight, all aborted from one listener on the user's hard stop. Per request
 * this is a field read and a slot, instead of AbortSignal getters and Set operations (a session has
 * one request in flight at a time, unless a code task runs several: those go to the set).
 */
export declare class Inflight {
    aborted: boolean;
    /** The signal's abort reason (an Error unless user code aborted with something else). */
    reason: Error;
    private one;
    private more;
    add(c: Controller): void;
    delete(c: Controller): void;
    abortAll(reason: Error): void;
}
/**
 * Sends one request; the sink gets the full response or an ExchangeError (or the abort reason).
 * Callback-style, so the YAML step path needs no promise per layer (each await of a promise chain
 * costs a microtask hop per request).
 */
export declare function dispatchExchange(client: Dispatcher, opts: Dispatcher.DispatchOptions, keepBody: boolean, inflight: Inflight, timeoutMs: number | undefined, sink: ExchangeSink): void;
