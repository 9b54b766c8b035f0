/**
 * Loopback HTTP plumbing shared by the web UI and the metrics endpoint: listen on 127.0.0.1 only,
 * refuse foreign Host headers (a DNS-rebinding page could otherwise read or drive a local run) and
 * cross-site writes, and common security headers.
 */
import { type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
export declare const LOOPBACK = "127.0.0.1";
export interface Loopback {
    server: Server;
    port: number;
    /** http://127.0.0.1:PORT */
    url: string;
    /** Closes the server and every open connection (SSE streams stay open otherwise). */
    close(): Promise<void>;
}
/**
 * Serves `handler` on 127.0.0.1:`port` (0 = any free port). A port in use is a usage error (exit 2).
 * With `keepAlive` false the server does not keep the process running by itself.
 */
export declare function listenLoopback(port: number, handler: RequestListener, what: string, keepAlive?: boolean): Promise<Loopback>;
/** Host header is this server (127.0.0.1 or localhost, our port): anything else is refused. */
export declare function hostAllowed(req: IncomingMessage, port: number): boolean;
/** A state-changing request must come from our own page (Origin, when sent, is this server). */
export declare function sameOrigin(req: IncomingMessage, port: number): boolean;
/** Ends a response with a short text body. */
export declare function sendText(res: ServerResponse, status: number, text: string, type?: string, extra?: Record<string, string>): void;
