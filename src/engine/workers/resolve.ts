/** `--workers` / input `workers`: parse the value and resolve `auto` for a loaded scenario. */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { LoadActionError } from '../../errors.ts'
import type { Scenario } from '../types.ts'
import { chooseWorkers, type WorkerChoice } from './auto.ts'

/** `auto` (or empty) → 'auto'; a whole number ≥ 1 → that number; else a usage error naming `what`. */
export function parseWorkers(value: string | undefined, what: string): number | 'auto' {
  const v = (value ?? '').trim()
  if (v === '' || v === 'auto') return 'auto'
  const n = Number(v)
  if (!Number.isInteger(n) || n < 1) throw new LoadActionError('USAGE', `${what}: expected a whole number ≥ 1 or "auto", got "${v}"`)
  return n
}

/** The worker count for this run on this machine (see auto.ts), with the reason. */
export function resolveWorkers(requested: number | 'auto', scenario: Scenario, live = false): WorkerChoice {
  return chooseWorkers(requested, scenario, { cores: availableParallelism(), fromFile: existsSync(scenario.file), live })
}
