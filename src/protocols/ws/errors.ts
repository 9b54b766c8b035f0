/**
 * Failure texts of WebSocket rows, in the style Locust users know from websocket-client
 * (`WebSocketConnectionClosedException(...)`, `WebSocketTimeoutException(...)`,
 * `WebSocketBadStatusException(...)`); connection-level errors reuse the http plugin's OS-error
 * texts (`ConnectionRefusedError(111, 'Connection refused')`).
 */
import { connectionError, pyRepr, type Target } from '../http/errors.ts'

/** Close codes without a reason, as RFC 6455 names them. */
const CLOSE_WORDS: Record<number, string> = {
  1000: 'normal closure',
  1001: 'going away',
  1002: 'protocol error',
  1003: 'unsupported data',
  1005: 'no status received',
  1006: 'connection lost',
  1007: 'invalid payload',
  1008: 'policy violation',
  1009: 'message too big',
  1011: 'server error',
  1012: 'service restart',
  1013: 'try again later',
}

/** The peer ended the connection: `WebSocketConnectionClosedException('WebSocket closed 1006: connection lost')`. */
export function closedError(code: number, reason: string): string {
  return `WebSocketConnectionClosedException(${pyRepr(`WebSocket closed ${code}: ${reason || CLOSE_WORDS[code] || 'closed by the server'}`)})`
}

/** Use of a connection that is not open (websocket-client's exact text). */
export const ALREADY_CLOSED = `WebSocketConnectionClosedException(${pyRepr('socket is already closed.')})`

export function timeoutError(what: string): string {
  return `WebSocketTimeoutException(${pyRepr(what)})`
}

/** The handshake failed: an HTTP status other than 101, or a connection error (refused, reset, DNS). */
export function handshakeError(status: number | undefined, statusText: string, cause: unknown, target: Target, timeout: number): string {
  if (status !== undefined && status !== 101) return `WebSocketBadStatusException(${pyRepr(`Handshake status ${status} ${statusText}`.trim())})`
  if (cause) return connectionError(cause, target, timeout)
  return `WebSocketBadStatusException(${pyRepr('Handshake failed')})`
}
