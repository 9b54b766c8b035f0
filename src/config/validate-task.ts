/**
 * Validation of one task: a code function, a single request (`request` + `expect` + `capture`), or a
 * list of `steps` (requests, think times, protocol plugin steps like `- ws: …`). Pure; issues go to
 * the Collector.
 */
import type { Capture, Expect, HttpRequestSpec, PluginStep, Step, Task, TaskFn } from '../engine/types.ts'
import { parseJsonPath } from '../engine/jsonpath.ts'
import { Collector, fieldName, isMapping, type Path } from './collector.ts'
import { describe } from './duration.ts'

const TASK_KEYS = ['name', 'weight', 'request', 'expect', 'capture', 'steps', 'fn'] as const
const STEP_KEYS = ['request', 'expect', 'capture', 'think'] as const
const REQUEST_KEYS = ['method', 'path', 'name', 'headers', 'query', 'json', 'body', 'timeout'] as const
const EXPECT_KEYS = ['status', 'contains'] as const
const CAPTURE_KEYS = ['as', 'json', 'header', 'regex'] as const
const CAPTURE_SOURCES = ['json', 'header', 'regex'] as const

/** Validates tasks[j]; returns undefined when it is unusable (issues already recorded). */
export function validateTask(c: Collector, path: Path, raw: unknown): Task | undefined {
  if (typeof raw === 'function') return { name: raw.name || `task${Number(path.at(-1)) + 1}`, weight: 1, fn: raw as TaskFn }
  const m = c.mapping(path, raw)
  if (!m) return undefined
  const t = c.keys(path, m, TASK_KEYS)
  const weight = t.weight === undefined ? 1 : c.positive([...path, 'weight'], t.weight)
  const name = t.name === undefined ? undefined : c.string([...path, 'name'], t.name)
  const kinds = (['request', 'steps', 'fn'] as const).filter((k) => t[k] !== undefined)
  if (kinds.length !== 1) {
    c.add(path, `expected exactly one of request, steps or fn; got ${kinds.length ? kinds.join(' and ') : 'none'}`)
    return undefined
  }
  if (t.request === undefined && (t.expect !== undefined || t.capture !== undefined)) {
    c.add(path, 'expected expect/capture next to a request (inside a step when using steps)')
  }
  if (t.fn !== undefined) {
    if (typeof t.fn !== 'function') return void c.expected([...path, 'fn'], 'a function (only in .ts/.js scenarios)', t.fn)
    return weight === undefined ? undefined : { name: name ?? (t.fn.name || `task${Number(path.at(-1)) + 1}`), weight, fn: t.fn as TaskFn }
  }
  if (t.request !== undefined) {
    const step = httpStep(c, path, t, name)
    return step && weight !== undefined ? { name: name ?? withoutCredentials(step.request.path), weight, steps: [step] } : undefined
  }
  if (!Array.isArray(t.steps) || t.steps.length === 0) return void c.expected([...path, 'steps'], 'a non-empty list of steps', t.steps)
  const steps: Step[] = []
  t.steps.forEach((s, k) => {
    const sp = [...path, 'steps', k]
    const sm = c.mapping(sp, s)
    if (!sm) return
    // `- ws: {…}` and other protocol plugins' steps: one key naming the plugin; its parseStep checks the value before the run.
    const only = Object.keys(sm)
    if (only.length === 1 && !(STEP_KEYS as readonly string[]).includes(only[0] as string)) {
      const protocol = only[0] as string
      if (!/^[a-z][\w-]*$/i.test(protocol)) return void c.add(sp, `expected a step kind: request, think or a protocol name like ws; got ${describe(protocol)}`)
      steps.push(pluginStep(c, [...sp, protocol], protocol, sm[protocol]))
      return
    }
    const st = c.keys(sp, sm, STEP_KEYS)
    if (st.think !== undefined) {
      if (st.request !== undefined) return void c.add(sp, 'expected either request or think in one step, not both')
      const seconds = c.duration([...sp, 'think'], st.think, true)
      if (seconds !== undefined) steps.push({ kind: 'think', seconds })
      return
    }
    if (st.request === undefined) return void c.add(sp, `expected a step kind: request or think; got ${Object.keys(sm).join(', ') || 'none'}`)
    const step = httpStep(c, sp, st, undefined)
    if (step) steps.push(step)
  })
  return weight === undefined ? undefined : { name: name ?? `task${Number(path.at(-1)) + 1}`, weight, steps }
}

type HttpStep = Extract<Step, { kind: 'http' }>

/** A protocol plugin's step, with where it was written (the plugin parses it before the run: config does not know plugins). */
function pluginStep(c: Collector, path: Path, protocol: string, raw: unknown): PluginStep {
  const at: PluginStep['at'] = { file: c.file, field: fieldName(path), lineOf: (sub) => c.locate([...path, ...sub]) }
  const line = c.locate(path)
  if (line !== undefined) at.line = line
  return { kind: 'plugin', protocol, raw, at }
}

function httpStep(c: Collector, path: Path, m: Record<string, unknown>, taskName: string | undefined): HttpStep | undefined {
  const request = checkRequest(c, [...path, 'request'], m.request, taskName)
  const expect = m.expect === undefined ? undefined : checkExpect(c, [...path, 'expect'], m.expect)
  const capture = m.capture === undefined ? undefined : checkCapture(c, [...path, 'capture'], m.capture)
  if (!request) return undefined
  const step: HttpStep = { kind: 'http', request }
  if (expect) step.expect = expect
  if (capture?.length) step.capture = capture
  return step
}

