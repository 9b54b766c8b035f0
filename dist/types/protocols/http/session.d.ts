import type { ProtocolSession, SessionEnv, Step } from '../../engine/types.js';
import { HttpCodeClient } from './client.js';
import { CookieJar } from './cookies.js';
import { type RawResponse } from './exchange.js';
/** requests has no default timeout; an unbounded wait would stall a CI run, so 30 s. */
export declare const DEFAULT_TIMEOUT = 30;
export interface Outcome {
    /** The complete response, or null when the exchange failed. */
    res: RawResponse | null;
    /** Locust-style connection error text when res is null. */
    error: string | null;
    ms: number;
    bytes: number;
}
export interface SendOptions {
    headers?: Record<string, string> | undefined;
    body?: string | undefined;
    /** Set when the body is JSON and no content-type header was given. */
    json?: boolean;
    timeout?: number | undefined;
    keepBody: boolean;
}
/** Receives the outcome of one send(): `outcome` for every result to record, `abort` for the user's hard stop (nothing to record). */
export interface OutcomeSink {
    /** The Outcome's fields as arguments: no object per request on the step path. */
    outcome(res: RawResponse | null, error: string | null, ms: number, bytes: number): void;
    abort(reason: unknown): void;
}
export declare class HttpSession implements ProtocolSession {
    readonly env: SessionEnv;
    readonly client: HttpCodeClient;
    private readonly base;
    private readonly clients;
    readonly jar: CookieJar;
    private readonly inflight;
    /** Open model: the intended start handed to run(), for the next request's timing. */
    private intended;
    /** The last dispatch options, reused while a request is the same (a static step repeated): no allocation. */
    private lastOpts;
    constructor(env: SessionEnv);
    run(step: Step, intendedStart?: number): Promise<boolean>;
    /** Sends one request; never rejects for target failures (only for the user's hard stop). */
    perform(method: string, path: string, o: SendOptions): Promise<Outcome>;
    /**
     * Sends one request and hands its outcome to `sink` (target failures are outcomes; only the user's
     * hard stop goes to `abort`). Callback-style: the YAML step path makes one promise per request.
     */
    send(method: string, path: string, o: SendOptions, sink: OutcomeSink): void;
    /** Headers as given, plus cookies, Basic auth from the URL and a JSON content type; copied only when something is added. */
    private headers;
    private clientFor;
    close(): Promise<void>;
}
