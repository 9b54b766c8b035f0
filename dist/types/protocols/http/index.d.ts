/** The built-in http protocol plugin: steps of kind 'http' and ctx.http for code tasks. */
import type { ProtocolPlugin } from '../../engine/types.js';
export declare const httpProtocol: ProtocolPlugin;
