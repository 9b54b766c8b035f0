/**
 * Scenario validation: raw parsed object (YAML, JSON or a module's default export) → Scenario.
 * Collects every issue (file:line: field: expected …) and throws one ValidationError at the end.
 */
import { ValidationError } from '../errors.ts'
import type { LoadSpec, Scenario, UserClass, Wait } from '../engine/types.ts'
import { Collector, isMapping, type Locator, type Path } from './collector.ts'
import { describe } from './duration.ts'
import { render } from '../engine/template.ts'
import { validateTask } from './validate-task.ts'
import { checkPlugins } from './validate-plugins.ts'
import { checkShapeKeys, SHAPE_ALIASES, SHAPE_KEYS } from './validate-load.ts'

const TOP_KEYS = ['name', 'host', 'load', 'users', 'thresholds', 'vars', 'hooks', 'shape', 'protocols', 'reporters', 'events'] as const
const LOAD_KEYS = ['users', 'spawn-rate', 'run-time', 'stop-timeout', ...SHAPE_KEYS] as const
const LOAD_ALIASES = { spawnRate: 'spawn-rate', runTime: 'run-time', stopTimeout: 'stop-timeout', ...SHAPE_ALIASES }
const USER_KEYS = ['name', 'weight', 'wait', 'host', 'tasks', 'vars', 'onStart', 'onStop'] as const
const USER_ALIASES = { 'on-start': 'onStart', 'on-stop': 'onStop' }
const WAIT_KEYS = ['between', 'constant', 'pacing'] as const
const HOOK_KEYS = ['testStart', 'testStop'] as const

export interface ValidateOptions {
  /** Path used in messages (as the user gave it). */
  file: string
  /** Line lookup; absent for code modules. */
  locate?: Locator
  /** --host given: a missing host is not an issue. */
  hostOverride?: string
}

/** Validates a parsed scenario; throws ValidationError listing every issue. */
export function validateScenario(raw: unknown, opts: ValidateOptions): Scenario {
  const c = new Collector(opts.file, opts.locate ?? (() => undefined))
  const top = c.mapping([], raw)
  if (!top) throw new ValidationError(c.sorted())
  const t = c.keys([], top, TOP_KEYS)

  const name = t.name === undefined ? defaultName(opts.file) : c.string(['name'], t.name)
  if (name !== undefined && !/^[\w.-]+$/.test(name)) {
    c.add(['name'], `expected letters, digits, '.', '_' or '-' only (it names files and artifacts), got ${describe(name)}`)
  }
  let host = ''
  if (t.host !== undefined) host = checkHost(c, ['host'], t.host) ?? ''
  const load = checkLoad(c, t.load)
  const users = checkUsers(c, t.users)
  // A missing host is fine when --host is given or every user class names its own.
  if (t.host === undefined && !opts.hostOverride && (users.length === 0 || users.some((u) => !u.host))) {
    c.add(['host'], 'expected a base URL like http://127.0.0.1:8080 (or pass --host)')
  }
  const vars = t.vars === undefined ? undefined : c.mapping(['vars'], t.vars)

  const scenario: Scenario = { file: opts.file, name: name ?? 'scenario', host, load, users }
  if (vars) scenario.vars = vars
  if (t.thresholds !== undefined) {
    const th = c.string(['thresholds'], t.thresholds)
    if (th) scenario.thresholds = th
  }
  if (t.hooks !== undefined) {
    const hooks = c.mapping(['hooks'], t.hooks)
    if (hooks) {
      const h = c.keys(['hooks'], hooks, HOOK_KEYS)
      for (const k of HOOK_KEYS) if (h[k] !== undefined && typeof h[k] !== 'function') c.expected(['hooks', k], 'a function', h[k])
      scenario.hooks = h as Scenario['hooks']
    }
  }
  if (t.shape !== undefined) {
    const other = load.shape ? 'stages' : load.profile ? 'profile' : load.arrivalRate ? 'arrival-rate' : undefined
    if (other) c.add(['shape'], `expected either a code shape or load.${other}, not both`, true)
    else if (typeof t.shape === 'function') load.shape = { name: 'custom', fn: t.shape as NonNullable<LoadSpec['shape']>['fn'] }
    else c.expected(['shape'], 'a function (elapsedSeconds) => ({ users, spawnRate }) | null, in a code scenario', t.shape)
  }
  checkPlugins(c, t, scenario)
  if (c.issues.length) throw new ValidationError(c.sorted())
  return scenario
}

/** Checks a base URL: http(s) scheme, parseable. Returns it without a trailing slash. */
export function checkHost(c: Collector, path: Path, value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return void c.expected(path, 'a base URL like http://127.0.0.1:8080', value)
  // `${env.HOST}` is resolved here, once: the host is fixed for the whole run.
  const text = render(value, {})
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return void c.add(path, `expected a base URL like http://127.0.0.1:8080, got ${describe(redact(text))}`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return void c.add(path, `unknown protocol '${url.protocol}'; expected http: or https:`)
  }
  return text.replace(/\/+$/, '')
}

