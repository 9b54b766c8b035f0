/**
 * The live page's content for one update, rendered on the server with the HTML report's own code
 * (view model, SVG charts, tables, KPIs), so the live view and the report never drift apart. The
 * client swaps these fragments in; every value was escaped by the report's `html` template.
 */
import type { RunResult } from '../stats/types.ts'
import { buildCharts } from '../report/html/charts.ts'
import { scriptJson } from '../report/html/escape.ts'
import { buildReportModel } from '../report/html/model.ts'
import { kpiSection } from '../report/html/sections.ts'
import { lineChart } from '../report/html/svg.ts'
import { exceptionsTable, failuresTable, percentilesTable, statsTable } from '../report/html/tables.ts'
import type { TimelineCache } from './timeline-cache.ts'

export type UiState = 'waiting' | 'running' | 'stopping' | 'done' | 'failed'

/** One server-sent update (JSON). HTML fields are complete, escaped fragments. */
export interface LiveUpdate {
  state: UiState
  /** Seconds since the run started (0 while waiting). */
  elapsed: number
  /** Running users now, and the load asked for. */
  users: number
  target: { users: number; spawnRate: number }
  /** Whether users/spawn rate can be changed now. */
  adjustable: boolean
  /** Problem text when the run failed to start or run. */
  error?: string
  kpis: string
  charts: string
  /** The hover read-out data of the charts (report-data JSON, script-safe). */
  data: string
  stats: string
  percentiles: string
  failures: string
  exceptions: string
}

/**
 * The fragments for a result (live or final). With a TimelineCache the charts' timeline is built
 * incrementally, and the model is built without the history (the live page shows no assessment,
 * the only other reader of it), so an update costs about the same at 1 minute and at 4 hours.
 */
export function renderFragments(result: RunResult, cache?: TimelineCache): Pick<LiveUpdate, 'kpis' | 'charts' | 'data' | 'stats' | 'percentiles' | 'failures' | 'exceptions'> {
  const m = cache ? buildReportModel({ ...result, history: [] }) : buildReportModel(result)
  if (cache) m.timeline = cache.build(result.history, result.meta.startTime)
  const { specs, data } = buildCharts(m)
  return {
    kpis: kpiSection(m).value,
    charts: specs.map((s) => lineChart(s).value).join('\n'),
    data: scriptJson(data),
    stats: statsTable(m.rows).value,
    percentiles: percentilesTable(m.rows).value,
    failures: failuresTable(m.failures).value,
    exceptions: exceptionsTable(m.exceptions).value,
  }
}
