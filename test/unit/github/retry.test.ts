import { test } from 'node:test'
import assert from 'node:assert/strict'
import { retryDelay, withRetry } from '../../../src/github/retry.ts'

const err = (status: number | undefined, headers: Record<string, string> = {}) => ({ status, message: 'x', response: { headers } })

test('what is retried and how long it waits', () => {
  const now = 1_000_000
  const cases: [unknown, number, number | null][] = [
    [err(500), 0, 1000],
    [err(502), 2, 4000],
    [err(503, { 'retry-after': '3' }), 0, 3000],
    [err(429, { 'retry-after': '0' }), 1, 0],
    [err(403, { 'retry-after': '2' }), 0, 2000],
    [err(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 5) }), 0, 5000],
    [err(403), 0, null], // permission: no retry
    [err(404), 0, null],
    [err(422), 0, null],
    [err(501), 0, null],
    [err(503, { 'retry-after': '3600' }), 0, null], // longer than worth waiting
    [new Error('socket hang up'), 0, 1000], // network errors carry no status
  ]
  for (const [e, attempt, want] of cases) assert.equal(retryDelay(e, attempt, {}, now), want, JSON.stringify(e))
})

test('withRetry stops after the allowed retries and honours the waits', async () => {
  const waits: number[] = []
  let calls = 0
  await assert.rejects(
    withRetry(
      async () => {
        calls++
        throw err(500)
      },
      { retries: 2, baseDelayMs: 10, sleep: async (ms) => void waits.push(ms) },
    ),
  )
  assert.equal(calls, 3)
  assert.deepEqual(waits, [10, 20])
  let n = 0
  const v = await withRetry(async () => (++n < 2 ? Promise.reject(err(502)) : 'ok'), { sleep: async () => {} })
  assert.equal(v, 'ok')
})
