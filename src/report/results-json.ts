/**
 * The results file (`--json`): write it, and read it back with a shape check, so a bad or foreign
 * file stops with one clear line (`file: field: expected …`, exit 2) instead of a crash later.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { LoadActionError, ValidationError } from '../errors.ts'
import type { Issue } from '../errors.ts'
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

/** Parse and validate results JSON text; `file` names it in messages. */
export function parseResultsJson(text: string, file: string): RunResult {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (err) {
    const msg = (err as Error).message
    const where = /position \d+/.test(msg) ? '' : ` at position ${text.length} (the file is truncated)`
    throw new LoadActionError('INPUT_INVALID', `${file}: not valid JSON: ${msg}${where}`, { cause: err })
  }
  const issues = checkResult(data, file)
  if (issues.length > 0) throw new ValidationError(issues.slice(0, 20), 'INPUT_INVALID')
  return data as RunResult
}

type Kind = 'number' | 'string' | 'boolean' | 'object' | 'array' | 'number|null'
type Shape = Record<string, Kind | `${Kind}?`>

const ENTRY: Shape = {
  type: 'string', name: 'string', numRequests: 'number', numFailures: 'number', totalResponseTime: 'number',
  minResponseTime: 'number|null', maxResponseTime: 'number', totalContentLength: 'number', startTime: 'number',
  lastRequestTimestamp: 'number|null', histogram: 'string',
}
const META: Shape = {
  scenario: 'string', host: 'string', users: 'number', spawnRate: 'number', runTime: 'number|null', startTime: 'number',
  endTime: 'number', tool: 'string', version: 'string', interrupted: 'boolean?', droppedIterations: 'number?',
}
const FAILURE: Shape = { method: 'string', name: 'string', error: 'string', occurrences: 'number', firstSeen: 'number', lastSeen: 'number' }
const EXCEPTION: Shape = { count: 'number', msg: 'string', traceback: 'string', nodes: 'string' }
const SECOND: Shape = { time: 'number', userCount: 'number', entries: 'object?' }
const CELL: Shape = { requests: 'number', failures: 'number', histogram: 'string' }

function kindOf(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'array'
  return typeof v
}

function matches(v: unknown, kind: Kind): boolean {
  if (kind === 'number|null') return v === null || (typeof v === 'number' && Number.isFinite(v))
  if (kind === 'number') return typeof v === 'number' && Number.isFinite(v)
  if (kind === 'object') return kindOf(v) === 'object'
  return kindOf(v) === kind
}

function checkShape(v: unknown, shape: Shape, field: string, file: string, out: Issue[]): boolean {
  if (kindOf(v) !== 'object') {
    out.push({ file, field, message: `expected an object, got ${kindOf(v)}` })
    return false
  }
  const o = v as Record<string, unknown>
  for (const [key, spec] of Object.entries(shape)) {
    const optional = spec.endsWith('?')
    const kind = (optional ? spec.slice(0, -1) : spec) as Kind
    if (optional && o[key] === undefined) continue
    if (!matches(o[key], kind)) out.push({ file, field: `${field}.${key}`, message: `expected ${kind.replace('|', ' or ')}, got ${kindOf(o[key])}` })
  }
  return true
}

function checkList(v: unknown, shape: Shape, field: string, file: string, out: Issue[], each?: (x: Record<string, unknown>, f: string) => void): void {
  if (!Array.isArray(v)) {
    out.push({ file, field, message: `expected an array, got ${kindOf(v)}` })
    return
  }
  v.forEach((x, i) => {
    if (checkShape(x, shape, `${field}[${i}]`, file, out) && each) each(x as Record<string, unknown>, `${field}[${i}]`)
  })
}

function checkResult(data: unknown, file: string): Issue[] {
  const out: Issue[] = []
  if (kindOf(data) !== 'object') return [{ file, message: `expected a load-action results object, got ${kindOf(data)}` }]
  const d = data as Record<string, unknown>
  if (d.formatVersion !== 1) {
    const got = d.formatVersion === undefined ? 'nothing (not a load-action results file?)' : JSON.stringify(d.formatVersion)
    return [{ file, field: 'formatVersion', message: `expected 1, got ${got}` }]
  }
  checkShape(d.meta, META, 'meta', file, out)
  checkList(d.entries, ENTRY, 'entries', file, out)
  checkShape(d.total, ENTRY, 'total', file, out)
  checkList(d.failures, FAILURE, 'failures', file, out)
  checkList(d.exceptions, EXCEPTION, 'exceptions', file, out)
  checkList(d.history, SECOND, 'history', file, out, (s, f) => {
    checkShape(s.total, CELL, `${f}.total`, file, out)
    if (s.entries !== undefined) {
      for (const [k, c] of Object.entries(s.entries as Record<string, unknown>)) checkShape(c, CELL, `${f}.entries[${JSON.stringify(k)}]`, file, out)
    }
  })
  if (d.metrics !== undefined && !Array.isArray(d.metrics)) out.push({ file, field: 'metrics', message: `expected an array, got ${kindOf(d.metrics)}` })
  return out
}
