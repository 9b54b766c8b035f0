/**
 * Table-driven bad-input checks: every case must end in a LoadActionError with exit code 2 whose
 * message names the file (or option/input), the line or field, and what was expected, and is not
 * a stack trace. Helpers write each case's file to a fresh temp folder.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LoadActionError } from '../../../src/errors.ts'

export interface BadCase {
  name: string
  /** What the message must contain, in order (file:line: field: …, then the expectation). */
  says: (string | RegExp)[]
  /** Message lines (default 1: one clear problem, one line). */
  lines?: number
}

/** Writes `text` to a temp file called `name`; returns its path. */
export function tempFile(name: string, text: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'la-bad-')), name)
  writeFileSync(path, text)
  return path
}

/** Asserts the failure of `fn` is a user-facing error: exit 2, the facts in order, no stack. */
export async function assertBad(c: BadCase, fn: () => unknown): Promise<void> {
  await badMessage(c, fn)
}

/** assertBad, returning the message for further checks. */
export async function badMessage(c: BadCase, fn: () => unknown): Promise<string> {
  let error: unknown
  try {
    await fn()
  } catch (e) {
    error = e
  }
  assert.ok(error, `${c.name}: expected an error, got none`)
  assert.ok(error instanceof LoadActionError, `${c.name}: not a LoadActionError (would print a stack): ${(error as Error)?.stack}`)
  assert.equal(error.exitCode, 2, c.name)
  const msg = error.message
  assert.equal(msg.split('\n').length, c.lines ?? 1, `${c.name}: expected ${c.lines ?? 1} line(s):\n${msg}`)
  assert.doesNotMatch(msg, /\n\s+at |\[object Object\]/, `${c.name}: ${msg}`)
  let from = 0
  for (const s of c.says) {
    const hit = typeof s === 'string' ? msg.indexOf(s, from) : msg.slice(from).search(s)
    const at = hit < 0 ? -1 : typeof s === 'string' ? hit : from + hit
    assert.ok(at >= from, `${c.name}: expected ${s} (in order) in:\n${msg}`)
    from = at
  }
  return msg
}
