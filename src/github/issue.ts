/**
 * Nightly mode (schedule events): a regression opens one issue per scenario, or comments on the
 * one still open, so a week of red nights is one thread, not seven issues. Nothing is closed
 * automatically: a human decides when a regression is fixed.
 */
import { capBody } from './comment.ts'
import type { Octokit } from './octokit.ts'

export const ISSUE_LABEL = 'load-regression'

export function issueMarker(scenario: string): string {
  return `<!-- load-action:nightly:${scenario.replace(/-{2,}/g, '-').replace(/>/g, '')} -->`
}

export interface IssueResult {
  number: number
  url: string
  action: 'opened' | 'commented'
}

/** The open regression issue for a scenario, if any (searched by label and marker, all pages). */
export async function findOpenIssue(octokit: Octokit, owner: string, repo: string, marker: string) {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
    owner,
    repo,
    state: 'open',
    labels: ISSUE_LABEL,
    per_page: 100,
  })
  for await (const page of pages) {
    const hit = page.data.find((i) => !i.pull_request && i.body?.includes(marker))
    if (hit) return { number: hit.number, url: hit.html_url }
  }
  return null
}

/** Opens the scenario's regression issue, or comments on the open one. */
export async function reportRegressionIssue(
  octokit: Octokit,
  t: { owner: string; repo: string; scenario: string; body: string; runUrl: string },
): Promise<IssueResult> {
  const marker = issueMarker(t.scenario)
  const open = await findOpenIssue(octokit, t.owner, t.repo, marker)
  if (open) {
    const body = capBody(`Still regressed in ${t.runUrl || 'the latest scheduled run'}.\n\n${t.body}`, marker)
    await octokit.rest.issues.createComment({ owner: t.owner, repo: t.repo, issue_number: open.number, body })
    return { ...open, action: 'commented' }
  }
  const r = await octokit.rest.issues.create({
    owner: t.owner,
    repo: t.repo,
    title: `Load test regression: ${t.scenario}`,
    body: capBody(t.body, marker),
    labels: [ISSUE_LABEL],
  })
  return { number: r.data.number, url: r.data.html_url, action: 'opened' }
}
