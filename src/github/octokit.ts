/**
 * The REST client: @actions/github's octokit (proxy-aware fetch, pagination, REST methods) pointed
 * at the context's API URL, with bounded retries on 5xx and rate limits.
 */
import * as core from '@actions/core'
import { getOctokit } from '@actions/github'
import { withRetry } from './retry.ts'
import type { RetryOptions } from './retry.ts'

export type Octokit = ReturnType<typeof getOctokit>

export function createOctokit(token: string, baseUrl: string, retry: RetryOptions = {}): Octokit {
  const octokit = getOctokit(token, { baseUrl })
  const opts: RetryOptions = {
    onRetry: ({ attempt, delayMs, status, message }) =>
      core.info(`GitHub API ${status ?? 'network error'} (${message}); retry ${attempt} in ${Math.round(delayMs / 100) / 10} s`),
    ...retry,
  }
  // Every request (pages of a paginated list too) goes through the same bounded retry.
  octokit.hook.wrap('request', (request, options) => withRetry(async () => request(options), opts))
  return octokit
}
