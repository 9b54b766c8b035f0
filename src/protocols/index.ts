/** Built-in protocol plugins, registered by the composition root (the engine imports none) through the same ProtocolPlugin contract as user plugins. */
import type { ProtocolPlugin } from '../engine/types.ts'
import { httpProtocol } from './http/index.ts'
import { wsProtocol } from './ws/index.ts'

export const builtinProtocols: ProtocolPlugin[] = [httpProtocol, wsProtocol]
