/**
 * Command-line parsing on node:util's parseArgs. Every problem is a LoadActionError('USAGE') with
 * one line naming the option and what was expected (exit 2).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { LoadActionError } from '../errors.ts'

export type Options = NonNullable<ParseArgsConfig['options']>

export function parse<T extends Options>(argv: string[], options: T, usage: string) {
  try {
    return parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>({ args: argv, options, allowPositionals: true, strict: true })
  } catch (e) {
    throw new LoadActionError('USAGE', `${(e as Error).message.replace(/\.$/, '')}\n${usage}`)
  }
}

/** A positive integer option (users, workers, iterations). */
export function intOption(value: string | undefined, name: string, min = 1): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < min) {
    throw new LoadActionError('USAGE', `${name}: expected an integer ≥ ${min}, got "${value}"`)
  }
  return n
}

/** A positive number option (spawn rate). */
export function numberOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isFinite(n) || n <= 0) throw new LoadActionError('USAGE', `${name}: expected a number > 0, got "${value}"`)
  return n
}

/** `--shard 2/4` → { index: 1, total: 4 } (1-based on the command line, 0-based inside). */
export function shardOption(value: string | undefined): { index: number; total: number } | undefined {
  if (value === undefined) return undefined
  const m = /^(\d+)\/(\d+)$/.exec(value)
  const i = Number(m?.[1])
  const n = Number(m?.[2])
  if (!m || n < 1 || i < 1 || i > n) {
    throw new LoadActionError('USAGE', `--shard: expected INDEX/TOTAL with 1 ≤ INDEX ≤ TOTAL (e.g. 1/2), got "${value}"`)
  }
  return { index: i - 1, total: n }
}
