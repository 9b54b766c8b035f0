/**
 * The plugin parts of a code scenario: `protocols: [...]`, `reporters: [...]` and `events`. Checked
 * for shape only (a name and the functions the contract needs), so a mistake names the field
 * instead of failing somewhere in the run.
 */
import type { EventListeners, ProtocolPlugin, Reporter, Scenario } from '../engine/types.ts'
import type { Collector } from './collector.ts'
import { isMapping } from './collector.ts'

const EVENTS = ['testStart', 'testStop', 'request'] as const

export function checkPlugins(c: Collector, t: Record<string, unknown>, scenario: Scenario): void {
  if (t.protocols !== undefined) {
    const list = objects(c, 'protocols', t.protocols, ['createSession'], '{ name, parseStep?, createSession(env) }')
    if (list) scenario.protocols = list as unknown as ProtocolPlugin[]
  }
  if (t.reporters !== undefined) {
    const list = objects(c, 'reporters', t.reporters, ['write'], '{ name, write(result, ctx) }')
    if (list) scenario.reporters = list as unknown as Reporter[]
  }
  if (t.events === undefined) return
  if (typeof t.events === 'function') return void (scenario.events = t.events as (e: unknown) => void)
  const m = c.mapping(['events'], t.events)
  if (!m) return
  const ev = c.keys(['events'], m, EVENTS)
  for (const k of EVENTS) {
    const v = ev[k]
    if (v === undefined) continue
    const fns = Array.isArray(v) ? v : [v]
    if (!fns.every((f) => typeof f === 'function')) c.expected(['events', k], 'a function or a list of functions', v)
  }
  scenario.events = ev as EventListeners
}

/** A list of objects with a non-empty `name` and the given function members. */
function objects(c: Collector, key: string, raw: unknown, fns: string[], shape: string): Record<string, unknown>[] | undefined {
  if (!Array.isArray(raw)) return void c.expected([key], `a list of ${shape} (in a code scenario)`, raw)
  const before = c.issues.length
  raw.forEach((p, i) => {
    if (!isMapping(p)) return void c.expected([key, i], shape, p)
    const o = p as Record<string, unknown>
    if (typeof o.name !== 'string' || o.name === '') c.expected([key, i, 'name'], 'a non-empty string', o.name)
    for (const f of fns) if (typeof o[f] !== 'function') c.expected([key, i, f], 'a function', o[f])
  })
  return c.issues.length === before ? (raw as Record<string, unknown>[]) : undefined
}
