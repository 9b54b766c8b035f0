/** WebSocket URLs: a path joined with the host (http → ws, https → wss), or an absolute ws/http URL. */
import type { Target } from '../http/errors.js';
export interface WsTarget extends Target {
    url: string;
}
/** Joins `path` with the user's host, Locust-style (the host's base path is kept). */
export declare function wsUrl(host: string, path: string): WsTarget;
