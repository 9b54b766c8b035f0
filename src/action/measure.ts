/**
 * Stage 1: the current results. Runs the scenario (stopping cleanly on an abort so that what was
 * measured is still reported), or reads `current` (Locust CSV or results JSON), or merges shards.
 */
import { loadScenario, run } from '../engine/index.ts'
import { LoadActionError } from '../errors.ts'
import { readRunResult, looksLikeJson } from '../compare/read.ts'
import { readStats } from '../compare/index.ts'
import { readText } from '../pipeline/files.ts'
import { mergeResults } from '../stats/merge.ts'
import { statsRows } from '../stats/summary.ts'
import type { RunResult, StatsRow } from '../stats/types.ts'
import type { ProgressEvent, Scenario } from '../engine/types.ts'
import type { ActionInputs } from '../inputs.ts'
import { defaultBaseline, nameFromFile } from './names.ts'
import { checkJudgeInputs } from '../pipeline/judge.ts'
import { resolveWorkers } from '../engine/workers/resolve.ts'

export interface Measured {
  name: string
  /** Full results; null when the current side is a Locust CSV (rows only). */
  result: RunResult | null
  rows: StatsRow[]
  /** The Locust CSV text when that is what was given (kept for update-baseline). */
  csvText?: string
  /** Label of the current side in messages and tables. */
  label: string
  /** Thresholds file named by the scenario. */
  scenarioThresholds?: string
  interrupted: boolean
  /** Header values from the scenario that look secret (masked in logs by the caller). */
  secrets: string[]
  /** The scenario that ran (code scenarios may bring their own reporters). */
  scenario?: Scenario
}

const SECRET_HEADER = /^(authorization|proxy-authorization|cookie|x-api-key|api-key)$|token|secret|key|passw/i

export async function measure(
  inputs: ActionInputs,
  signal: AbortSignal,
  onProgress: (p: ProgressEvent) => void,
  info: (message: string) => void = () => {},
  /** Registers a secret for masking; called before the load starts, so nothing logged during the run shows one. */
  mask: (secret: string) => void = () => {},
): Promise<Measured> {
  if (inputs.mode === 'merge') {
    const shards = inputs.current.map((f) => readRunResult(readText(f, 'results'), f))
    const result = mergeResults(shards)
    return fromResult(result, inputs.name ?? result.meta.scenario, `${shards.length} shards`)
  }
  if (inputs.current.length > 1) {
    throw new LoadActionError('USAGE', `input "current": one file expected in mode "${inputs.mode}" (got ${inputs.current.length}); several files are for mode "merge"`)
  }
  const file = inputs.current[0]
  if (file) {
    const text = readText(file, 'results')
    if (looksLikeJson(text)) {
      const result = readRunResult(text.replace(/^\uFEFF/, ''), file)
      return fromResult(result, inputs.name ?? result.meta.scenario ?? nameFromFile(file), file)
    }
    if (inputs.mode === 'report') throw new LoadActionError('USAGE', `input "current": mode "report" needs a results JSON, got ${file}`)
    return { name: inputs.name ?? nameFromFile(file), result: null, rows: readStats(text, file), csvText: text, label: file, interrupted: false, secrets: [] }
  }
  const scenario = await loadScenario(inputs.scenario as string, {
    users: inputs.users,
    spawnRate: inputs.spawnRate,
    runTime: inputs.runTime,
    host: inputs.host,
  })
  const secrets = scenario.users.flatMap((u) =>
    u.tasks.flatMap((t) =>
      (t.steps ?? []).flatMap((s) => (s.kind === 'http' ? Object.entries(s.request.headers ?? {}).filter(([k]) => SECRET_HEADER.test(k)).map(([, v]) => v) : [])),
    ),
  )
  secrets.push(...[scenario.host, ...scenario.users.map((u) => u.host)].flatMap(hostSecrets))
  for (const s of secrets) mask(s)
  // A broken thresholds or baseline file must stop us now, not after the run (its results would be lost).
  checkJudgeInputs([inputs.baseline ?? defaultBaseline(inputs.name ?? scenario.name)], inputs.thresholds ?? scenario.thresholds)
  const { users, spawnRate, runTime } = scenario.load
  info(`Running ${scenario.name} against ${scenario.host.replace(/\/\/[^/@]*@/, '//')}: ${users} users, ${spawnRate}/s spawn rate, ${runTime === null ? 'until stopped' : `${runTime} s`}`)
  const workers = resolveWorkers(inputs.workers, scenario)
  if (workers.workers > 1) info(`Workers: ${workers.workers} (${workers.reason})`)
  const result = await run(scenario, { signal, onProgress, shard: inputs.shard, workers: workers.workers })
  const m = fromResult(result, inputs.name ?? scenario.name, scenario.file)
  return { ...m, scenarioThresholds: scenario.thresholds, interrupted: signal.aborted || !!result.meta.interrupted, secrets, scenario }
}

function fromResult(result: RunResult, name: string, label: string): Measured {
  return { name, result, rows: statsRows(result), label, interrupted: !!result.meta.interrupted, secrets: [] }
}

/**
 * The password of a `user:password@` host, in every form it can show up in a log: as written
 * (percent-encoded), decoded, and inside the Basic Authorization header it becomes.
 */
export function hostSecrets(host: string | undefined): string[] {
  if (!host) return []
  let u: URL
  try {
    u = new URL(host)
  } catch {
    return []
  }
  if (!u.password) return []
  const user = decodeURIComponent(u.username)
  const password = decodeURIComponent(u.password)
  return [...new Set([u.password, password, Buffer.from(`${user}:${password}`).toString('base64')])]
}
