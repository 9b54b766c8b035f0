/**
 * What the load definition adds to the results meta: the shape's name, the run time a profile
 * implied, the open model's dropped iterations, and spikes with their recovery times (stats/recovery.ts)
 * — from the user count for closed-model shapes, from the planned rate for arrival rates.
 */
import { spikeRecovery } from '../stats/recovery.ts'
import type { RunResult } from '../stats/types.ts'
import { rateAt } from './arrival-schedule.ts'
import type { RunOutcome } from './runner.ts'
import { shapeRunTime } from './shape.ts'
import type { LoadSpec } from './types.ts'

/** Adds the load fields to `result.meta` (in place, so a later result built from the same meta keeps them); returns result. */
export function withLoadMeta(result: RunResult, load: LoadSpec, outcome: RunOutcome): RunResult {
  const meta = result.meta
  const a = load.arrivalRate
  const shape = a ? `${a.kind}-arrival-rate` : load.profile ? `profile:${load.profile.name}` : load.shape?.name
  if (!shape) return result
  meta.shape = shape
  if (meta.runTime === null) meta.runTime = a ? a.stages.reduce((s, x) => s + x.duration, 0) : shapeRunTime(load)
  if (outcome.droppedIterations !== undefined) meta.droppedIterations = outcome.droppedIterations
  const h = result.history
  const levels = a ? h.map((s) => rateAt(a.stages, a.startRate ?? 0, s.time + 0.5 - outcome.startTime)) : h.map((s) => s.userCount)
  const spikes = spikeRecovery(h, levels)
  if (spikes.length) meta.spikes = spikes
  return result
}
