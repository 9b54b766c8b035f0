/** Shared test helpers for compare: fixture reading and a compact StatsRow builder. */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { StatsRow } from '../../../src/stats/types.ts'

export const FIXTURES = fileURLToPath(new URL('../../fixtures/compare/', import.meta.url))

export function fixture(name: string): string {
  return readFileSync(FIXTURES + name, 'utf8')
}

/** A stats row; p95/p99/median given in ms, everything else defaulted sensibly. */
export function row(type: string, name: string, o: Partial<{ n: number; fail: number; med: number | null; avg: number; p95: number | null; p99: number | null; max: number; rps: number }> = {}): StatsRow {
  const n = o.n ?? 100
  const med = o.med === undefined ? 10 : o.med
  return {
    type,
    name,
    requests: n,
    failures: o.fail ?? 0,
    medianResponseTime: med,
    averageResponseTime: o.avg ?? 12,
    minResponseTime: 1,
    maxResponseTime: o.max ?? 100,
    averageContentSize: 10,
    requestsPerSecond: o.rps ?? 50,
    failuresPerSecond: 0,
    percentiles: { '50%': med, '95%': o.p95 === undefined ? 50 : o.p95, '99%': o.p99 === undefined ? 80 : o.p99, '100%': o.max ?? 100 },
  }
}

export const total = (o: Parameters<typeof row>[2] = {}) => row('', 'Aggregated', o)
