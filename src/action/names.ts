/**
 * Names and paths the action derives: the scenario name (comment marker, artifacts, baselines/),
 * the report folder, and artifact names that differ per shard so matrix legs do not collide.
 */
import { basename, join, resolve } from 'node:path'
import { safeArtifactName } from '../github/artifact.ts'
import type { ActionInputs } from '../inputs.ts'

/** A file-system and artifact safe form of a scenario name. */
export function slug(name: string): string {
  return name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'scenario'
}

/** The name of results given as files: `x_stats.csv` → x, `x.json` → x. */
export function nameFromFile(path: string): string {
  return basename(path).replace(/(_stats)?\.(csv|json)$/i, '')
}

export function shardSuffix(shard: ActionInputs['shard']): string {
  return shard ? `-shard-${shard.index + 1}-of-${shard.total}` : ''
}

export interface ReportPaths {
  dir: string
  csvPrefix: string
  resultsJson: string
  html: string
  /** Name of the zip with every report file. */
  artifactName: string
}

/** Where the reports go: `report-dir`, else $RUNNER_TEMP/load-action/<name>, else ./load-action-report/<name>. */
export function reportPaths(inputs: ActionInputs, name: string, env: Record<string, string | undefined> = process.env): ReportPaths {
  const leg = `${slug(name)}${shardSuffix(inputs.shard)}`
  const dir = resolve(inputs.reportDir ?? (env.RUNNER_TEMP ? join(env.RUNNER_TEMP, 'load-action', leg) : join('load-action-report', leg)))
  const artifactName = safeArtifactName(inputs.artifactName ?? `load-report-${leg}`)
  return {
    dir,
    csvPrefix: join(dir, slug(name)),
    resultsJson: join(dir, 'results.json'),
    // Uploaded unzipped, the HTML artifact is named after its file: make the file name unique too.
    html: join(dir, `${artifactName}.html`),
    artifactName,
  }
}

/** The default baseline: baselines/<name>/stats.csv in the workspace. */
export function defaultBaseline(name: string): string {
  return join('baselines', slug(name), 'stats.csv')
}
