/**
 * Issue collection for validators: every problem is recorded with its field path and the line the
 * locator finds for it, and validation goes on, so one run reports every issue (k6's Validate() []error).
 */
import type { Issue } from '../errors.ts'
import { DURATION_EXPECTED, describe, tryParseDuration } from './duration.ts'

/** A field path: keys and list indexes from the document root. */
export type Path = readonly (string | number)[]

/** Finds the line of a path in the source file (YAML/JSON); `key` asks for the key rather than the value. */
export type Locator = (path: Path, key?: boolean) => number | undefined

/** Renders `users[0].tasks[1].weight`. */
export function fieldName(path: Path): string {
  let out = ''
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p
  return out
}

export class Collector {
  readonly issues: Issue[] = []
  readonly file: string
  readonly locate: Locator
  constructor(file: string, locate: Locator) {
    this.file = file
    this.locate = locate
  }

  /** Issues in file order (line, then the order found), for reading top to bottom. */
  sorted(): Issue[] {
    return this.issues.map((x, i) => [x, i] as const).sort((a, b) => (a[0].line ?? 0) - (b[0].line ?? 0) || a[1] - b[1]).map((x) => x[0])
  }

  /** Records one issue at `path`. */
  add(path: Path, message: string, key = false): void {
    const issue: Issue = { file: this.file, message }
    const line = this.locate(path, key)
    if (line !== undefined) issue.line = line
    if (path.length) issue.field = fieldName(path)
    this.issues.push(issue)
  }

  /** `expected …, got …` in one place so every message reads the same. */
  expected(path: Path, what: string, got: unknown): void {
    this.add(path, `expected ${what}, got ${describe(got)}`)
  }

  /**
   * Reports keys of `obj` not in `known` (suggesting the closest known one) and returns a copy
   * whose aliased keys (`spawnRate` for `spawn-rate`) are folded into their canonical name.
   */
  keys(path: Path, obj: Record<string, unknown>, known: readonly string[], aliases: Record<string, string> = {}) {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(obj)) {
      const canonical = known.includes(k) ? k : aliases[k]
      if (canonical) {
        out[canonical] = v
        continue
      }
      const near = closest(k, known)
      this.add([...path, k], `unknown key; expected one of ${known.join(', ')}${near ? ` (did you mean '${near}'?)` : ''}`, true)
    }
    return out
  }

  /** Returns obj if it is a plain mapping, else records an issue and returns undefined. */
  mapping(path: Path, value: unknown): Record<string, unknown> | undefined {
    if (isMapping(value)) return value
    this.expected(path, 'a mapping', value)
    return undefined
  }

  /** A finite number > 0 (or ≥ 0 with allowZero). */
  positive(path: Path, value: unknown, allowZero = false): number | undefined {
    if (typeof value === 'number' && Number.isFinite(value) && (value > 0 || (allowZero && value === 0))) return value
    this.expected(path, allowZero ? 'a number ≥ 0' : 'a positive number', value)
    return undefined
  }

  /** A duration in seconds ('30s', '5m', plain seconds); zero only when allowed. */
  duration(path: Path, value: unknown, allowZero: boolean): number | undefined {
    const s = tryParseDuration(value)
    if (s === undefined) return void this.add(path, `${DURATION_EXPECTED}, got ${describe(value)}`)
    if (s === 0 && !allowZero) return void this.add(path, `${DURATION_EXPECTED} greater than zero, got ${describe(value)}`)
    return s
  }

  string(path: Path, value: unknown): string | undefined {
    if (typeof value === 'string' && value !== '') return value
    this.expected(path, 'a non-empty string', value)
    return undefined
  }
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Closest known key by edit distance, when close enough to be a plausible typo. */
export function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined
  let bestD = Infinity
  for (const k of known) {
    const d = distance(word.toLowerCase(), k.toLowerCase())
    if (d < bestD) [best, bestD] = [k, d]
  }
  return bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined
}

/** Levenshtein distance (small strings only). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost)
    }
    prev = cur
  }
  return prev[b.length] as number
}
