/**
 * The workflow context as a plain object, read from the runner's environment and event file once.
 * Everything downstream decides from these fields, never from `github.context` directly, so tests
 * can build one by hand and fork detection happens before any API call.
 */
import { existsSync, readFileSync } from 'node:fs'

export interface RunContext {
  /** GITHUB_EVENT_NAME: push, pull_request, schedule, workflow_run, … */
  event: string
  isPullRequest: boolean
  /** PR number for pull_request events (or given explicitly, e.g. from a workflow_run artifact). */
  prNumber: number | null
  /** A pull request from another repository: its token cannot write to this one. */
  isFork: boolean
  /** The token is known to be read-only (fork PRs, Dependabot PRs): skip every write call. */
  readOnly: boolean
  sha: string
  /** Link to this workflow run, e.g. https://github.com/o/r/actions/runs/1. */
  runUrl: string
  /** `owner/name`. */
  repo: string
  owner: string
  name: string
  serverUrl: string
  apiUrl: string
  runId: string
  /** GITHUB_JOB: the job id (the same on every leg of a matrix). */
  job: string
  runAttempt: number
}

type Env = Record<string, string | undefined>
interface PullRequestPayload {
  number?: number
  head?: { repo?: { full_name?: string } | null; sha?: string }
  base?: { repo?: { full_name?: string } }
}

/** Reads the event JSON; a missing or broken file means an empty payload (as in @actions/github). */
export function readEvent(env: Env = process.env): Record<string, unknown> {
  const path = env.GITHUB_EVENT_PATH
  if (!path || !existsSync(path)) return {}
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
  } catch {
    return {}
  }
}

/** Builds the context from the environment and event payload. */
export function getRunContext(env: Env = process.env, payload: Record<string, unknown> = readEvent(env)): RunContext {
  const event = env.GITHUB_EVENT_NAME ?? ''
  const repository = payload.repository as { full_name?: string } | undefined
  const repo = env.GITHUB_REPOSITORY ?? repository?.full_name ?? ''
  const [owner = '', name = ''] = repo.split('/')
  const pr = (payload.pull_request ?? null) as PullRequestPayload | null
  const isPullRequest = (event === 'pull_request' || event === 'pull_request_target') && pr !== null
  const head = pr?.head?.repo?.full_name
  const base = pr?.base?.repo?.full_name ?? repo
  // A deleted head repository (head.repo null) is also a fork.
  const isFork = isPullRequest && head !== base
  // pull_request_target runs with the base repository's token, so it can write even for forks.
  const readOnly = event === 'pull_request' && (isFork || env.GITHUB_ACTOR === 'dependabot[bot]')
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '')
  const runId = env.GITHUB_RUN_ID ?? ''
  // workflow_run lists the PRs of same-repository branches only (empty for forks: use pr-number).
  const run = payload.workflow_run as { pull_requests?: { number?: number }[] } | undefined
  const runPr = event === 'workflow_run' ? run?.pull_requests?.[0]?.number : undefined
  return {
    event,
    isPullRequest,
    prNumber: isPullRequest && typeof pr?.number === 'number' ? pr.number : typeof runPr === 'number' ? runPr : null,
    isFork,
    readOnly,
    sha: (isPullRequest ? pr?.head?.sha : undefined) ?? env.GITHUB_SHA ?? '',
    runUrl: runId ? `${serverUrl}/${repo}/actions/runs/${runId}` : '',
    repo,
    owner,
    name,
    serverUrl,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''),
    runId,
    job: env.GITHUB_JOB ?? '',
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? 1) || 1,
  }
}
