/**
 * Scenario input for the API: a file path, an object of the scenario file's shape (tasks may be
 * functions), or a Scenario this module already validated. Objects go through the same validator
 * as files, so a mistake gives the same `field: expected …` issues (ValidationError, exit code 2).
 */
import { loadScenario as loadFile } from '../config/load.ts'
import { applyOverrides } from '../config/overrides.ts'
import { validateScenario } from '../config/validate.ts'
import type { LoadOverrides, Scenario, ShapeFn, TaskFn } from '../engine/types.ts'

/** Durations as in the file: `30s`, `5m`, `1h30m`, or seconds. */
export type Duration = string | number

/** One task: a function, or the file's task object (`request`, `steps`, or `fn`). */
export type TaskDefinition =
  | TaskFn
  | { name?: string; weight?: number; fn: TaskFn }
  | { name?: string; weight?: number; request: Record<string, unknown>; expect?: Record<string, unknown>; capture?: Record<string, unknown>[] }
  | { name?: string; weight?: number; steps: Record<string, unknown>[] }

export interface UserDefinition {
  name?: string
  weight?: number
  host?: string
  wait?: { between: [Duration, Duration] } | { constant: Duration } | { pacing: Duration }
  vars?: Record<string, unknown>
  onStart?: TaskFn
  onStop?: TaskFn
  tasks: TaskDefinition[]
}

/** The scenario file's shape, written in code (see docs/ui-api.md). Unknown keys are reported, as in files. */
export interface ScenarioDefinition {
  name?: string
  host?: string
  load?: {
    users?: number
    'spawn-rate'?: number
    spawnRate?: number
    'run-time'?: Duration
    runTime?: Duration
    'stop-timeout'?: Duration
    stopTimeout?: Duration
  }
  users: UserDefinition[]
  vars?: Record<string, unknown>
  thresholds?: string
  shape?: ShapeFn
  hooks?: Scenario['hooks']
  [key: string]: unknown
}

export type ScenarioInput = string | ScenarioDefinition | Scenario

/** Scenarios produced here: passed back in, they are used as they are (not validated twice). */
const validated = new WeakSet<Scenario>()

function mark(s: Scenario): Scenario {
  validated.add(s)
  return s
}

/**
 * Validates a scenario object (the file's shape) and applies overrides. `file` only names the
 * source in messages and in the default scenario name.
 */
export function defineScenario(raw: ScenarioDefinition, overrides: LoadOverrides = {}, file = 'scenario'): Scenario {
  const s = validateScenario(raw, { file, ...(overrides.host ? { hostOverride: overrides.host } : {}) })
  return mark(applyOverrides(s, overrides))
}

/** Reads and validates a scenario file (YAML, JSON, .ts/.js module), with overrides. */
export async function loadScenario(file: string, overrides: LoadOverrides = {}): Promise<Scenario> {
  return mark(await loadFile(file, overrides))
}

/** Any ScenarioInput → a validated Scenario with the overrides applied. */
export async function resolveScenario(input: ScenarioInput, overrides: LoadOverrides = {}): Promise<Scenario> {
  if (typeof input === 'string') return loadScenario(input, overrides)
  if (validated.has(input as Scenario)) return mark(applyOverrides(input as Scenario, overrides))
  return defineScenario(input as ScenarioDefinition, overrides)
}
