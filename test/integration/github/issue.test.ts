import { test } from 'node:test'
import assert from 'node:assert/strict'
import { startApiStandin } from '../../helpers/github-standins.ts'
import { createOctokit } from '../../../src/github/octokit.ts'
import { reportRegressionIssue, ISSUE_LABEL } from '../../../src/github/issue.ts'

test('nightly regressions open one issue per scenario, then comment on it', async (t) => {
  const api = await startApiStandin()
  t.after(() => api.close())
  const octokit = createOctokit('tok', api.url, { baseDelayMs: 5 })
  const args = { owner: 'octo', repo: 'demo', scenario: 'checkout-api', body: 'p95 +40 %', runUrl: 'https://github.com/octo/demo/actions/runs/1' }
  const a = await reportRegressionIssue(octokit, args)
  assert.equal(a.action, 'opened')
  const b = await reportRegressionIssue(octokit, { ...args, body: 'p95 +45 %' })
  assert.equal(b.action, 'commented')
  assert.equal(b.number, a.number)
  const c = await reportRegressionIssue(octokit, { ...args, scenario: 'search' })
  assert.equal(c.action, 'opened')
  assert.equal(api.issues.length, 2)
  assert.deepEqual(api.issues[0]!.labels, [{ name: ISSUE_LABEL }])
  const comments = api.comments.filter((x) => x.issue === a.number)
  assert.equal(comments.length, 1)
  assert.match(comments[0]!.body, /Still regressed in https:\/\/github.com\/octo\/demo\/actions\/runs\/1/)

  // A closed issue is not reused: a new one is opened (nothing is reopened or closed silently).
  api.issues[0]!.state = 'closed'
  const d = await reportRegressionIssue(octokit, args)
  assert.equal(d.action, 'opened')
  assert.equal(api.issues.filter((i) => i.state === 'closed').length, 1)
})
