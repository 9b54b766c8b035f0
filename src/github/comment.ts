/**
 * The sticky PR comment: one per scenario, found by a hidden marker across every page of the
 * issue's comments, updated in place on reruns, created otherwise. Bodies are capped at GitHub's
 * 65,536 characters with a note, so a huge table never turns into a 422.
 */
import type { Octokit } from './octokit.ts'

/** GitHub rejects issue and comment bodies longer than this (422). */
export const MAX_COMMENT_CHARS = 65_536

/** The hidden marker that identifies our comment for one scenario. */
export function commentMarker(scenario: string): string {
  // `--` would end the HTML comment early; keep the name readable otherwise.
  return `<!-- load-action:${scenario.replace(/-{2,}/g, '-').replace(/>/g, '')} -->`
}

/**
 * Puts the marker first and cuts the body to `max` characters at a line boundary, ending with a
 * note that it was cut and where the rest is.
 */
export function capBody(body: string, marker: string, max = MAX_COMMENT_CHARS, more = 'the job summary and the report artifact'): string {
  const full = body.includes(marker) ? body : `${marker}\n${body}`
  if (full.length <= max) return full
  const note = `\n\n> [!NOTE]\n> This comment was cut to ${max.toLocaleString('en-US')} characters; see ${more} for the rest.\n`
  let cut = full.slice(0, max - note.length)
  const nl = cut.lastIndexOf('\n')
  if (nl > cut.length / 2) cut = cut.slice(0, nl)
  return cut + note
}

export interface CommentTarget {
  owner: string
  repo: string
  issueNumber: number
}

export interface CommentResult {
  id: number
  url: string
  action: 'created' | 'updated'
}

/** Finds the first comment on the issue whose body holds the marker, reading page after page. */
export async function findComment(octokit: Octokit, t: CommentTarget, marker: string): Promise<{ id: number; html_url: string } | null> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: t.owner,
    repo: t.repo,
    issue_number: t.issueNumber,
    per_page: 100,
  })
  for await (const page of pages) {
    const hit = page.data.find((c) => c.body?.includes(marker))
    if (hit) return { id: hit.id, html_url: hit.html_url }
  }
  return null
}

/** Updates our comment when it exists, else creates it. */
export async function upsertComment(octokit: Octokit, t: CommentTarget, marker: string, body: string): Promise<CommentResult> {
  const text = capBody(body, marker)
  const found = await findComment(octokit, t, marker)
  if (found) {
    const r = await octokit.rest.issues.updateComment({ owner: t.owner, repo: t.repo, comment_id: found.id, body: text })
    return { id: r.data.id, url: r.data.html_url, action: 'updated' }
  }
  const r = await octokit.rest.issues.createComment({ owner: t.owner, repo: t.repo, issue_number: t.issueNumber, body: text })
  return { id: r.data.id, url: r.data.html_url, action: 'created' }
}
