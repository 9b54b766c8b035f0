/**
 * YAML http steps: render templates, send, judge (status → expect → captures), record once.
 */
import type { Capture, Step } from '../../engine/types.ts'
import { getPath, parseJsonPath } from '../../engine/jsonpath.ts'
import { hasTemplate, jsonEscape, render } from '../../engine/template.ts'
import { checkError, statusError } from './errors.ts'
import type { RawResponse } from './exchange.ts'
import type { HttpSession, OutcomeSink, SendOptions } from './session.ts'

type HttpStep = Extract<Step, { kind: 'http' }>

/** JSON bodies are stringified once per step; templates are then filled in the string (JSON-escaped). */
const jsonText = new WeakMap<object, string>()
const regexes = new Map<string, RegExp>()
/** Steps whose request has no template: path and options built once and reused (null: has templates). */
const fixed = new WeakMap<HttpStep, Prepared | null>()

interface Prepared {
  path: string
  opts: SendOptions
}

export function runHttpStep(s: HttpSession, step: HttpStep): Promise<boolean> {
  try {
    const r = step.request
    let p = fixed.get(step)
    if (p === undefined) fixed.set(step, (p = isStatic(step) ? prepare(step, s.env.vars) : null))
    if (p === null) p = prepare(step, s.env.vars)
    const { path, opts } = p
    return new Promise<boolean>((resolve, reject) => s.send(r.method, path, opts, new StepRun(s, step, resolve, reject)))
  } catch (e) {
    return Promise.reject(e)
  }
}

/** The request's path (with query) and send options, templates rendered from `vars`. */
function prepare(step: HttpStep, vars: Record<string, unknown>): Prepared {
  const { request: r, expect, capture } = step
  let path = render(r.path, vars)
  if (r.query) path += (path.includes('?') ? '&' : '?') + new URLSearchParams(renderAll(r.query, vars)).toString()
  let body: string | undefined
  if (r.json !== undefined) {
    let text = jsonText.get(r)
    if (text === undefined) jsonText.set(r, (text = JSON.stringify(r.json)))
    body = render(text, vars, jsonEscape)
  } else if (r.body !== undefined) body = render(r.body, vars)
  const opts: SendOptions = {
    headers: r.headers && renderAll(r.headers, vars),
    body,
    json: r.json !== undefined,
    timeout: r.timeout,
    keepBody: Boolean(capture?.length || expect?.contains),
  }
  return { path, opts }
}

/** True when nothing in the request depends on vars (no `${…}` anywhere). */
function isStatic(step: HttpStep): boolean {
  const r = step.request
  if (hasTemplate(r.path)) return false
  for (const m of [r.query, r.headers]) if (m) for (const k in m) if (hasTemplate(String(m[k]))) return false
  if (r.body !== undefined && hasTemplate(r.body)) return false
  return r.json === undefined || !hasTemplate(JSON.stringify(r.json))
}

/** One step's request in flight: judges and records its outcome, then settles the step's promise. */
class StepRun implements OutcomeSink {
  readonly s: HttpSession
  readonly step: HttpStep
  readonly resolve: (ok: boolean) => void
  readonly reject: (e: unknown) => void
  constructor(s: HttpSession, step: HttpStep, resolve: (ok: boolean) => void, reject: (e: unknown) => void) {
    this.s = s
    this.step = step
    this.resolve = resolve
    this.reject = reject
  }
  outcome(res: RawResponse | null, error: string | null, ms: number, bytes: number): void {
    let ok: boolean
    try {
      ok = judge(this.s, this.step, res, error, ms, bytes)
    } catch (e) {
      return this.reject(e)
    }
    this.resolve(ok)
  }
  abort(reason: unknown): void {
    this.reject(reason)
  }
}

/** Status → expect → captures; records the request once. Returns true on success. */
function judge(s: HttpSession, step: HttpStep, res: RawResponse | null, error: string | null, ms: number, bytes: number): boolean {
  const { request: r, expect, capture } = step
  const vars = s.env.vars
  const name = r.name ?? r.path
  if (res) {
    if (expect?.status) error = expect.status.includes(res.status) ? null : checkError(`expected status ${expect.status.join(' or ')}, got ${res.status}`)
    else error = statusError(res.status, res.statusText, name)
    if (error === null && (expect?.contains || capture?.length)) {
      const text = res.chunks ? Buffer.concat(res.chunks).toString('utf8') : ''
      if (expect?.contains && !text.includes(expect.contains)) error = checkError(`expected the body to contain ${JSON.stringify(expect.contains)}`)
      if (error === null && capture) error = captureAll(capture, res, text, vars)
    }
  }
  s.env.recorder.request(r.method, name, ms, bytes, error)
  return error === null
}

/** Renders a map of templates; returns the same object when nothing changes. */
function renderAll(m: Record<string, string | number | boolean>, vars: Record<string, unknown>): Record<string, string> {
  let out: Record<string, string> | null = null
  for (const k in m) {
    const v = String(m[k])
    const r = render(v, vars)
    if (r !== v || typeof m[k] !== 'string') (out ??= { ...(m as Record<string, string>) })[k] = r
  }
  return out ?? (m as Record<string, string>)
}

/** Stores every capture in vars; returns a failure text for the first one that finds nothing. */
function captureAll(captures: Capture[], res: RawResponse, text: string, vars: Record<string, unknown>): string | null {
  let parsed: unknown
  let parseError: string | null = null
  for (const c of captures) {
    let value: unknown
    if (c.json !== undefined) {
      if (parsed === undefined && parseError === null) {
        try {
          parsed = JSON.parse(text)
        } catch {
          parseError = 'the response is not JSON'
        }
      }
      value = parseError ? undefined : getPath(parsed, parseJsonPath(c.json))
      if (value === undefined) return checkError(`capture ${c.as}: ${c.json} not found (${parseError ?? 'no such field'})`)
    } else if (c.header !== undefined) {
      const h = res.headers[c.header.toLowerCase()]
      value = Array.isArray(h) ? h[0] : h
      if (value === undefined) return checkError(`capture ${c.as}: header ${c.header} not found`)
    } else if (c.regex !== undefined) {
      let re = regexes.get(c.regex)
      if (!re) regexes.set(c.regex, (re = new RegExp(c.regex)))
      const m = re.exec(text)
      value = m ? (m[1] ?? m[0]) : undefined
      if (value === undefined) return checkError(`capture ${c.as}: /${c.regex}/ did not match`)
    }
    vars[c.as] = value
  }
  return null
}
