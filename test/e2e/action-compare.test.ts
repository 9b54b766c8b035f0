/**
 * The built action, run as the runner runs it, in mode compare with committed Locust CSVs (fast, no
 * load): outputs, job summary, the sticky PR comment, the report artifact and exit codes.
 */
import { before, test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { startApiStandin, startArtifactStandin } from '../helpers/github-standins.ts'
import { ensureBuilt, makeWorkspace, runAction, TOKEN } from './harness.ts'
import type { EventKind } from './harness.ts'

before(ensureBuilt)

const MARKER = '<!-- load-action:checkout-api -->'

async function services(t: import('node:test').TestContext) {
  const api = await startApiStandin()
  const artifacts = await startArtifactStandin()
  t.after(() => Promise.all([api.close(), artifacts.close()]))
  return { api, artifacts }
}

function compareRun(s: Awaited<ReturnType<typeof services>>, ws: string, event: EventKind, current: string, inputs: Record<string, string> = {}) {
  return runAction({ ...s, workspace: ws, event, inputs: { mode: 'compare', name: 'checkout-api', current, ...inputs } })
}

test('push, no regression: exit 0, outputs, summary, report artifact equal to the file on disk', async (t) => {
  const s = await services(t)
  const ws = makeWorkspace()
  const r = await compareRun(s, ws, 'push', 'pass_stats.csv')
  assert.equal(r.code, 0, r.stdout + r.stderr)
  assert.equal(r.outputs.verdict, 'pass')
  assert.equal(r.outputs.regressed, 'false')
  assert.equal(r.outputs['comment-url'], '')
  const report = r.outputs['report-path']!
  assert.ok(existsSync(report), report)
  assert.ok(existsSync(`${r.outputs['csv-prefix']}_stats.csv`))
  // The HTML report went up unzipped under its file name, byte for byte.
  const html = s.artifacts.artifacts.find((a) => a.name === basename(report))
  assert.ok(html, `artifacts: ${s.artifacts.artifacts.map((a) => a.name).join(', ')}`)
  assert.equal(r.outputs['artifact-id'], String(html.id))
  assert.ok(html.finalized && html.bytes.equals(readFileSync(report)))
  assert.ok(s.artifacts.artifacts.some((a) => a.name === 'load-report-checkout-api' && a.bytes.subarray(0, 2).toString() === 'PK'))
  // The summary: marker, verdict, the table, links to the run and the report.
  assert.match(r.summary, /PASS/)
  assert.match(r.summary, /\/health/)
  assert.ok(r.summary.includes(`https://github.com/octo/demo/actions/runs/4242/artifacts/${html.id}`))
  assert.ok(r.summary.includes('https://github.com/octo/demo/actions/runs/4242'))
  // No PR: no API writes; and the token is never printed.
  assert.equal(s.api.requests.length, 0)
  // Only in the ::add-mask:: command itself, which the runner consumes.
  assert.ok(r.stdout.includes(`::add-mask::${TOKEN}`))
  const shown = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n') + r.stderr
  assert.ok(!shown.includes(TOKEN))
})

test('pull request: regression exits 1 and creates the comment; the next run updates it in place', async (t) => {
  const s = await services(t)
  const ws = makeWorkspace()
  const bad = await compareRun(s, ws, 'pull_request', 'fail_stats.csv')
  assert.equal(bad.code, 1, bad.stdout)
  assert.equal(bad.outputs.verdict, 'fail')
  assert.equal(bad.outputs.regressed, 'true')
  assert.ok(bad.errors.some((l) => /GET \/health/.test(l)), bad.errors.join('\n'))
  assert.ok(bad.errors.some((l) => /regressed/.test(l)))
  const ours = () => s.api.comments.filter((c) => c.body.includes(MARKER))
  assert.equal(ours().length, 1)
  const first = ours()[0]!
  assert.equal(first.issue, 7)
  assert.equal(bad.outputs['comment-url'], first.html_url)
  assert.match(first.body, /FAIL/)
  assert.ok(first.body.includes(`/actions/runs/4242/artifacts/${bad.outputs['artifact-id']}`))
  assert.ok(first.body.length <= 65_536)
  assert.ok(bad.summary.includes(MARKER) || /FAIL/.test(bad.summary))

  const good = await compareRun(s, ws, 'pull_request', 'pass_stats.csv')
  assert.equal(good.code, 0, good.stdout)
  assert.equal(ours().length, 1)
  assert.equal(ours()[0]!.id, first.id)
  assert.match(ours()[0]!.body, /PASS/)
  assert.equal(good.outputs['comment-url'], first.html_url)
  assert.ok(s.api.requests.some((q) => q.method === 'PATCH'))
  // Every API call carried the token from the github-token default (${{ github.token }}).
  assert.ok(s.api.requests.every((q) => q.auth === `token ${TOKEN}`))
})

test('the comment is found and updated when it sits on page 2', async (t) => {
  const s = await services(t)
  const ws = makeWorkspace()
  s.api.seedComments(7, 110)
  await compareRun(s, ws, 'pull_request', 'pass_stats.csv')
  s.api.seedComments(7, 40)
  const r = await compareRun(s, ws, 'pull_request', 'fail_stats.csv')
  assert.equal(r.code, 1)
  const ours = s.api.comments.filter((c) => c.body.includes(MARKER))
  assert.equal(ours.length, 1)
  assert.match(ours[0]!.body, /FAIL/)
  assert.ok(s.api.requests.some((q) => q.method === 'GET' && /[?&]page=2/.test(q.path)))
})

test('fork pull request: detected before any API call; warning, summary, exit by verdict', async (t) => {
  const s = await services(t)
  s.api.readOnlyTokens.add(TOKEN)
  const ws = makeWorkspace()
  const bad = await compareRun(s, ws, 'fork_pull_request', 'fail_stats.csv')
  assert.equal(bad.code, 1)
  assert.ok(bad.warnings.some((w) => /fork/.test(w)), bad.warnings.join('\n'))
  assert.match(bad.summary, /FAIL/)
  assert.match(bad.summary, /fork/)
  const good = await compareRun(s, ws, 'fork_pull_request', 'pass_stats.csv')
  assert.equal(good.code, 0)
  assert.equal(good.outputs.verdict, 'pass')
  assert.equal(s.api.requests.length, 0)
})

test('a read-only token that was not detected: the 403 becomes a warning, exit by verdict', async (t) => {
  const s = await services(t)
  s.api.readOnlyTokens.add(TOKEN)
  const ws = makeWorkspace()
  const r = await compareRun(s, ws, 'pull_request', 'pass_stats.csv')
  assert.equal(r.code, 0, r.stdout)
  assert.ok(r.warnings.some((w) => /PR comment/.test(w) && /read-only|cannot write/.test(w)), r.warnings.join('\n'))
  assert.match(r.summary, /PASS/)
  assert.ok(s.api.requests.some((q) => q.status === 403))
})

test('API 5xx and rate limits are retried; the comment still lands', async (t) => {
  const s = await services(t)
  s.api.inject({ status: 502, method: 'GET' })
  s.api.inject({ status: 429, retryAfter: 0, method: 'POST' })
  const r = await compareRun(s, makeWorkspace(), 'pull_request', 'pass_stats.csv')
  assert.equal(r.code, 0)
  assert.equal(s.api.comments.length, 1)
  assert.ok(r.outputs['comment-url'])
})

test('artifact service failure: warning, reports still on disk, summary written, exit by verdict', async (t) => {
  const s = await services(t)
  s.artifacts.inject({ at: 'CreateArtifact', status: 400, times: 10 })
  const r = await compareRun(s, makeWorkspace(), 'pull_request', 'pass_stats.csv')
  assert.equal(r.code, 0, r.stdout)
  assert.ok(r.warnings.some((w) => /artifact/i.test(w)), r.warnings.join('\n'))
  assert.equal(r.outputs['artifact-id'], '')
  assert.ok(existsSync(r.outputs['report-path']!))
  assert.ok(existsSync(`${r.outputs['csv-prefix']}_stats.csv`))
  assert.match(r.summary, /PASS/)
  // The comment is still posted, without a report link.
  assert.equal(s.api.comments.length, 1)
})

test('comment: on-regression posts nothing for a pass; never posts nothing at all', async (t) => {
  const s = await services(t)
  const ws = makeWorkspace()
  const a = await compareRun(s, ws, 'pull_request', 'pass_stats.csv', { comment: 'on-regression' })
  assert.equal(a.code, 0)
  assert.equal(s.api.comments.length, 0)
  const b = await compareRun(s, ws, 'pull_request', 'fail_stats.csv', { comment: 'never', 'fail-on-regression': 'false' })
  assert.equal(b.code, 0)
  assert.equal(b.outputs.verdict, 'fail')
  assert.equal(s.api.comments.length, 0)
  // on-regression: a regression creates the comment, and a later pass updates it (no stale red comment).
  await compareRun(s, ws, 'pull_request', 'fail_stats.csv', { comment: 'on-regression' })
  assert.equal(s.api.comments.length, 1)
  const c = await compareRun(s, ws, 'pull_request', 'pass_stats.csv', { comment: 'on-regression' })
  assert.equal(c.code, 0)
  assert.equal(s.api.comments.length, 1)
  assert.match(s.api.comments[0]!.body, /PASS/)
})

test('schedule: a regression opens one issue, the next night comments on it', async (t) => {
  const s = await services(t)
  const ws = makeWorkspace()
  const a = await compareRun(s, ws, 'schedule', 'fail_stats.csv')
  assert.equal(a.code, 1)
  assert.equal(s.api.issues.length, 1)
  assert.match(s.api.issues[0]!.title, /checkout-api/)
  const b = await compareRun(s, ws, 'schedule', 'fail_stats.csv')
  assert.equal(b.code, 1)
  assert.equal(s.api.issues.length, 1)
  assert.equal(s.api.comments.filter((c) => c.issue === 1).length, 1)
  const c = await compareRun(s, ws, 'schedule', 'pass_stats.csv')
  assert.equal(c.code, 0)
  assert.equal(s.api.issues[0]!.state, 'open')
})

test('missing baseline: a warning, never a failure', async (t) => {
  const s = await services(t)
  const r = await compareRun(s, makeWorkspace(), 'push', 'fail_stats.csv', { name: 'brand-new' })
  assert.equal(r.code, 0, r.stdout)
  assert.notEqual(r.outputs.verdict, 'fail')
  assert.ok(r.warnings.some((w) => /No baseline at baselines\/brand-new\/stats.csv/.test(w)), r.warnings.join('\n'))
})

test('bad input: one message naming the input and the allowed values, exit 2', async (t) => {
  const s = await services(t)
  const r = await compareRun(s, makeWorkspace(), 'push', 'pass_stats.csv', { comment: 'sometimes' })
  assert.equal(r.code, 2)
  assert.ok(r.errors.some((l) => /input "comment": "sometimes" is not allowed; expected one of: always, on-regression, never/.test(l)), r.stdout)
  const missing = await compareRun(s, makeWorkspace(), 'push', 'nope_stats.csv')
  assert.equal(missing.code, 2)
  assert.ok(missing.errors.some((l) => /nope_stats.csv/.test(l)))
})
