/** Writes the four Locust CSV files for a prefix (the I/O half of locust-csv.ts). */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { LoadActionError } from '../errors.ts'
import type { RunResult } from '../stats/types.ts'
import { locustCsvFiles } from './locust-csv.ts'
import type { LocustCsvOptions } from './locust-csv.ts'

/** The four paths Locust uses for `--csv PREFIX`. */
export function locustCsvPaths(prefix: string): { stats: string; history: string; failures: string; exceptions: string } {
  return {
    stats: `${prefix}_stats.csv`,
    history: `${prefix}_stats_history.csv`,
    failures: `${prefix}_failures.csv`,
    exceptions: `${prefix}_exceptions.csv`,
  }
}

/**
 * Write PREFIX_stats.csv, PREFIX_stats_history.csv, PREFIX_failures.csv and PREFIX_exceptions.csv,
 * creating the parent folder. Returns the paths written. Throws OUTPUT_UNWRITABLE on failure.
 * Synchronous: it runs once at the end of a run, also from signal handlers that must not lose it.
 */
export function writeLocustCsv(prefix: string, result: RunResult, opts: LocustCsvOptions = {}): string[] {
  const files = locustCsvFiles(result, opts)
  const paths = locustCsvPaths(prefix)
  try {
    mkdirSync(dirname(resolve(prefix)), { recursive: true })
    for (const k of Object.keys(paths) as (keyof typeof paths)[]) writeFileSync(paths[k], files[k], 'utf8')
  } catch (err) {
    throw new LoadActionError('OUTPUT_UNWRITABLE', `${prefix}: cannot write the CSV files: ${(err as Error).message}`, { cause: err })
  }
  return Object.values(paths)
}
