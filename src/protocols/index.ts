/** Built-in protocol plugins, registered by the composition root (the engine imports none). */
import type { ProtocolPlugin } from '../engine/types.ts'
import { httpProtocol } from './http/index.ts'

export const builtinProtocols: ProtocolPlugin[] = [httpProtocol]
