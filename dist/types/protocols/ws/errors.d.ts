/**
 * Failure texts of WebSocket rows, in the style Locust users know from websocket-client
 * (`WebSocketConnectionClosedException(...)`, `WebSocketTimeoutException(...)`,
 * `WebSocketBadStatusException(...)`); connection-level errors reuse the http plugin's OS-error
 * texts (`ConnectionRefusedError(111, 'Connection refused')`).
 */
import { type Target } from '../http/errors.js';
/** The peer ended the connection: `WebSocketConnectionClosedException('WebSocket closed 1006: connection lost')`. */
export declare function closedError(code: number, reason: string): string;
/** Use of a connection that is not open (websocket-client's exact text). */
export declare const ALREADY_CLOSED: string;
export declare function timeoutError(what: string): string;
/** The handshake failed: an HTTP status other than 101, or a connection error (refused, reset, DNS). */
export declare function handshakeError(status: number | undefined, statusText: string, cause: unknown, target: Target, timeout: number): string;
