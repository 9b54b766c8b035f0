/**
 * The ws plugin's YAML steps, parsed once before the run:
 *
 *   - ws: { connect: /chat, name: chat, headers: {…}, protocols: [v1], timeout: 10s }
 *   - ws: { send: '{"type":"ping","id":"${id}"}', expect: { json: $.type, equals: pong }, timeout: 5s, name: ping }
 *   - ws: { send: { type: ping }, expect: { contains: pong } }     # objects are sent as JSON
 *   - ws: { receive: true, expect: { json: $.type, equals: tick } } # wait for a pushed message
 *   - ws: { hold: 10s }                                             # keep the connection open
 *   - ws: { close: true }
 */
import { type JsonPath } from '../../engine/jsonpath.js';
import type { StepIssues } from '../../engine/types.js';
export interface WsExpect {
    /** JSON path into the message (parsed); the value must exist, and equal `equals` when given. */
    json?: JsonPath;
    jsonText?: string;
    /** Compared as text after rendering templates (`${id}`). */
    equals?: string;
    contains?: string;
    regex?: RegExp;
}
export type WsSpec = {
    op: 'connect';
    path: string;
    name: string;
    headers?: Record<string, string>;
    protocols?: string[];
    timeout: number;
} | {
    op: 'send';
    message: string;
    json: boolean;
    name: string;
    expect?: WsExpect;
    timeout: number;
} | {
    op: 'receive';
    name: string;
    expect?: WsExpect;
    timeout: number;
} | {
    op: 'hold';
    seconds: number;
} | {
    op: 'close';
    code: number;
    reason: string;
};
/** Default seconds to wait for a handshake or a reply. */
export declare const DEFAULT_TIMEOUT = 10;
/** The default Name of a message step: the message as written, cut to 60 characters. */
export declare function messageName(text: string): string;
export declare function parseWsStep(raw: unknown, issues: StepIssues): WsSpec | undefined;
