/**
 * The built-in ws protocol plugin: YAML steps `- ws: …` (see spec.ts) and ctx.ws for code tasks, on
 * undici's WebSocket. Registered exactly like a user plugin would be.
 */
import type { ProtocolPlugin } from '../../engine/types.ts'
import { WsSession } from './session.ts'
import { parseWsStep } from './spec.ts'

export const wsProtocol: ProtocolPlugin = {
  name: 'ws',
  parseStep: (raw, issues) => parseWsStep(raw, issues),
  createSession: (env) => new WsSession(env),
}

export { METRIC as WS_METRICS } from './state.ts'
