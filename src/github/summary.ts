/**
 * The job summary, written on every run. The runner drops a step's summary above 1 MiB (and shows
 * an error), so the text is cut to fit what the step has already written.
 */
import { statSync } from 'node:fs'
import * as core from '@actions/core'

/** The runner's per-step job summary limit. */
export const MAX_SUMMARY_BYTES = 1024 * 1024

/** Cuts `markdown` so that `already + result` stays within `max` bytes, noting the cut. */
export function fitSummary(markdown: string, already = 0, max = MAX_SUMMARY_BYTES): string {
  const room = max - already
  if (Buffer.byteLength(markdown) + 1 <= room) return markdown
  const note = '\n\n> [!NOTE]\n> The summary was cut to fit the 1 MiB job summary limit; the report artifact has everything.\n'
  const budget = Math.max(0, room - Buffer.byteLength(note) - 1)
  // Cut by bytes, then back off to a whole line so a table row is never half printed.
  let cut = Buffer.from(markdown).subarray(0, budget).toString('utf8').replace(/\uFFFD$/, '')
  const nl = cut.lastIndexOf('\n')
  if (nl > 0) cut = cut.slice(0, nl)
  return cut + note
}

/**
 * Appends `markdown` to the step summary. Returns false (no throw) when there is no summary file,
 * e.g. outside Actions.
 */
export async function writeSummary(markdown: string): Promise<boolean> {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) return false
  let already = 0
  try {
    already = statSync(file).size
  } catch {
    // A missing file is created by core.summary.
  }
  await core.summary.addRaw(fitSummary(markdown, already), true).write()
  return true
}
