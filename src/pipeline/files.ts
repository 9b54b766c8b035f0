/**
 * File helpers shared by the CLI and the action: reading inputs with one clear error, and checking
 * output paths before a run starts (a two-minute run must not fail at the end for a typo, and an
 * output must never overwrite one of the user's inputs).
 */
import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { LoadActionError } from '../errors.ts'

export function readText(path: string, what: string): string {
  try {
    if (statSync(path).isDirectory()) throw new LoadActionError('INPUT_INVALID', `${path}: expected a ${what} file, found a folder`)
    return readFileSync(path, 'utf8')
  } catch (e) {
    if (e instanceof LoadActionError) throw e
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new LoadActionError('FILE_MISSING', `${path}: ${what} file not found`)
    throw new LoadActionError('INPUT_INVALID', `${path}: cannot read ${what} file (${code ?? (e as Error).message})`)
  }
}

/** Creates parent folders one level at a time (a recursive mkdir can loop under /proc). */
function makeParents(dir: string): void {
  if (existsSync(dir)) return
  makeParents(dirname(dir))
  mkdirSync(dir)
}

/**
 * Checks every output path: not one of the inputs, parent folder creatable and writable, not a folder.
 * Throws OUTPUT_UNWRITABLE naming the option.
 */
export function prepareOutputs(outputs: Record<string, string | undefined>, inputs: (string | undefined)[]): void {
  const ins = new Set(inputs.filter((p): p is string => !!p).map((p) => resolve(p)))
  for (const [option, path] of Object.entries(outputs)) {
    if (!path) continue
    const abs = resolve(path)
    if (ins.has(abs)) throw new LoadActionError('OUTPUT_UNWRITABLE', `${option} ${path}: would overwrite an input file; choose another path`)
    try {
      makeParents(dirname(abs))
      accessSync(dirname(abs), constants.W_OK)
      if (existsSync(abs) && statSync(abs).isDirectory()) throw new Error('is a folder')
    } catch (e) {
      const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message
      throw new LoadActionError('OUTPUT_UNWRITABLE', `${option} ${path}: cannot write there (${why})`)
    }
  }
}

/** The files a `--csv PREFIX` writes, for the input-overwrite check. */
export function csvPaths(prefix: string | undefined): string[] {
  if (!prefix) return []
  return ['stats', 'stats_history', 'failures', 'exceptions'].map((s) => `${prefix}_${s}.csv`)
}
