/**
 * Endpoint selectors of the thresholds file: an exact name, `TYPE name`, `Aggregated`, or a glob
 * (`*` any run of characters, `?` one character) matched against both spellings.
 */
import type { StatsRow } from '../stats/types.ts'
import type { MetricName, MetricRule, RuleSet, SloSet, Thresholds } from './types.ts'
import { DEFAULT_ENDPOINT_RULES, DEFAULT_RULES, mergeRules } from './metrics.ts'
import { AGGREGATED } from '../stats/types.ts'

export function isGlob(selector: string): boolean {
  return /[*?]/.test(selector)
}

const cache = new Map<string, RegExp>()
function globRegExp(glob: string): RegExp {
  let re = cache.get(glob)
  if (!re) {
    const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')
    re = new RegExp(`^${body}$`, 's')
    cache.set(glob, re)
  }
  return re
}

/** `GET /x` for endpoints, `Aggregated` for the total row. */
export function rowKey(row: Pick<StatsRow, 'type' | 'name'>): string {
  return row.type ? `${row.type} ${row.name}` : row.name
}

export function matches(selector: string, row: Pick<StatsRow, 'type' | 'name'>): boolean {
  const names = [row.name, rowKey(row)]
  if (!isGlob(selector)) return names.includes(selector)
  const re = globRegExp(selector)
  return names.some((n) => re.test(n))
}

/** Entries matching the row: globs first, then exact selectors, each in file order (later wins). */
function matching<T extends { selector: string }>(entries: T[], row: Pick<StatsRow, 'type' | 'name'>): T[] {
  const hits = entries.filter((e) => matches(e.selector, row))
  return [...hits.filter((e) => isGlob(e.selector)), ...hits.filter((e) => !isGlob(e.selector))]
}

/** The rules in force for a row: built-ins, then global overrides, then matching endpoint entries. */
export function rulesFor(row: Pick<StatsRow, 'type' | 'name'>, t?: Thresholds): Partial<Record<MetricName, MetricRule>> {
  const builtin = row.type === '' && row.name === AGGREGATED ? DEFAULT_RULES : DEFAULT_ENDPOINT_RULES
  let rules: RuleSet = mergeRules(builtin, t?.rules ?? {})
  for (const e of matching(t?.endpoints ?? [], row)) rules = mergeRules(rules, e.rules)
  const out: Partial<Record<MetricName, MetricRule>> = {}
  for (const [m, r] of Object.entries(rules)) if (r && r !== 'off' && (r.warn || r.fail)) out[m as MetricName] = r
  return out
}

/** The SLOs for a row, merged per metric in the same order (later entries win). */
export function sloFor(row: Pick<StatsRow, 'type' | 'name'>, t?: Thresholds): SloSet {
  const out: SloSet = {}
  for (const e of matching(t?.slo ?? [], row)) Object.assign(out, e.slo)
  return out
}
