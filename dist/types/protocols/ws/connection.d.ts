/**
 * One WebSocket connection on undici's WebSocket: the handshake (timed, with the real cause of a
 * failure: undici's events only say "network error", so a per-connection interceptor on the shared
 * Agent keeps the status line and the socket error), messages handed to waiters, and how it ended
 * (closed by us, or dropped by the peer). Three listeners per connection, no per-message closures.
 */
import { WebSocket } from 'undici';
import type { WsTarget } from './url.js';
/** Handshake details undici does not put on its events. */
interface HandshakeInfo {
    status?: number;
    statusText: string;
    error?: unknown;
}
/** A waiter for a message: the first one whose test passes gets it (or null on timeout/close). */
export interface Waiter {
    test: (data: string | ArrayBuffer) => boolean;
    done: (data: string | ArrayBuffer | null) => void;
}
export interface OpenOptions {
    headers?: Record<string, string> | undefined;
    protocols?: string[] | undefined;
    /** Seconds. */
    timeout: number;
}
export type EndKind = 'ours' | 'dropped';
export declare class WsConn {
    readonly target: WsTarget;
    readonly ws: WebSocket;
    /** Set when the handshake failed or the peer dropped the connection (close code and reason). */
    closeCode: number;
    closeReason: string;
    /** performance.now() of the open event (0 until open). */
    openedAt: number;
    state: 'connecting' | 'open' | 'closing' | 'closed';
    readonly info: HandshakeInfo;
    /** Messages nobody waited for are kept here (code connections only; YAML ones count and drop them). */
    buffer: (string | ArrayBuffer)[] | null;
    bufferLimit: number;
    waiters: Waiter[];
    /** Called for every message (counting); set by the session. */
    onMessage: (() => void) | null;
    /** Called once when the connection ends after being open. */
    onEnd: ((kind: EndKind) => void) | null;
    private opened;
    private closed;
    constructor(target: WsTarget, opts: OpenOptions);
    /** Resolves true when open, false when the handshake failed or timed out (then closed). */
    waitOpen(timeoutMs: number): Promise<boolean>;
    /** One listener object for all three events (no closures per connection or message). */
    handleEvent(e: Event): void;
    private message;
    /** Adds a waiter; returns a function that removes it again (timeout). */
    wait(w: Waiter): void;
    unwait(w: Waiter): void;
    /** Starts the closing handshake; resolves when closed (or after `timeoutMs`, giving up on the peer). */
    close(code?: number, reason?: string, timeoutMs?: number): Promise<void>;
}
export {};