/** Hides user:password in a URL for messages. */
export function redact(url: string): string {
  return url.replace(/\/\/[^/@\s]*@/, '//***@')
}

function checkLoad(c: Collector, raw: unknown): LoadSpec {
  const load: LoadSpec = { users: 1, spawnRate: 1, runTime: null, stopTimeout: 5 }
  if (raw === undefined) return load
  const m = c.mapping(['load'], raw)
  if (!m) return load
  const l = c.keys(['load'], m, LOAD_KEYS, LOAD_ALIASES)
  if (l.users !== undefined) {
    if (typeof l.users === 'number' && Number.isInteger(l.users) && l.users > 0) load.users = l.users
    else c.expected(['load', 'users'], 'a whole number of users ≥ 1', l.users)
  }
  if (l['spawn-rate'] !== undefined) load.spawnRate = c.positive(['load', 'spawn-rate'], l['spawn-rate']) ?? 1
  else load.spawnRate = load.users // no rate given: start everyone at once within a second
  if (l['run-time'] !== undefined) load.runTime = c.duration(['load', 'run-time'], l['run-time'], false) ?? null
  if (l['stop-timeout'] !== undefined) load.stopTimeout = c.duration(['load', 'stop-timeout'], l['stop-timeout'], true) ?? 5
  checkShapeKeys(c, l, load)
  return load
}

function checkUsers(c: Collector, raw: unknown): UserClass[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    c.expected(['users'], 'a non-empty list of user classes (each with name, weight, tasks)', raw)
    return []
  }
  const out: UserClass[] = []
  const seen = new Set<string>()
  raw.forEach((item, i) => {
    const path = ['users', i]
    const m = c.mapping(path, item)
    if (!m) return
    const u = c.keys(path, m, USER_KEYS, USER_ALIASES)
    const name = u.name === undefined ? `User${i + 1}` : c.string([...path, 'name'], u.name) ?? `User${i + 1}`
    if (seen.has(name)) c.add([...path, 'name'], `expected a unique user class name, '${name}' is used twice`)
    seen.add(name)
    const weight = u.weight === undefined ? 1 : c.positive([...path, 'weight'], u.weight) ?? 1
    const user: UserClass = { name, weight, wait: checkWait(c, [...path, 'wait'], u.wait), tasks: [] }
    if (u.host !== undefined) {
      const h = checkHost(c, [...path, 'host'], u.host)
      if (h) user.host = h
    }
    if (u.vars !== undefined) {
      const v = c.mapping([...path, 'vars'], u.vars)
      if (v) user.vars = v
    }
    for (const hook of ['onStart', 'onStop'] as const) {
      if (u[hook] === undefined) continue
      if (typeof u[hook] === 'function') user[hook] = u[hook] as UserClass['onStart']
      else c.expected([...path, hook], 'a function (only in .ts/.js scenarios)', u[hook])
    }
    if (!Array.isArray(u.tasks) || u.tasks.length === 0) {
      c.expected([...path, 'tasks'], 'a non-empty list of tasks', u.tasks)
    } else {
      u.tasks.forEach((task, j) => {
        const t = validateTask(c, [...path, 'tasks', j], task)
        if (t) user.tasks.push(t)
      })
    }
    out.push(user)
  })
  return out
}

function checkWait(c: Collector, path: Path, raw: unknown): Wait {
  if (raw === undefined) return { kind: 'none' }
  const m = c.mapping(path, raw)
  if (!m) return { kind: 'none' }
  const w = c.keys(path, m, WAIT_KEYS)
  const given = WAIT_KEYS.filter((k) => w[k] !== undefined)
  if (given.length !== 1) {
    c.add(path, `expected exactly one of between: [min, max], constant: seconds, pacing: seconds; got ${given.length ? given.join(' and ') : 'none'}`)
    return { kind: 'none' }
  }
  if (w.between !== undefined) {
    const b = w.between
    if (!Array.isArray(b) || b.length !== 2) return c.expected([...path, 'between'], 'a list [min, max] of seconds', b), { kind: 'none' }
    const min = c.duration([...path, 'between', 0], b[0], true)
    const max = c.duration([...path, 'between', 1], b[1], true)
    if (min === undefined || max === undefined) return { kind: 'none' }
    if (min > max) c.add([...path, 'between'], `expected min ≤ max, got [${min}, ${max}]`)
    return { kind: 'between', min, max }
  }
  const kind = given[0] as 'constant' | 'pacing'
  const seconds = c.duration([...path, kind], w[kind], true)
  return seconds === undefined ? { kind: 'none' } : { kind, seconds }
}

/** Default scenario name: the file name without extension. */
function defaultName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? 'scenario'
  return base.replace(/\.(ya?ml|json|[cm]?[jt]s)$/i, '').replace(/[^\w.-]/g, '-') || 'scenario'
}
