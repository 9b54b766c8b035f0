/**
 * The built-in ws protocol plugin: YAML steps `- ws: …` (see spec.ts) and ctx.ws for code tasks, on
 * undici's WebSocket. Registered exactly like a user plugin would be.
 */
import type { ProtocolPlugin } from '../../engine/types.js';
export declare const wsProtocol: ProtocolPlugin;
export { METRIC as WS_METRICS } from './state.js';
