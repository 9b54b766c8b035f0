/** CLI / action overrides (-u, -r, -t, --host) applied on top of a validated scenario. */
import { ValidationError } from '../errors.ts'
import type { LoadOverrides, Scenario } from '../engine/types.ts'
import { Collector } from './collector.ts'
import { checkHost } from './validate.ts'

/**
 * Returns a copy of the scenario with the overrides applied. Overrides are validated too
 * (`--host: expected …`), so a bad flag exits 2 like a bad file.
 */
export function applyOverrides(scenario: Scenario, o: LoadOverrides): Scenario {
  const c = new Collector(scenario.file, () => undefined)
  const load = { ...scenario.load }
  let host = scenario.host
  if (o.users !== undefined) {
    if (Number.isInteger(o.users) && o.users > 0) load.users = o.users
    else c.add(['--users'], `expected a whole number of users ≥ 1, got ${o.users}`)
    // Without an explicit rate, keep "everyone within a second" semantics for the new user count.
    if (o.spawnRate === undefined && scenario.load.spawnRate === scenario.load.users) load.spawnRate = load.users
  }
  if (o.spawnRate !== undefined) {
    if (Number.isFinite(o.spawnRate) && o.spawnRate > 0) load.spawnRate = o.spawnRate
    else c.add(['--spawn-rate'], `expected a positive number, got ${o.spawnRate}`)
  }
  if (o.runTime !== undefined) {
    if (o.runTime === null || (Number.isFinite(o.runTime) && o.runTime > 0)) load.runTime = o.runTime
    else c.add(['--run-time'], `expected a duration greater than zero, got ${o.runTime}`)
  }
  if (o.host !== undefined) host = checkHost(c, ['--host'], o.host) ?? host
  if (c.issues.length) throw new ValidationError(c.sorted(), 'USAGE')
  return { ...scenario, host, load }
}
