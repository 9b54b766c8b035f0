/**
 * A virtual user's WebSocket state: one connection for its YAML steps (connect → send/receive/hold →
 * close) and any connections its code opens through ctx.ws. Every timed action is a row of Type
 * `WS`: `connect <name>`, each round trip by step name, `close <name>` (a drop by the peer is a
 * failure there, timed from connect to the drop).
 */
import type { ProtocolSession, SessionEnv, Step } from '../../engine/types.js';
import { WsCodeClient } from './client.js';
import { WsConn } from './connection.js';
import { type Test } from './match.js';
import { type WsRunState } from './state.js';
export declare const TYPE = "WS";
type Data = string | ArrayBuffer;
/** A connection with its stats name. */
export interface Named {
    conn: WsConn;
    name: string;
}
export declare class WsSession implements ProtocolSession {
    readonly env: SessionEnv;
    readonly client: WsCodeClient;
    readonly state: WsRunState;
    /** The YAML steps' connection. */
    private current;
    /** Every connection not yet ended (YAML and code), closed with the session. */
    readonly live: Set<Named>;
    constructor(env: SessionEnv);
    run(step: Step, intendedStart?: number): Promise<boolean>;
    /** Opens, times and records a connection (`connect <name>`); the result may have failed (state 'closed'). */
    open(path: string, name: string, o: {
        headers?: Record<string, string> | undefined;
        protocols?: string[] | undefined;
        timeout: number;
    }, start?: number): Promise<Named>;
    /** Closes and records `close <name>` (the closing handshake's time); not recorded after the hard stop. */
    closeConn(n: Named, code: number, reason: string): Promise<void>;
    send(conn: WsConn, data: string | ArrayBufferLike | ArrayBufferView): void;
    /** Sends (when `msg` is given) and waits for the first message passing `test`: the reply, null when the connection ended, undefined on timeout. */
    roundTrip(conn: WsConn, msg: string | ArrayBufferLike | null, test: Test, timeout: number): Promise<Data | null | undefined>;
    /** Keeps the connection open for `seconds` (counted as held); ends early on a drop or when the user stops. */
    private hold;
    private fail;
    close(): Promise<void>;
}
/** The failure text of a round trip cut off by the connection's end. */
export declare function closedErrorOf(conn: WsConn): string;
export {};