function checkRequest(c: Collector, path: Path, raw: unknown, taskName: string | undefined): HttpRequestSpec | undefined {
  const m = c.mapping(path, raw)
  if (!m) return undefined
  const r = c.keys(path, m, REQUEST_KEYS, { url: 'path' })
  let method = 'GET'
  if (r.method !== undefined) {
    if (typeof r.method === 'string' && /^[a-z]+$/i.test(r.method)) method = r.method.toUpperCase()
    else c.expected([...path, 'method'], 'an HTTP method like GET or POST', r.method)
  }
  const p = c.string([...path, 'path'], r.path)
  if (p !== undefined && !/^(\/|https?:\/\/|\$\{)/.test(p)) {
    c.add([...path, 'path'], `expected a path starting with '/' or an http(s):// URL, got ${describe(p)}`)
  }
  const spec: HttpRequestSpec = { method, path: p ?? '/' }
  const name = r.name === undefined ? taskName : c.string([...path, 'name'], r.name)
  spec.name = name ?? withoutCredentials(spec.path)
  if (r.headers !== undefined) {
    const h = c.mapping([...path, 'headers'], r.headers)
    if (h) spec.headers = scalars(c, [...path, 'headers'], h) as Record<string, string>
  }
  if (r.query !== undefined) {
    const q = c.mapping([...path, 'query'], r.query)
    if (q) spec.query = scalars(c, [...path, 'query'], q)
  }
  if (r.json !== undefined && r.body !== undefined) c.add(path, 'expected either json or body, not both')
  if (r.json !== undefined) spec.json = r.json
  if (r.body !== undefined) {
    if (typeof r.body === 'string') spec.body = r.body
    else c.expected([...path, 'body'], 'a string (use json: for objects)', r.body)
  }
  if (r.timeout !== undefined) {
    const s = c.duration([...path, 'timeout'], r.timeout, false)
    if (s !== undefined) spec.timeout = s
  }
  return p === undefined ? undefined : spec
}

/** Headers and query values: strings (numbers and booleans are turned into strings). */
function scalars(c: Collector, path: Path, m: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(m)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = String(v)
    else c.expected([...path, k], 'a string, number or boolean', v)
  }
  return out
}

function checkExpect(c: Collector, path: Path, raw: unknown): Expect | undefined {
  const m = c.mapping(path, raw)
  if (!m) return undefined
  const e = c.keys(path, m, EXPECT_KEYS)
  const out: Expect = {}
  if (e.status !== undefined) {
    const list = Array.isArray(e.status) ? e.status : [e.status]
    const ok = list.length > 0 && list.every((s) => Number.isInteger(s) && (s as number) >= 100 && (s as number) <= 599)
    if (ok) out.status = list as number[]
    else c.expected([...path, 'status'], 'an HTTP status (100–599) or a list of them', e.status)
  }
  if (e.contains !== undefined) {
    const s = c.string([...path, 'contains'], e.contains)
    if (s) out.contains = s
  }
  return out
}

/** capture: { var: '$.json.path' } | { var: { json|header|regex } } | [{ as, json|header|regex }] */
function checkCapture(c: Collector, path: Path, raw: unknown): Capture[] {
  const items: [Path, string | undefined, unknown][] = Array.isArray(raw)
    ? raw.map((v, i) => [[...path, i], undefined, v])
    : isMapping(raw)
      ? Object.entries(raw).map(([k, v]) => [[...path, k], k, v])
      : []
  if (!items.length) c.expected(path, 'a mapping of variable → source, or a list of { as, json|header|regex }', raw)
  const out: Capture[] = []
  for (const [p, as, v] of items) {
    const spec = typeof v === 'string' && as ? { json: v } : c.mapping(p, v)
    if (!spec) continue
    const s = c.keys(p, spec, as ? CAPTURE_SOURCES : CAPTURE_KEYS)
    const name = as ?? c.string([...p, 'as'], s.as)
    const sources = CAPTURE_SOURCES.filter((k) => s[k] !== undefined)
    if (sources.length !== 1) {
      c.add(p, `expected exactly one capture source: json, header or regex; got ${sources.length ? sources.join(' and ') : 'none'}`)
      continue
    }
    const kind = sources[0] as (typeof CAPTURE_SOURCES)[number]
    const expr = c.string([...p, kind], s[kind])
    if (!name || !expr) continue
    if (!/^[A-Za-z_][\w]*$/.test(name)) c.add(p, `expected a variable name (letters, digits, _), got ${describe(name)}`)
    if (kind === 'json') {
      try {
        parseJsonPath(expr)
      } catch (e) {
        c.add([...p, 'json'], (e as Error).message)
      }
    }
    if (kind === 'regex') {
      try {
        new RegExp(expr)
      } catch (e) {
        c.add([...p, 'regex'], `expected a regular expression: ${(e as Error).message}`)
      }
    }
    out.push({ as: name, [kind]: expr })
  }
  return out
}

/**
 * The default stats Name is the path as written; an absolute URL may carry `user:password@`, which
 * would then be written into every CSV, JSON and HTML row: the Name drops it (the request keeps it).
 */
function withoutCredentials(path: string): string {
  return path.replace(/^(https?:\/\/)[^/@]*@/i, '$1')
}
