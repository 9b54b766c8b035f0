/**
 * The action's inputs: their names (one constant per input, as in upload-artifact) and getInputs(),
 * which reads and validates all of them up front. A bad value is a LoadActionError('USAGE') whose
 * message names the input and what is allowed; action.ts turns it into exit code 2.
 */
import { globSync } from 'node:fs'
import { tryParseDuration, DURATION_EXPECTED } from './config/duration.ts'
import { LoadActionError } from './errors.ts'
import { parseWorkers } from './engine/workers/resolve.ts'

export const Inputs = {
  Scenario: 'scenario',
  Name: 'name',
  Host: 'host',
  Users: 'users',
  SpawnRate: 'spawn-rate',
  RunTime: 'run-time',
  Shard: 'shard',
  Workers: 'workers',
  Baseline: 'baseline',
  Thresholds: 'thresholds',
  Current: 'current',
  Mode: 'mode',
  FailOnRegression: 'fail-on-regression',
  Comment: 'comment',
  PrNumber: 'pr-number',
  GithubToken: 'github-token',
  UploadArtifact: 'upload-artifact',
  ArtifactName: 'artifact-name',
  UpdateBaseline: 'update-baseline',
  ReportDir: 'report-dir',
} as const

export const MODES = ['run', 'compare', 'report', 'merge'] as const
export type Mode = (typeof MODES)[number]
export const COMMENT_POLICIES = ['always', 'on-regression', 'never'] as const
export type CommentPolicy = (typeof COMMENT_POLICIES)[number]

export interface ActionInputs {
  /** What to do: run a scenario, compare existing results, report downloaded results, merge shards. */
  mode: Mode
  /** Scenario file (YAML, JSON or a module); needed to run. */
  scenario?: string
  /** Scenario name for the comment marker, artifact names and baselines/<name>/; default from the scenario or results. */
  name?: string
  /** Load overrides, as the CLI's --host / -u / -r / -t. */
  host?: string
  users?: number
  spawnRate?: number
  /** Seconds. */
  runTime?: number
  /** This leg's share of the users for matrix sharding, `i/n` (1-based). */
  shard?: { index: number; total: number }
  /** Worker threads for the run: a number, or 'auto' (resolved for the scenario, see engine/workers/auto.ts). */
  workers: number | 'auto'
  /** Baseline stats (Locust CSV or results JSON); default baselines/<name>/stats.csv. */
  baseline?: string
  /** Thresholds YAML. */
  thresholds?: string
  /** Existing results to use instead of running (several, or globs, for merge). */
  current: string[]
  /** Fail the step (exit 1) when the verdict is fail. */
  failOnRegression: boolean
  comment: CommentPolicy
  /** PR to comment on when the event carries none (workflow_run pattern). */
  prNumber?: number
  githubToken: string
  uploadArtifact: boolean
  artifactName?: string
  /** Write the new stats to the baseline path. */
  updateBaseline: boolean
  /** Where reports are written; default $RUNNER_TEMP/load-action/<name>. */
  reportDir?: string
}

type Getter = (name: string) => string

const usage = (input: string, message: string) => new LoadActionError('USAGE', `input "${input}": ${message}`)

function oneOf<T extends string>(get: Getter, input: string, allowed: readonly T[], fallback: T): T {
  const v = get(input).trim()
  if (v === '') return fallback
  if ((allowed as readonly string[]).includes(v)) return v as T
  throw usage(input, `${JSON.stringify(v)} is not allowed; expected one of: ${allowed.join(', ')}`)
}

function bool(get: Getter, input: string, fallback: boolean): boolean {
  const v = get(input).trim()
  if (v === '') return fallback
  if (/^true$/i.test(v)) return true
  if (/^false$/i.test(v)) return false
  throw usage(input, `${JSON.stringify(v)} is not a boolean; expected true or false`)
}

function number(get: Getter, input: string, opts: { integer?: boolean; min: number }): number | undefined {
  const v = get(input).trim()
  if (v === '') return undefined
  const n = Number(v)
  if (!Number.isFinite(n) || n < opts.min || (opts.integer && !Number.isInteger(n))) {
    throw usage(input, `${JSON.stringify(v)} is not valid; expected ${opts.integer ? 'a whole number' : 'a number'} ≥ ${opts.min}`)
  }
  return n
}

