import { test } from 'node:test'
import assert from 'node:assert/strict'
import { startApiStandin } from '../../helpers/github-standins.ts'
import { createOctokit } from '../../../src/github/octokit.ts'
import { commentMarker, upsertComment, MAX_COMMENT_CHARS } from '../../../src/github/comment.ts'

const target = { owner: 'octo', repo: 'demo', issueNumber: 7 }
const marker = commentMarker('checkout-api')

test('creates the comment once, then updates it in place', async (t) => {
  const api = await startApiStandin()
  t.after(() => api.close())
  const octokit = createOctokit('tok', api.url, { baseDelayMs: 5 })
  const first = await upsertComment(octokit, target, marker, 'verdict: pass')
  assert.equal(first.action, 'created')
  const second = await upsertComment(octokit, target, marker, 'verdict: fail')
  assert.equal(second.action, 'updated')
  assert.equal(second.id, first.id)
  const ours = api.comments.filter((c) => c.body.includes(marker))
  assert.equal(ours.length, 1)
  assert.match(ours[0]!.body, /verdict: fail/)
  assert.ok(ours[0]!.body.startsWith(marker))
})

test('finds the comment when it sits on a later page', async (t) => {
  const api = await startApiStandin()
  t.after(() => api.close())
  api.seedComments(7, 130)
  const octokit = createOctokit('tok', api.url, { baseDelayMs: 5 })
  await upsertComment(octokit, target, marker, 'one')
  api.seedComments(7, 5)
  const r = await upsertComment(octokit, target, marker, 'two')
  assert.equal(r.action, 'updated')
  assert.equal(api.comments.filter((c) => c.body.includes(marker)).length, 1)
  // The list was read past page 1 (Link rel="next" followed).
  assert.ok(api.requests.some((q) => q.method === 'GET' && /[?&]page=2/.test(q.path)))
  // A different scenario gets its own comment.
  const other = await upsertComment(octokit, target, commentMarker('search'), 'three')
  assert.equal(other.action, 'created')
})

test('a body over 65,536 characters is cut with a note instead of a 422', async (t) => {
  const api = await startApiStandin()
  t.after(() => api.close())
  const octokit = createOctokit('tok', api.url, { baseDelayMs: 5 })
  const big = Array.from({ length: 3000 }, (_, i) => `| GET | /item/${i} | ${'x'.repeat(20)} |`).join('\n')
  await upsertComment(octokit, target, marker, big)
  const body = api.comments[0]!.body
  assert.ok(body.length <= MAX_COMMENT_CHARS)
  assert.match(body, /cut to 65,536 characters/)
  assert.ok(body.startsWith(marker))
})

test('5xx and 429 answers are retried; a read-only token gets the 403 through', async (t) => {
  const api = await startApiStandin()
  t.after(() => api.close())
  const octokit = createOctokit('tok', api.url, { baseDelayMs: 5 })
  api.inject({ status: 502, times: 2 })
  api.inject({ status: 429, retryAfter: 0, method: 'POST' })
  const r = await upsertComment(octokit, target, marker, 'hello')
  assert.equal(r.action, 'created')
  assert.equal(api.requests.filter((q) => q.status >= 500 || q.status === 429).length, 3)

  api.readOnlyTokens.add('ro')
  const ro = createOctokit('ro', api.url, { baseDelayMs: 5 })
  await assert.rejects(upsertComment(ro, { ...target, issueNumber: 8 }, marker, 'x'), (e: { status?: number }) => e.status === 403)
  // A plain 403 is not retried.
  assert.equal(api.requests.filter((q) => q.status === 403).length, 1)
})

test('retries are bounded', async (t) => {
  const api = await startApiStandin()
  t.after(() => api.close())
  const octokit = createOctokit('tok', api.url, { baseDelayMs: 1, retries: 2 })
  api.inject({ status: 500, times: 10 })
  await assert.rejects(upsertComment(octokit, target, marker, 'x'), (e: { status?: number }) => e.status === 500)
  assert.equal(api.requests.length, 3)
})
