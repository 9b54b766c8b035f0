/**
 * The results file (`--json`): write it, and read it back with a shape check, so a bad or foreign
 * file stops with one clear line (`file: field: expected …`, exit 2) instead of a crash later.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { LoadActionError } from '../errors.ts'
import { parseResultsJson } from '../stats/parse-results.ts'
import type { RunResult } from '../stats/types.ts'

/** Write results JSON (2-space indented unless `compact`), creating the parent folder. Synchronous. */
export function writeResultsJson(file: string, result: RunResult, opts: { compact?: boolean } = {}): string {
  const text = `${JSON.stringify(result, null, opts.compact ? undefined : 2)}\n`
  try {
    mkdirSync(dirname(resolve(file)), { recursive: true })
    writeFileSync(file, text, 'utf8')
  } catch (err) {
    throw new LoadActionError('OUTPUT_UNWRITABLE', `${file}: cannot write: ${(err as Error).message}`, { cause: err })
  }
  return file
}

/**
 * Read and validate a results file. Throws FILE_MISSING, or INPUT_INVALID naming file and field.
 * `readResultsJson(text, file)` validates text already read (same as parseResultsJson).
 */
export function readResultsJson(fileOrText: string, file?: string): RunResult {
  if (file !== undefined) return parseResultsJson(fileOrText, file)
  file = fileOrText
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new LoadActionError('FILE_MISSING', `${file}: no such file`, { cause: err })
    throw new LoadActionError('INPUT_INVALID', `${file}: cannot read: ${(err as Error).message}`, { cause: err })
  }
  return parseResultsJson(text, file)
}

export { parseResultsJson }
