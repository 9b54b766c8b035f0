/**
 * Second validation pass for protocol plugin steps (`- ws: …`): once the registry is known (built-ins
 * plus the scenario's own plugins), each step's value goes through its plugin's parseStep. Issues
 * read like every other config issue (`file:line: field: message`) and stop the run before it
 * starts (exit 2). Idempotent: parsed steps are skipped.
 */
import { ValidationError, type Issue } from '../errors.ts'
import type { Registry } from '../engine/registry.ts'
import type { PluginStep, Scenario, StepIssues } from '../engine/types.ts'
import { closest, fieldName } from './collector.ts'
import { DURATION_EXPECTED, describe, tryParseDuration } from './duration.ts'

const parsed = new WeakSet<PluginStep>()

/** Parses every plugin step of the scenario in place (step.spec); throws ValidationError listing every issue. */
export function parsePluginSteps(scenario: Scenario, registry: Registry): void {
  const issues: Issue[] = []
  for (const u of scenario.users) {
    for (const t of u.tasks) {
      for (const step of t.steps ?? []) {
        if (step.kind !== 'plugin' || parsed.has(step)) continue
        if (!registry.has(step.protocol)) {
          issues.push(at(step, [], unknownKind(step.protocol, registry.names())))
          continue
        }
        const plugin = registry.get(step.protocol)
        const before = issues.length
        const spec = plugin.parseStep ? plugin.parseStep(step.raw, collector(step, issues)) : step.raw
        if (issues.length > before) continue
        step.spec = spec
        parsed.add(step)
      }
    }
  }
  if (issues.length) throw new ValidationError(issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)))
}

function unknownKind(name: string, known: string[]): string {
  const kinds = ['request', 'think', ...known.filter((k) => k !== 'http')]
  const near = closest(name, kinds)
  return `unknown step kind '${name}'; expected ${kinds.join(', ')}${near ? ` (did you mean '${near}'?)` : ''} (protocols come from the built-ins or the scenario's protocols: [...])`
}

function at(step: PluginStep, path: readonly (string | number)[], message: string): Issue {
  const issue: Issue = { file: step.at.file, message }
  const line = (path.length ? step.at.lineOf?.(path) : undefined) ?? step.at.line
  if (line !== undefined) issue.line = line
  issue.field = path.length ? `${step.at.field}${fieldName(path).replace(/^(?!\[)/, '.')}` : step.at.field
  return issue
}

function collector(step: PluginStep, out: Issue[]): StepIssues {
  const add = (path: readonly (string | number)[], message: string) => void out.push(at(step, path, message))
  return {
    add,
    expected: (path, what, got) => add(path, `expected ${what}, got ${describe(got)}`),
    duration(path, value) {
      const s = tryParseDuration(value)
      if (s === undefined) add(path, `${DURATION_EXPECTED}, got ${describe(value)}`)
      return s
    },
  }
}
