/**
 * Retries for GitHub API calls: 5xx, 429 and rate-limited 403s are retried a bounded number of
 * times, waiting what the server asks for (Retry-After, x-ratelimit-reset) or backing off
 * exponentially. A wait longer than `maxDelayMs` is not worth blocking a CI job for: the error is
 * passed on and the caller turns it into a warning.
 */

export interface RetryOptions {
  /** Retries after the first attempt (default 3). */
  retries?: number
  /** First backoff when the server gives no hint (default 1000 ms, doubled each time). */
  baseDelayMs?: number
  /** Longest single wait accepted (default 60 s); longer hints end the retries. */
  maxDelayMs?: number
  sleep?: (ms: number) => Promise<void>
  /** Called before each wait, e.g. to log it. */
  onRetry?: (info: { attempt: number; delayMs: number; status: number | undefined; message: string }) => void
}

interface HttpishError {
  status?: number
  message?: string
  response?: { headers?: Record<string, string | number | undefined> }
}

const header = (e: HttpishError, name: string): string | undefined => {
  const v = e.response?.headers?.[name]
  return v === undefined ? undefined : String(v)
}

/**
 * How long to wait before retrying after `err` on attempt `attempt` (0-based), or null when the
 * error is not retryable or the wait is too long. Pure, so the policy is unit-testable.
 */
export function retryDelay(err: unknown, attempt: number, opts: RetryOptions = {}, now = Date.now()): number | null {
  const e = (err ?? {}) as HttpishError
  const status = e.status
  const retryAfter = header(e, 'retry-after')
  const limited = header(e, 'x-ratelimit-remaining') === '0'
  const retryable =
    status === undefined || status >= 500 || status === 429 || (status === 403 && (retryAfter !== undefined || limited))
  // 501 Not Implemented and the 4xx family (bad input, no permission) will not change on retry.
  if (!retryable || status === 501) return null
  let delay = (opts.baseDelayMs ?? 1000) * 2 ** attempt
  if (retryAfter !== undefined && /^\d+$/.test(retryAfter.trim())) delay = Number(retryAfter) * 1000
  else if (retryAfter !== undefined && !Number.isNaN(Date.parse(retryAfter))) delay = Math.max(0, Date.parse(retryAfter) - now)
  else if (limited && header(e, 'x-ratelimit-reset')) delay = Math.max(0, Number(header(e, 'x-ratelimit-reset')) * 1000 - now)
  return delay > (opts.maxDelayMs ?? 60_000) ? null : delay
}

/** Runs `fn`, retrying per `retryDelay` at most `retries` times. */
export async function withRetry<T>(fn: () => Promise<T>, opts: RetryOptions = {}): Promise<T> {
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  const retries = opts.retries ?? 3
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn()
    } catch (err) {
      const delay = attempt < retries ? retryDelay(err, attempt, opts) : null
      if (delay === null) throw err
      const e = err as HttpishError
      opts.onRetry?.({ attempt: attempt + 1, delayMs: delay, status: e.status, message: e.message ?? String(err) })
      await sleep(delay)
    }
  }
}
