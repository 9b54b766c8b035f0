/**
 * The sticky PR comment body: hidden marker first (the action finds its comment by it), the
 * markdown, links, and a hard cap (GitHub rejects bodies over 65,536 characters) that drops the
 * details first, then table rows, and says so.
 */
import type { Comparison } from './types.ts'
import { commentSafe } from './escape.ts'
import { markdownParts } from './format-markdown.ts'

export interface CommentOptions {
  title?: string
  /** Scenario name for the marker `<!-- load-action:NAME -->` (or a full marker comment). */
  marker: string
  runUrl?: string
  reportUrl?: string
  maxChars?: number
}

/** The marker that identifies our comment for a scenario. */
export function commentMarker(name: string): string {
  return name.startsWith('<!--') ? name : `<!-- load-action:${commentSafe(name)} -->`
}

function safeUrl(u: string | undefined): string | undefined {
  return u && /^https?:\/\/[^\s()<>]+$/.test(u) ? u : undefined
}

/** Builds the PR comment for a comparison, at most `maxChars` (default 65,536) characters. */
export function markdownComment(c: Comparison, opts: CommentOptions): string {
  const max = opts.maxChars ?? 65536
  const marker = commentMarker(opts.marker)
  const p = markdownParts(c, { title: opts.title })
  const links = [safeUrl(opts.reportUrl) && `[Full report](${safeUrl(opts.reportUrl)})`, safeUrl(opts.runUrl) && `[Workflow run](${safeUrl(opts.runUrl)})`].filter(Boolean)
  const foot = links.length ? [links.join(' · ')] : []
  const join = (parts: string[][]) => [marker, ...parts.flat()].join('\n').trimEnd() + '\n'
  let body = join([p.head, p.problems, p.details, p.tail, foot])
  if (body.length <= max) return body
  const where = safeUrl(opts.reportUrl) ? 'see the full report' : 'see the job summary or the JSON output'
  // First drop the collapsed details: the regressions stay visible.
  const dropped = `> ✂️ Comment shortened to fit GitHub's ${max.toLocaleString('en-US')}-character limit: all-endpoints table left out; ${where}.`
  body = join([p.head, p.problems, p.tail, [dropped, ''], foot])
  if (body.length <= max) return body
  // Still too long: keep as many regression rows as fit (the table head stays), then a note.
  const rows = p.problems.filter((l) => l.startsWith('| ') && !l.startsWith('| |'))
  const tableHead = p.problems.slice(0, 2)
  const note = (n: number) => [``, `> ✂️ Comment shortened to fit GitHub's ${max.toLocaleString('en-US')}-character limit: ${n} more regression rows and the all-endpoints table left out; ${where}.`, '']
  const fixed = join([p.head, tableHead, note(rows.length), foot]).length
  let used = fixed
  let kept = 0
  for (const r of rows) {
    if (used + r.length + 1 + 8 > max) break
    used += r.length + 1
    kept++
  }
  body = join([p.head, tableHead, rows.slice(0, kept), note(rows.length - kept), foot])
  return body.length <= max ? body : body.slice(0, max - 2).replace(/\n?[^\n]*$/, '') + '\n'
}
