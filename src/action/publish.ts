/**
 * Stage 4: GitHub side effects, in the order that lets each link to the previous one: report
 * artifacts, then the PR comment (or the nightly issue), then the job summary. Every API or
 * artifact failure becomes a warning; the summary is written whatever happened before it, and the
 * verdict alone decides the exit code.
 */
import { basename, dirname } from 'node:path'
import { markdownComment } from '../compare/index.ts'
import type { Comparison } from '../compare/types.ts'
import { artifactUrl, uploadFiles, uploadHtml } from '../github/artifact.ts'
import { commentMarker, findComment, upsertComment, MAX_COMMENT_CHARS } from '../github/comment.ts'
import type { RunContext } from '../github/context.ts'
import { reportRegressionIssue } from '../github/issue.ts'
import { createOctokit } from '../github/octokit.ts'
import { writeSummary } from '../github/summary.ts'
import type { ActionInputs } from '../inputs.ts'
import type { Written } from './write.ts'

export interface Published {
  artifactId?: number
  reportUrl?: string
  commentUrl?: string
  issueUrl?: string
  summaryWritten: boolean
}

export interface PublishRequest {
  inputs: ActionInputs
  ctx: RunContext
  name: string
  title: string
  comparison: Comparison
  written: Written
  /** Extra lines shown under the headline (fork notice, interrupted run, …). */
  notes: string[]
  warn: (message: string) => void
  info: (message: string) => void
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]

export async function publish(r: PublishRequest): Promise<Published> {
  const out: Published = { summaryWritten: false }
  const marker = commentMarker(r.name)
  try {
    if (r.inputs.uploadArtifact) await uploadArtifacts(r, out)
    const body = withNotes(markdownComment(r.comparison, { title: r.title, marker, runUrl: r.ctx.runUrl, reportUrl: out.reportUrl, maxChars: MAX_COMMENT_CHARS }), r.notes)
    await postComment(r, body, marker, out)
    await openIssue(r, body, out)
  } finally {
    // Whatever failed above, the summary is written: it is the one report a fork PR always gets.
    const body = markdownComment(r.comparison, { title: r.title, marker, runUrl: r.ctx.runUrl, reportUrl: out.reportUrl, maxChars: 900_000 })
    const links = [out.commentUrl && `[PR comment](${out.commentUrl})`, out.issueUrl && `[Regression issue](${out.issueUrl})`].filter(Boolean)
    try {
      out.summaryWritten = await writeSummary(withNotes(body, r.notes) + (links.length ? `\n${links.join(' · ')}\n` : ''))
    } catch (e) {
      r.warn(`Could not write the job summary: ${message(e)}`)
    }
  }
  return out
}

/** Puts notes right under the marker line, above the headline table. */
function withNotes(body: string, notes: string[]): string {
  if (!notes.length) return body
  const nl = body.indexOf('\n')
  const text = notes.map((n) => `> ${n}`).join('\n>\n')
  return `${body.slice(0, nl + 1)}${text}\n\n${body.slice(nl + 1)}`
}

async function uploadArtifacts(r: PublishRequest, out: Published): Promise<void> {
  if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
    r.warn('Report artifact not uploaded: no ACTIONS_RUNTIME_TOKEN/ACTIONS_RESULTS_URL (not running in GitHub Actions?). The files are in ' + r.written.html)
    return
  }
  try {
    const html = await uploadHtml(r.written.html)
    out.artifactId = html.id
    out.reportUrl = artifactUrl(r.ctx.serverUrl, r.ctx.repo, r.ctx.runId, html.id)
    r.info(`Uploaded the HTML report as artifact ${html.name} (id ${html.id})`)
  } catch (e) {
    r.warn(`Could not upload the HTML report artifact: ${message(e)}. The report is still on disk at ${r.written.html}.`)
  }
  try {
    const zip = await uploadFiles(r.inputs.artifactName ?? nameOfZip(r.written.html), r.written.files, dirOf(r.written.html))
    r.info(`Uploaded ${r.written.files.length} report files as artifact ${zip.name} (id ${zip.id})`)
  } catch (e) {
    r.warn(`Could not upload the report files artifact: ${message(e)}. They are still on disk in ${dirOf(r.written.html)}.`)
  }
}

const dirOf = (p: string) => dirname(p)
const nameOfZip = (html: string) => basename(html, '.html')

async function postComment(r: PublishRequest, body: string, marker: string, out: Published): Promise<void> {
  const { inputs, ctx } = r
  const pr = ctx.prNumber ?? inputs.prNumber ?? null
  if (inputs.comment === 'never' || pr === null) return
  if (ctx.readOnly) {
    r.warn('PR comment skipped: this pull request comes from a fork, so the token is read-only. The job summary has the results; for a comment use the pull_request + workflow_run pattern (docs/workflows.md).')
    return
  }
  if (!inputs.githubToken) {
    r.warn('PR comment skipped: no github-token.')
    return
  }
  const octokit = createOctokit(inputs.githubToken, ctx.apiUrl)
  const target = { owner: ctx.owner, repo: ctx.name, issueNumber: pr }
  try {
    if (inputs.comment === 'on-regression' && r.comparison.verdict !== 'fail') {
      // No new comment for a pass, but a red comment from an earlier run must not stay red.
      const found = await findComment(octokit, target, marker)
      if (!found) return
    }
    const c = await upsertComment(octokit, target, marker, body)
    out.commentUrl = c.url
    r.info(`PR comment ${c.action}: ${c.url}`)
  } catch (e) {
    const status = (e as { status?: number }).status
    const why =
      status === 403 && !/rate limit/i.test(message(e) ?? '')
        ? 'the token cannot write to this repository (read-only token or missing `pull-requests: write` permission)'
        : status === 404
          ? `pull request #${pr} or its comment was not found (deleted, or not visible to this token): ${message(e)}`
          : status === 422
            ? `GitHub refused the comment (${message(e)})`
            : message(e)
    r.warn(`Could not post the PR comment: ${why}. The job summary has the results.`)
  }
}

async function openIssue(r: PublishRequest, body: string, out: Published): Promise<void> {
  const { inputs, ctx } = r
  if (ctx.event !== 'schedule' || r.comparison.verdict !== 'fail' || inputs.comment === 'never' || !inputs.githubToken) return
  try {
    const octokit = createOctokit(inputs.githubToken, ctx.apiUrl)
    const issue = await reportRegressionIssue(octokit, { owner: ctx.owner, repo: ctx.name, scenario: r.name, body, runUrl: ctx.runUrl })
    out.issueUrl = issue.url
    r.info(`Regression issue ${issue.action}: ${issue.url}`)
  } catch (e) {
    r.warn(`Could not open or update the regression issue: ${message(e)}`)
  }
}
