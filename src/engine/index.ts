/**
 * The engine's front door for the CLI and the action: load a scenario, run it, get a RunResult.
 * This file is the composition root of the run stage, so it alone (in engine/) wires the built-in
 * protocols and the StatsRecorder; runner.ts and the rest receive them injected.
 */
import { builtinProtocols } from '../protocols/index.ts'
import { StatsRecorder } from '../stats/recorder.ts'
import type { RunMeta, RunResult } from '../stats/types.ts'
import { createRegistry } from './registry.ts'
import { withLoadMeta } from './load-meta.ts'
import { runScenario, shardLoad } from './runner.ts'
import { Events, recordListenerError } from './events.ts'
import { parsePluginSteps } from '../config/plugin-steps.ts'
import { loadScenario as loadConfig } from '../config/load.ts'
import { LoadActionError } from '../errors.ts'
import { runInWorkers } from './workers/parallel.ts'
import type { EventBus, EventListeners, LoadOverrides, ProtocolPlugin, Recorder, RunOptions, Scenario } from './types.ts'

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
  /** Event listeners of the caller (programmatic use), added after the scenario's own. */
  events?: EventListeners | ((events: EventBus) => void)
  /**
   * Worker threads to run the users in (default 1: this thread). Each worker loads `scenario.file`
   * again and runs its share; results are merged exactly. Not with `protocols`, `recorder`,
   * `control` or `events` (in-process objects a worker cannot get). See workers/auto.ts for `auto`.
   */
  workers?: number
}

/**
 * Loads and validates a scenario file (config/load.ts), then checks its protocol plugin steps
 * (`- ws: …`) with the built-in plugins and the scenario's own: every mistake is a file:line issue
 * before anything runs.
 */
export async function loadScenario(file: string, overrides: LoadOverrides = {}): Promise<Scenario> {
  const scenario = await loadConfig(file, overrides)
  parsePluginSteps(scenario, createRegistry([...builtinProtocols, ...(scenario.protocols ?? [])]))
  return scenario
}

/**
 * Runs a loaded scenario to completion (run time, or the signal) and returns the results model.
 * Never throws for target failures or user-code errors (they are in the results); throws
 * LoadActionError for setup problems such as an unknown protocol.
 */
export async function run(scenario: Scenario, options: RunWithOptions = {}): Promise<RunResult> {
  if ((options.workers ?? 1) > 1) return runInWorkers(scenario, checkWorkerOptions(options), options.workers as number)
  const stats = options.recorder ?? new StatsRecorder({ fullHistory: options.fullHistory ?? false })
  // Later names win: a scenario's or caller's plugin may replace a built-in of the same name.
  const protocols = createRegistry([...builtinProtocols, ...(scenario.protocols ?? []), ...(options.protocols ?? [])])
  parsePluginSteps(scenario, protocols)
  const events = setupEvents(scenario, options, stats)
  // Request listeners see every protocol's requests through a recorder wrapper, only when someone may listen.
  const recorder = scenario.events || options.events ? events.wrap(stats) : stats
  await events.emit('testStart', { scenario })
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
  const result = withLoadMeta(stats.result(meta), scenario.load, outcome)
  if (!events.has('testStop') && stats.metrics.conflicts.size === 0) return result
  // testStop sees the results; errors in it and metric misuse are recorded like user-code exceptions,
  // and what it adds (a final metric) is kept: the results are built again.
  await events.emit('testStop', result)
  for (const c of stats.metrics.conflicts) stats.exception(`custom metric ${c}`, '')
  return stats.result(meta)
}

function checkWorkerOptions(options: RunWithOptions): RunWithOptions {
  const inProcess = (['protocols', 'recorder', 'control', 'events'] as const).filter((k) => options[k] !== undefined)
  if (inProcess.length) throw new LoadActionError('USAGE', `workers > 1 cannot be combined with ${inProcess.join(', ')} (in-process objects); run with 1 worker`)
  return options
}

/** The run's event bus: scenario hooks, the scenario's `events`, then the caller's listeners. */
function setupEvents(scenario: Scenario, options: RunWithOptions, recorder: Recorder): Events {
  const events = new Events()
  events.onError = (e) => recordListenerError(recorder, e)
  const hooks = scenario.hooks
  if (hooks?.testStart) events.on('testStart', () => hooks.testStart?.())
  if (hooks?.testStop) events.on('testStop', (r) => hooks.testStop?.(r))
  for (const src of [scenario.events, options.events]) {
    if (typeof src === 'function') src(events)
    else if (src) events.addAll(src)
  }
  return events
}
