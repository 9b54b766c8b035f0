/**
 * GitHub misbehaving, as the built action meets it (mode compare: no load, seconds per run): the
 * PR is gone (404), the body is refused (422), 5xx and rate limits that do not clear, artifact
 * blob and finalize failures, an unwritable job summary. Each is a warning; the job summary is
 * still written; the verdict alone decides the exit code (a regression still exits 1).
 * Complements action-compare.test.ts (fork, undetected read-only 403, transient 5xx/429,
 * CreateArtifact 400).
 */
import { before, test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startApiStandin, startArtifactStandin } from '../helpers/github-standins.ts'
import { ensureBuilt, makeWorkspace, runAction } from './harness.ts'

before(ensureBuilt)

async function services(t: import('node:test').TestContext) {
  const api = await startApiStandin()
  const artifacts = await startArtifactStandin()
  t.after(() => Promise.all([api.close(), artifacts.close()]))
  return { api, artifacts }
}

/** Compare mode on a PR: `pass_stats.csv` passes against the baseline, `fail_stats.csv` regresses. */
function prRun(s: Awaited<ReturnType<typeof services>>, current: 'pass_stats.csv' | 'fail_stats.csv', env: Record<string, string> = {}) {
  return runAction({ ...s, workspace: makeWorkspace(), event: 'pull_request', inputs: { mode: 'compare', name: 'checkout-api', current }, env })
}

/** The fault did not change the outcome: exit and verdict as without it, summary written, reports on disk. */
function assertOutcome(r: Awaited<ReturnType<typeof prRun>>, verdict: 'pass' | 'fail') {
  assert.equal(r.code, verdict === 'fail' ? 1 : 0, r.stdout + r.stderr)
  assert.equal(r.outputs.verdict, verdict)
  assert.match(r.summary, verdict === 'fail' ? /FAIL/ : /PASS/)
  assert.ok(existsSync(r.outputs['report-path']!))
  assert.doesNotMatch(r.stdout + r.stderr, /\n\s+at .*\.(ts|js):\d+/, 'no stack trace')
}

test('404 on the comment (PR gone): warning, summary, a regression still exits 1', async (t) => {
  const s = await services(t)
  s.api.inject({ status: 404, method: 'POST', path: '/issues/7/comments', times: 5 })
  const r = await prRun(s, 'fail_stats.csv')
  assertOutcome(r, 'fail')
  assert.ok(r.warnings.some((w) => /Could not post the PR comment: pull request #7 or its comment was not found/.test(w)), r.warnings.join('\n'))
  assert.equal(r.outputs['comment-url'], '')
  // A 404 is not retried.
  assert.equal(s.api.requests.filter((q) => q.method === 'POST').length, 1)
})

test('422 on the comment (body refused): warning, summary, a pass exits 0', async (t) => {
  const s = await services(t)
  s.api.inject({ status: 422, method: 'POST', times: 5 })
  const r = await prRun(s, 'pass_stats.csv')
  assertOutcome(r, 'pass')
  assert.ok(r.warnings.some((w) => /Could not post the PR comment: GitHub refused the comment/.test(w)), r.warnings.join('\n'))
  assert.equal(s.api.requests.filter((q) => q.method === 'POST').length, 1)
})

test('5xx that does not clear: bounded retries, then a warning; a regression still exits 1', async (t) => {
  const s = await services(t)
  s.api.inject({ status: 502, retryAfter: 0, times: 50 })
  const r = await prRun(s, 'fail_stats.csv')
  assertOutcome(r, 'fail')
  assert.ok(r.warnings.some((w) => /Could not post the PR comment/.test(w)), r.warnings.join('\n'))
  const calls = s.api.requests.length
  assert.ok(calls >= 2 && calls <= 8, `${calls} API calls`)
})

test('rate limited for an hour: no hour-long wait, a warning, exit by verdict', async (t) => {
  const s = await services(t)
  s.api.inject({ status: 429, retryAfter: 3600, times: 50 })
  s.api.inject({ status: 403, rateLimited: true, retryAfter: 3600, times: 50 })
  const started = Date.now()
  const r = await prRun(s, 'pass_stats.csv')
  assert.ok(Date.now() - started < 30_000, `took ${Date.now() - started} ms`)
  assertOutcome(r, 'pass')
  assert.ok(r.warnings.some((w) => /Could not post the PR comment/.test(w) && /rate limit/i.test(w)), r.warnings.join('\n'))
})

// Statuses @actions/artifact does not retry (its retries of 5xx take about a minute: too slow here,
// and the same path once they give up).
for (const [at, status] of [['FinalizeArtifact', 400], ['block', 403]] as const) {
  test(`artifact service fails at ${at} (${status}): warning, files on disk, comment and summary still posted, exit by verdict`, async (t) => {
    const s = await services(t)
    s.artifacts.inject({ at, status, times: 50 })
    const r = await prRun(s, 'fail_stats.csv')
    assertOutcome(r, 'fail')
    assert.ok(r.warnings.some((w) => /Could not upload the (HTML report|report files) artifact/.test(w)), r.warnings.join('\n'))
    assert.equal(r.outputs['artifact-id'], '')
    assert.ok(existsSync(`${r.outputs['csv-prefix']}_stats.csv`))
    assert.equal(s.api.comments.length, 1)
  })
}

test('an unwritable job summary: a warning, the comment still lands, exit by verdict', async (t) => {
  const s = await services(t)
  // The summary path is a folder: appending to it fails.
  const dir = mkdtempSync(join(tmpdir(), 'la-summary-'))
  mkdirSync(join(dir, 'summary'))
  const r = await prRun(s, 'fail_stats.csv', { GITHUB_STEP_SUMMARY: join(dir, 'summary') })
  assert.equal(r.code, 1, r.stdout + r.stderr)
  assert.equal(r.outputs.verdict, 'fail')
  assert.ok(r.warnings.some((w) => /job summary/.test(w)), r.warnings.join('\n'))
  assert.equal(s.api.comments.length, 1)
})
