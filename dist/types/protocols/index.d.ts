/** Built-in protocol plugins, registered by the composition root (the engine imports none) through the same ProtocolPlugin contract as user plugins. */
import type { ProtocolPlugin } from '../engine/types.js';
export declare const builtinProtocols: ProtocolPlugin[];