function text(get: Getter, input: string): string | undefined {
  const v = get(input).trim()
  return v === '' ? undefined : v
}

/** Splits a list input (lines or commas) and expands globs; a pattern matching nothing stays as-is. */
export function listInput(value: string, cwd = process.cwd()): string[] {
  const items = value.split(/[\n,]/).map((s) => s.trim()).filter(Boolean)
  return items.flatMap((p) => {
    if (!/[*?[{]/.test(p)) return [p]
    const hits = globSync(p, { cwd }).sort()
    return hits.length ? hits : [p]
  })
}

/** Reads and validates every input. `get` defaults to @actions/core's getInput semantics via env. */
export function getInputs(get: Getter = envInput): ActionInputs {
  const mode = oneOf(get, Inputs.Mode, MODES, 'run')
  const runTimeText = text(get, Inputs.RunTime)
  const runTime = runTimeText === undefined ? undefined : tryParseDuration(runTimeText)
  if (runTimeText !== undefined && (runTime === undefined || runTime <= 0)) {
    throw usage(Inputs.RunTime, `${JSON.stringify(runTimeText)}: ${DURATION_EXPECTED}`)
  }
  const shardText = text(get, Inputs.Shard)
  let shard: ActionInputs['shard']
  if (shardText !== undefined) {
    const m = shardText.match(/^(\d+)\s*\/\s*(\d+)$/)
    const index = Number(m?.[1])
    const total = Number(m?.[2])
    if (!m || total < 1 || index < 1 || index > total) throw usage(Inputs.Shard, `${JSON.stringify(shardText)}: expected i/n with 1 ≤ i ≤ n, e.g. 2/4`)
    shard = { index: index - 1, total }
  }
  const inputs: ActionInputs = {
    mode,
    scenario: text(get, Inputs.Scenario),
    name: text(get, Inputs.Name),
    host: text(get, Inputs.Host),
    users: number(get, Inputs.Users, { integer: true, min: 1 }),
    spawnRate: number(get, Inputs.SpawnRate, { min: 0.001 }),
    runTime,
    shard,
    workers: parseWorkers(get(Inputs.Workers), `input "${Inputs.Workers}"`),
    baseline: text(get, Inputs.Baseline),
    thresholds: text(get, Inputs.Thresholds),
    current: listInput(get(Inputs.Current)),
    failOnRegression: bool(get, Inputs.FailOnRegression, true),
    comment: oneOf(get, Inputs.Comment, COMMENT_POLICIES, 'always'),
    prNumber: number(get, Inputs.PrNumber, { integer: true, min: 1 }),
    githubToken: get(Inputs.GithubToken).trim(),
    uploadArtifact: bool(get, Inputs.UploadArtifact, true),
    artifactName: text(get, Inputs.ArtifactName),
    updateBaseline: bool(get, Inputs.UpdateBaseline, false),
    reportDir: text(get, Inputs.ReportDir),
  }
  if (inputs.host !== undefined && !/^(https?|wss?):\/\/[^\s]+$/i.test(inputs.host)) {
    // The value may carry credentials (user:password@host): never echo them.
    const shown = inputs.host.replace(/^([^@]*?:\/\/)?[^@]*@/, (_m, scheme: string | undefined) => `${scheme ?? ''}***@`)
    throw usage(Inputs.Host, `${JSON.stringify(shown)} is not a URL; expected e.g. http://127.0.0.1:8080`)
  }
  if (mode === 'run' && !inputs.scenario && !inputs.current.length) {
    throw usage(Inputs.Scenario, 'required in mode "run" (or give "current" results to use instead of running)')
  }
  if (mode !== 'run' && !inputs.current.length) {
    const what = mode === 'merge' ? 'the shard results JSON files (several paths or a glob)' : mode === 'report' ? 'the results JSON to report' : 'the results to compare (Locust _stats.csv or results JSON)'
    throw usage(Inputs.Current, `required in mode "${mode}": ${what}`)
  }
  return inputs
}

/** The runner's convention: INPUT_ + upper-cased name, spaces to underscores, hyphens kept. */
export function envInput(name: string, env: Record<string, string | undefined> = process.env): string {
  return env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? ''
}
