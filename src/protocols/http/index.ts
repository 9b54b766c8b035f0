/** The built-in http protocol plugin: steps of kind 'http' and ctx.http for code tasks. */
import type { ProtocolPlugin } from '../../engine/types.ts'
import { HttpSession } from './session.ts'

export const httpProtocol: ProtocolPlugin = {
  name: 'http',
  createSession: (env) => new HttpSession(env),
}
