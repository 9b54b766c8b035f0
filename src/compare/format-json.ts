/**
 * JSON for machines: the verdict, counts, every row with every finding (rule, reason, values) and
 * the confidence of repeated runs. Stable key order; `formatVersion` guards readers.
 */
import type { Comparison } from './types.ts'
import { counts, endpointLabel } from './summary.ts'

/** Serialises a comparison (2-space indented, trailing newline). */
export function formatJson(c: Comparison): string {
  const n = counts(c)
  const out = {
    formatVersion: 1,
    verdict: c.verdict,
    regressed: c.verdict === 'fail',
    hasBaseline: c.hasBaseline ?? true,
    baseLabel: c.baseLabel ?? null,
    currentLabel: c.currentLabel ?? null,
    counts: { failures: n.fail, warnings: n.warn, endpoints: n.endpoints, added: c.added.length, removed: c.removed.length },
    added: c.added,
    removed: c.removed,
    notes: c.notes ?? [],
    confidence: c.confidence ?? null,
    rows: c.rows.map((r) => ({
      endpoint: endpointLabel(r),
      type: r.type,
      name: r.name,
      presence: r.presence,
      status: r.status,
      findings: r.findings,
      base: r.base,
      current: r.current,
    })),
  }
  return JSON.stringify(out, null, 2) + '\n'
}
