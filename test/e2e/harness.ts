/**
 * Runs the built action (`node dist/index.js`) the way the Actions runner does: inputs as INPUT_*
 * variables with hyphens kept and action.yml's defaults filled in (`${{ github.token }}` expanded),
 * fresh GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, an event JSON file, the REST API and artifact
 * service URLs pointing at the local stand-ins, and an unsigned runtime JWT.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { fakeRuntimeToken } from '../helpers/github-standins.ts'
import type { ApiStandin, ArtifactStandin } from '../helpers/github-standins.ts'

export const ROOT = new URL('../../', import.meta.url).pathname
/** LOAD_ACTION_E2E_DIST runs another bundle (e.g. one built elsewhere); the default is the repo's dist/. */
const DIST = process.env.LOAD_ACTION_E2E_DIST ?? join(ROOT, 'dist', 'index.js')
export const REPO = 'octo/demo'
export const TOKEN = 'ghs_e2eTokenValue123'

export type EventKind = 'push' | 'pull_request' | 'fork_pull_request' | 'schedule' | 'workflow_run'

/** The event payloads GitHub sends, trimmed to what actions read. */
export function eventPayload(kind: EventKind, pr = 7): { name: string; payload: Record<string, unknown> } {
  const repository = { full_name: REPO, name: 'demo', owner: { login: 'octo' } }
  if (kind === 'push') return { name: 'push', payload: { ref: 'refs/heads/main', after: 'a'.repeat(40), repository } }
  if (kind === 'schedule') return { name: 'schedule', payload: { schedule: '0 3 * * *', repository } }
  if (kind === 'workflow_run') {
    // For a fork's run, workflow_run.pull_requests is empty: the PR number travels in an artifact.
    return { name: 'workflow_run', payload: { action: 'completed', workflow_run: { id: 99, event: 'pull_request', pull_requests: [] }, repository } }
  }
  const head = kind === 'fork_pull_request' ? 'someone/demo' : REPO
  return {
    name: 'pull_request',
    payload: {
      action: 'synchronize',
      number: pr,
      pull_request: {
        number: pr,
        head: { ref: 'feature', sha: 'b'.repeat(40), repo: { full_name: head } },
        base: { ref: 'main', sha: 'c'.repeat(40), repo: { full_name: REPO } },
      },
      repository,
    },
  }
}

/** action.yml's input defaults, as the runner fills them. */
export function actionDefaults(): Record<string, string> {
  const doc = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }
  return Object.fromEntries(Object.entries(doc.inputs).map(([k, v]) => [k, String(v.default ?? '')]))
}

/**
 * The e2e tests run the committed bundle, as the runner does; they never build it (a build inside
 * a test run would test whatever half-finished source is around). CI checks that dist/ equals a
 * fresh build before the tests; locally, `npm run build` first. LOAD_ACTION_E2E_DIST points
 * at another bundle folder.
 */
export async function ensureBuilt(): Promise<void> {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run build\` first`)
}

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** `::warning …::` and `::error …::` lines. */
  warnings: string[]
  errors: string[]
}

export interface RunOptions {
  inputs: Record<string, string>
  event: EventKind
  api: ApiStandin
  artifacts?: ArtifactStandin
  /** GITHUB_WORKSPACE and cwd. */
  workspace: string
  env?: Record<string, string>
  signal?: AbortSignal
  /** Called with the child once spawned (e.g. to send SIGINT). */
  onSpawn?: (child: import('node:child_process').ChildProcess) => void
}

/** Parses the runner's file-command format: `name<<DELIM\nvalue\nDELIM\n` (and legacy `name=value`). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const heredoc = line.match(/^([^=<]+)<<(.+)$/)
    if (heredoc) {
      const [, name = '', delim] = heredoc
      const value: string[] = []
      while (++i < lines.length && lines[i] !== delim) value.push(lines[i] ?? '')
      out[name] = value.join('\n')
    } else if (line.includes('=')) out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
  }
  return out
}

export async function runAction(o: RunOptions): Promise<ActionRun> {
  const step = mkdtempSync(join(tmpdir(), 'la-step-'))
  const files = Object.fromEntries(['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'].map((k) => [k, join(step, k.toLowerCase())]))
  for (const f of Object.values(files)) writeFileSync(f, '')
  const ev = eventPayload(o.event)
  const eventPath = join(step, 'event.json')
  writeFileSync(eventPath, JSON.stringify(ev.payload))
  const runnerTemp = join(step, 'runner-temp')
  mkdirSync(runnerTemp)

  const inputs = { ...actionDefaults(), ...o.inputs }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? step,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: ev.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: REPO,
    GITHUB_REPOSITORY_OWNER: 'octo',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: ev.name === 'pull_request' ? 'refs/pull/7/merge' : 'refs/heads/main',
    GITHUB_HEAD_REF: ev.name === 'pull_request' ? 'feature' : '',
    GITHUB_BASE_REF: ev.name === 'pull_request' ? 'main' : '',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'load',
    GITHUB_WORKFLOW: 'load',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_API_URL: o.api.url,
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: runnerTemp,
    RUNNER_DEBUG: '',
    ACTIONS_RUNTIME_TOKEN: fakeRuntimeToken(),
    ACTIONS_RESULTS_URL: o.artifacts ? `${o.artifacts.url}/` : 'http://127.0.0.1:9/',
    ...files,
    ...o.env,
  }
  for (const [name, value] of Object.entries(inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value.replace(/\$\{\{\s*github\.token\s*\}\}/g, TOKEN)
  }

  const child = spawn(process.execPath, [DIST], { cwd: o.workspace, env, stdio: ['ignore', 'pipe', 'pipe'], signal: o.signal })
  o.onSpawn?.(child)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)))
  const lines = stdout.split('\n')
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(files.GITHUB_OUTPUT!, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY!, 'utf8'),
    warnings: lines.filter((l) => l.startsWith('::warning')),
    errors: lines.filter((l) => l.startsWith('::error')),
  }
}

/** A workspace with the fixture CSVs and a committed baseline at baselines/<name>/stats.csv. */
export function makeWorkspace(name = 'checkout-api', baseline = 'base_stats.csv'): string {
  const ws = mkdtempSync(join(tmpdir(), 'la-ws-'))
  const fx = join(ROOT, 'test', 'fixtures', 'action')
  for (const f of readdirSync(fx)) writeFileSync(join(ws, f), readFileSync(join(fx, f)))
  mkdirSync(join(ws, 'baselines', name), { recursive: true })
  writeFileSync(join(ws, 'baselines', name, 'stats.csv'), readFileSync(join(fx, baseline)))
  return ws
}
