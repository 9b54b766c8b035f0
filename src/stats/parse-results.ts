/**
 * Reading a results file back (pure: text in): JSON syntax errors name the line, and a shape check
 * names the field, so a bad or foreign file stops with one clear message (exit 2) instead of a
 * crash later. Used by `report`, `merge`, compare's readers and the action.
 */
import { LoadActionError, ValidationError } from '../errors.ts'
import type { Issue } from '../errors.ts'
import type { RunResult } from './types.ts'

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

/**
 * Where JSON.parse failed: `position N` when V8 gives it, the end for `Unexpected end of JSON input`
 * (the only case that means a cut-off file), else the quoted context found back in the text.
 */
function jsonErrorAt(message: string, text: string): { offset: number; truncated: boolean } {
  const pos = /position (\d+)/.exec(message)
  if (pos) return { offset: Number(pos[1]), truncated: Number(pos[1]) >= text.trimEnd().length }
  if (/end of JSON input/.test(message)) return { offset: text.length, truncated: true }
  const quoted = /"(.*)" is not valid JSON$/s.exec(message)
  const snippet = quoted?.[1]?.replace(/^\.\.\./, '').replace(/\.\.\.$/, '')
  const at = snippet ? text.indexOf(snippet) : -1
  const token = /Unexpected token '(.)'/s.exec(message)?.[1]
  const inSnippet = at >= 0 && token && snippet ? snippet.indexOf(token) : -1
  return { offset: at < 0 ? 0 : at + Math.max(0, inSnippet), truncated: false }
}

/** Parse and validate results JSON text; `file` names it in messages. */
export function parseResultsJson(text: string, file: string): RunResult {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (err) {
    const msg = (err as Error).message
    const { offset, truncated } = jsonErrorAt(msg, text)
    // V8 quotes the text around some errors (`Unexpected token ',', ..."a": [,]\n}" is not valid
    // JSON`): drop the quote, which may span lines, and keep the one-line reason.
    const why = msg.replace(/ (?:in JSON )?at position \d+.*$/s, '').replace(/, (?:"|\.\.\.").*$/s, '').replace(/\n/g, '\\n')
    if (!text.trim()) throw new LoadActionError('INPUT_INVALID', `${file}: empty file; expected a load-action results JSON`)
    throw new LoadActionError('INPUT_INVALID', `${file}:${lineAt(text, offset)}: not valid JSON: ${why}${truncated ? ' (the file is truncated)' : ''}`, { cause: err })
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
