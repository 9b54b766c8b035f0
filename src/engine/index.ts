/**
 * The engine's front door for the CLI and the action: load a scenario, run it, get a RunResult.
 * This file is the composition root of the run stage, so it alone (in engine/) wires the built-in
 * protocols and the StatsRecorder; runner.ts and the rest receive them injected.
 */
import { builtinProtocols } from '../protocols/index.ts'
import { StatsRecorder } from '../stats/recorder.ts'
import type { RunMeta, RunResult } from '../stats/types.ts'
import { createRegistry } from './registry.ts'
import { runScenario, shardLoad } from './runner.ts'
import { describeError } from './traceback.ts'
import type { ProtocolPlugin, Recorder, RunOptions, Scenario } from './types.ts'

export { loadScenario } from '../config/load.ts'
export { applyOverrides } from '../config/overrides.ts'
export { createRegistry } from './registry.ts'
export { runScenario } from './runner.ts'

/** Written into results meta; kept in step with package.json by hand (the bundle has no package.json). */
export const TOOL = 'load-action'
export const VERSION = '0.1.0'

export interface RunWithOptions extends RunOptions {
  /** Extra or replacement protocol plugins (by name) on top of the built-ins. */
  protocols?: ProtocolPlugin[]
  /** Fill this recorder instead of a new one, to read live results while running (web UI, metrics). */
  recorder?: StatsRecorder
}

/**
 * Runs a loaded scenario to completion (run time, or the signal) and returns the results model.
 * Never throws for target failures or user-code errors (they are in the results); throws
 * LoadActionError for setup problems such as an unknown protocol.
 */
export async function run(scenario: Scenario, options: RunWithOptions = {}): Promise<RunResult> {
  const recorder = options.recorder ?? new StatsRecorder({ fullHistory: options.fullHistory ?? false })
  const protocols = createRegistry([...builtinProtocols, ...(options.protocols ?? [])])
  await hook(recorder, () => scenario.hooks?.testStart?.())
  const outcome = await runScenario(scenario, recorder, { ...options, protocols })
  const { users, spawnRate } = shardLoad(scenario, options.shard)
  const meta: RunMeta = {
    scenario: scenario.name,
    host: scenario.host.replace(/^(https?:\/\/)[^/@]*@/, '$1'),
    users,
    spawnRate,
    runTime: scenario.load.runTime,
    startTime: outcome.startTime,
    endTime: outcome.endTime,
    tool: TOOL,
    version: VERSION,
  }
  if (outcome.interrupted) meta.interrupted = true
  if (options.shard) meta.shard = options.shard
  if (scenario.load.shape) meta.shape = scenario.load.shape.name
  const result = recorder.result(meta)
  if (!scenario.hooks?.testStop) return result
  // testStop sees the results; an error in it is recorded like any user-code exception.
  const failed = await hook(recorder, () => scenario.hooks?.testStop?.(result))
  return failed ? recorder.result(meta) : result
}

/** Runs a test-level hook; returns true when it threw (recorded as an exception). */
async function hook(recorder: Recorder, fn: () => unknown): Promise<boolean> {
  try {
    await fn()
    return false
  } catch (e) {
    const { message, traceback } = describeError(e)
    recorder.exception(message, traceback)
    return true
  }
}
