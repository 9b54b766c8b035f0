/**
 * Stage 2: the verdict. The shared judge (pipeline/judge.ts) against the baseline (default
 * baselines/<name>/stats.csv) under the thresholds. A missing baseline is a warning, never a
 * failure: the verdict then comes from the SLOs alone.
 */
import { judge, type Judgement } from '../pipeline/judge.ts'
import type { ActionInputs } from '../inputs.ts'
import type { Measured } from './measure.ts'
import { defaultBaseline } from './names.ts'

export interface Judged extends Judgement {
  baselinePath: string
  warnings: string[]
}

export function judgeResults(inputs: ActionInputs, m: Measured): Judged {
  const baselinePath = inputs.baseline ?? defaultBaseline(m.name)
  const j = judge({
    current: [m.result ?? m.rows],
    baselines: [baselinePath],
    thresholds: inputs.thresholds ?? m.scenarioThresholds,
    currentLabel: m.label,
  }) as Judgement // a baseline path is always named, so there is always a judgement
  const warnings = j.missing.map(
    (p) => `No baseline at ${p}: the verdict comes from the SLOs only. Commit one (update-baseline: true writes it) to compare runs.`,
  )
  return { ...j, baselinePath, warnings }
}
