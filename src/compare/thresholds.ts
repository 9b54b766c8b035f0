/**
 * The thresholds file (YAML): rule overrides, per-endpoint overrides and absolute SLOs. Pure: text
 * and a label in, Thresholds out. Every problem is reported as `file:line: key.path: message` and
 * all of them at once (exit 2). Format: docs/compare.md.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml'
import { ValidationError, type Issue } from '../errors.ts'
import { DEFAULT_RULES, direction, mergeRules } from './metrics.ts'
import { limitText, parseAmount, parseLimit } from './units.ts'
import type { MetricName, MetricRule, RuleSet, SloRule, SloSet, Thresholds } from './types.ts'

const METRIC_KEYS: Record<string, MetricName> = {
  requests: 'requests',
  errorRate: 'errorRate',
  'error-rate': 'errorRate',
  maxErrorRate: 'errorRate',
  'max-error-rate': 'errorRate',
  median: 'median',
  p50: 'median',
  average: 'average',
  avg: 'average',
  p95: 'p95',
  p99: 'p99',
  max: 'max',
  rps: 'rps',
  minRps: 'rps',
  'min-rps': 'rps',
}
const TOP_KEYS = ['rules', 'endpoints', 'slo']

class Reader {
  readonly issues: Issue[] = []
  private readonly lines: LineCounter
  private readonly file: string
  constructor(file: string, lines: LineCounter) {
    this.file = file
    this.lines = lines
  }
  issue(node: Node | null | undefined, field: string, message: string): void {
    const offset = node?.range?.[0]
    const line = offset === undefined ? undefined : this.lines.linePos(offset).line
    this.issues.push({ file: this.file, line, field, message })
  }
  /** The pairs of a mapping node, or an issue when it is something else. */
  pairs(node: unknown, field: string, what: string): { key: string; keyNode: Node; value: Node | null }[] {
    if (node === null || node === undefined) return []
    if (!isMap(node)) {
      this.issue(node as Node, field, `expected a mapping of ${what}`)
      return []
    }
    return (node as YAMLMap<Node, Node | null>).items.map((p) => ({
      key: isScalar(p.key) ? String(p.key.value) : String(p.key),
      keyNode: p.key,
      value: p.value,
    }))
  }
}

function isOff(node: Node | null): boolean {
  return isScalar(node) && (node.value === 'off' || node.value === false)
}

function metricOf(r: Reader, key: string, keyNode: Node, field: string): MetricName | undefined {
  const m = METRIC_KEYS[key]
  if (!m) r.issue(keyNode, field, `unknown metric; expected one of ${Object.keys(METRIC_KEYS).join(', ')}`)
  return m
}

/** A rule (shorthand limit, `off`, or { warn, fail, floor }). */
function readRule(r: Reader, metric: MetricName, node: Node | null, field: string): MetricRule | 'off' | undefined {
  if (isOff(node)) return 'off'
  const limit = (n: Node | null, f: string) => {
    if (isOff(n)) return undefined
    const l = parseLimit(metric, isScalar(n) ? n.value : undefined)
    if (typeof l === 'string') r.issue(n, f, l)
    return typeof l === 'string' ? undefined : l
  }
  // `p95: +15%` is `fail: +15%` and clears the built-in warn level (else warn could end up looser).
  if (isScalar(node)) return { fail: limit(node, field), warn: undefined }
  const rule: MetricRule = {}
  for (const { key, keyNode, value } of r.pairs(node, field, 'warn / fail / floor')) {
    const f = `${field}.${key}`
    if (key === 'warn' || key === 'fail') rule[key] = limit(value, f)
    else if (key === 'floor') {
      const a = parseAmount(metric, isScalar(value) ? value.value : undefined)
      if (typeof a === 'string') r.issue(value, f, a)
      else rule.floor = a
    } else r.issue(keyNode, f, 'unknown key; expected warn, fail or floor')
  }
  return rule
}

/** Refuses a merged rule that could never fire. */
function checkRule(r: Reader, metric: MetricName, rule: MetricRule | 'off' | undefined, node: Node, field: string, origin: string): void {
  if (!rule || rule === 'off') return
  for (const level of ['warn', 'fail'] as const) {
    const l = rule[level]
    if (!l) continue
    if (direction(metric) < 0 && l.kind === 'relative' && l.value >= 100) {
      r.issue(node, `${field}.${level}`, `${metric} cannot drop by ${l.value} % or more, so this could never fire`)
    }
    if (metric === 'errorRate' && l.value >= 100) r.issue(node, `${field}.${level}`, 'an error rate cannot rise by 100 pp or more, so this could never fire')
  }
  const { warn, fail } = rule
  if (warn && fail && warn.kind === fail.kind && warn.value >= fail.value) {
    r.issue(node, `${field}.warn`, `warn ${limitText(metric, warn)} is not tighter than fail ${limitText(metric, fail)}${origin}, so it could never fire`)
  }
}

