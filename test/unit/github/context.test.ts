import { test } from 'node:test'
import assert from 'node:assert/strict'
import { getRunContext } from '../../../src/github/context.ts'

const env = { GITHUB_REPOSITORY: 'octo/demo', GITHUB_RUN_ID: '42', GITHUB_SHA: 'abc', GITHUB_JOB: 'load', GITHUB_API_URL: 'http://127.0.0.1:1' }
const pr = (head: string | null, number = 7) => ({
  pull_request: { number, head: { sha: 'headsha', repo: head === null ? null : { full_name: head } }, base: { repo: { full_name: 'octo/demo' } } },
})

test('push: not a PR, writable, run URL on github.com', () => {
  const c = getRunContext({ ...env, GITHUB_EVENT_NAME: 'push' }, {})
  assert.deepEqual([c.isPullRequest, c.prNumber, c.isFork, c.readOnly, c.sha], [false, null, false, false, 'abc'])
  assert.equal(c.runUrl, 'https://github.com/octo/demo/actions/runs/42')
  assert.equal(c.apiUrl, 'http://127.0.0.1:1')
})

test('pull_request from the same repository: PR number and head sha, writable', () => {
  const c = getRunContext({ ...env, GITHUB_EVENT_NAME: 'pull_request' }, pr('octo/demo'))
  assert.deepEqual([c.isPullRequest, c.prNumber, c.isFork, c.readOnly, c.sha], [true, 7, false, false, 'headsha'])
})

test('pull_request from a fork (or a deleted fork) is read-only; pull_request_target is not', () => {
  assert.equal(getRunContext({ ...env, GITHUB_EVENT_NAME: 'pull_request' }, pr('someone/demo')).readOnly, true)
  assert.equal(getRunContext({ ...env, GITHUB_EVENT_NAME: 'pull_request' }, pr(null)).readOnly, true)
  const target = getRunContext({ ...env, GITHUB_EVENT_NAME: 'pull_request_target' }, pr('someone/demo'))
  assert.deepEqual([target.isFork, target.readOnly], [true, false])
})

test('Dependabot pull requests get a read-only token too', () => {
  const c = getRunContext({ ...env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_ACTOR: 'dependabot[bot]' }, pr('octo/demo'))
  assert.equal(c.readOnly, true)
})

test('schedule: no PR; server URL from the environment', () => {
  const c = getRunContext({ ...env, GITHUB_EVENT_NAME: 'schedule', GITHUB_SERVER_URL: 'https://ghe.example.com/' }, { schedule: '0 3 * * *' })
  assert.equal(c.event, 'schedule')
  assert.equal(c.prNumber, null)
  assert.equal(c.runUrl, 'https://ghe.example.com/octo/demo/actions/runs/42')
})

test('workflow_run: the PR number of a same-repository run, none for a fork', () => {
  const same = getRunContext({ ...env, GITHUB_EVENT_NAME: 'workflow_run' }, { workflow_run: { pull_requests: [{ number: 12 }] } })
  assert.deepEqual([same.prNumber, same.isPullRequest, same.readOnly], [12, false, false])
  assert.equal(getRunContext({ ...env, GITHUB_EVENT_NAME: 'workflow_run' }, { workflow_run: { pull_requests: [] } }).prNumber, null)
})
