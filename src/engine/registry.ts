/**
 * Protocol registry: a map name → plugin, built by the caller (the engine never imports protocols/,
 * so engine code and tests choose what is registered).
 */
import { LoadActionError } from '../errors.ts'
import type { ProtocolPlugin, Scenario } from './types.ts'

export interface Registry {
  /** The plugin for a step kind; throws naming the registered ones when unknown. */
  get(name: string): ProtocolPlugin
  has(name: string): boolean
  names(): string[]
}

export function createRegistry(plugins: Iterable<ProtocolPlugin>): Registry {
  const map = new Map<string, ProtocolPlugin>()
  for (const p of plugins) map.set(p.name, p)
  return {
    get(name) {
      const p = map.get(name)
      if (!p) throw unknownProtocol(name, [...map.keys()])
      return p
    },
    has: (name) => map.has(name),
    names: () => [...map.keys()],
  }
}

function unknownProtocol(name: string, known: string[]): LoadActionError {
  return new LoadActionError(
    'CONFIG_INVALID',
    `unknown protocol '${name}'; registered protocols: ${known.join(', ') || '(none)'} (register it in the protocol registry passed to the runner)`,
  )
}

/** Fails before the run starts if a step needs a protocol that is not registered. */
export function checkProtocols(scenario: Scenario, registry: Registry): void {
  for (const u of scenario.users) {
    for (const t of u.tasks) for (const s of t.steps ?? []) if (s.kind !== 'think') registry.get(s.kind === 'plugin' ? s.protocol : s.kind)
    // Code tasks reach ctx.http; a scenario made only of code needs http registered too.
    if ((u.onStart || u.onStop || u.tasks.some((t) => t.fn)) && !registry.has('http')) registry.get('http')
  }
}