function readRuleSet(r: Reader, node: unknown, field: string, under: RuleSet, origin: string): RuleSet {
  const set: RuleSet = {}
  const where = new Map<MetricName, { keyNode: Node; key: string }>()
  for (const { key, keyNode, value } of r.pairs(node, field, 'metric rules')) {
    const metric = metricOf(r, key, keyNode, `${field}.${key}`)
    if (!metric) continue
    set[metric] = readRule(r, metric, value, `${field}.${key}`)
    where.set(metric, { keyNode, key })
  }
  const merged = mergeRules(under, set)
  for (const [metric, { keyNode, key }] of where) {
    const own = set[metric]
    const inherited = own !== 'off' && own !== undefined && !('fail' in own) ? origin : ''
    checkRule(r, metric, merged[metric], keyNode, `${field}.${key}`, inherited)
  }
  return set
}

function readSlo(r: Reader, metric: MetricName, node: Node | null, field: string): SloRule | undefined {
  const amount = (n: Node | null, f: string) => {
    const a = parseAmount(metric, isScalar(n) ? n.value : undefined)
    if (typeof a === 'string') r.issue(n, f, a)
    return typeof a === 'string' ? undefined : a
  }
  const slo: SloRule = {}
  if (isScalar(node)) slo.fail = amount(node, field)
  else {
    for (const { key, keyNode, value } of r.pairs(node, field, 'warn / fail')) {
      if (key === 'warn' || key === 'fail') slo[key] = amount(value, `${field}.${key}`)
      else r.issue(keyNode, `${field}.${key}`, 'unknown key; expected warn or fail')
    }
  }
  const minimum = direction(metric) < 0
  for (const level of ['warn', 'fail'] as const) {
    const v = slo[level]
    if (v === undefined) continue
    if (minimum && v <= 0) r.issue(node, `${field}${isScalar(node) ? '' : `.${level}`}`, `a minimum ${metric} of ${v} can never be missed`)
    if (metric === 'errorRate' && v >= 100) r.issue(node, `${field}${isScalar(node) ? '' : `.${level}`}`, 'an error rate cannot exceed 100 %, so this could never fire')
  }
  if (slo.warn !== undefined && slo.fail !== undefined && (minimum ? slo.warn <= slo.fail : slo.warn >= slo.fail)) {
    r.issue(node, `${field}.warn`, `warn ${slo.warn} is not stricter than fail ${slo.fail}, so it could never fire`)
  }
  return slo.warn === undefined && slo.fail === undefined ? undefined : slo
}

function readSloSet(r: Reader, node: unknown, field: string): SloSet {
  const set: SloSet = {}
  for (const { key, keyNode, value } of r.pairs(node, field, 'metric limits')) {
    const metric = metricOf(r, key, keyNode, `${field}.${key}`)
    if (!metric) continue
    const slo = readSlo(r, metric, value, `${field}.${key}`)
    if (slo) set[metric] = slo
  }
  return set
}

function selector(r: Reader, key: string, keyNode: Node, field: string): string | undefined {
  if (key.trim() === '') r.issue(keyNode, field, 'empty endpoint selector; use a name, "TYPE name", Aggregated or a glob such as "/api/*"')
  return key.trim() || undefined
}

/**
 * Parses a thresholds YAML. `label` names the file in errors. An empty file means "built-in rules".
 * Throws ValidationError (INPUT_INVALID, exit 2) listing every problem as `file:line: key: message`.
 */
export function parseThresholds(text: string, label: string): Thresholds {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true })
  const r = new Reader(label, lines)
  // Only the first syntax error: the parser's later ones are follow-ons of it (an unclosed `{`
  // also reports the `[` after it), and they bury the real one.
  for (const e of doc.errors.slice(0, 1)) {
    const message = (e.message.split('\n')[0] as string).replace(/ at line \d+, column \d+:?$/, '')
    r.issues.push({ file: label, line: e.linePos?.[0].line, message })
  }
  if (r.issues.length) throw new ValidationError(r.issues, 'INPUT_INVALID')
  const out: Thresholds = { rules: {}, endpoints: [], slo: [], source: label }
  for (const { key, keyNode, value } of r.pairs(doc.contents, '(top level)', 'rules / endpoints / slo')) {
    if (key === 'rules') out.rules = readRuleSet(r, value, 'rules', DEFAULT_RULES, ' (built-in)')
    else if (key === 'endpoints' || key === 'slo') continue
    else r.issue(keyNode, key, `unknown key; expected one of ${TOP_KEYS.join(', ')}`)
  }
  const globalRules = mergeRules(DEFAULT_RULES, out.rules)
  const section = (name: string) => (isMap(doc.contents) ? (doc.contents as YAMLMap).get(name, true) : undefined)
  for (const { key, keyNode, value } of r.pairs(section('endpoints'), 'endpoints', 'endpoint selectors')) {
    const sel = selector(r, key, keyNode, `endpoints.${key}`)
    const rules = readRuleSet(r, value, `endpoints.${key}`, globalRules, '')
    if (sel) out.endpoints.push({ selector: sel, rules })
  }
  for (const { key, keyNode, value } of r.pairs(section('slo'), 'slo', 'endpoint selectors')) {
    const sel = selector(r, key, keyNode, `slo.${key}`)
    const slo = readSloSet(r, value, `slo.${key}`)
    if (sel) out.slo.push({ selector: sel, slo })
  }
  if (r.issues.length) throw new ValidationError(r.issues, 'INPUT_INVALID')
  return out
}
