/**
 * The programmatic API (package export `load-action`): run a scenario from code or a file, follow
 * it live, change its load, and render or compare the results with the same writers the CLI and the
 * action use. See docs/ui-api.md for a complete example.
 */
import type { LoadOverrides } from '../engine/types.ts'
import type { RunResult, StatsRow } from '../stats/types.ts'
import type { Comparison, Thresholds } from '../compare/types.ts'
import { compare } from '../compare/compare.ts'
import { parseThresholds } from '../compare/thresholds.ts'
import { statsRows } from '../stats/summary.ts'
import { run as engineRun } from '../engine/index.ts'
import { LoadActionError } from '../errors.ts'
import { RunHandle, type HandleOptions } from './handle.ts'
import { resolveScenario, type ScenarioInput } from './scenario.ts'

export interface ApiRunOptions extends HandleOptions {
  /** Like the CLI's -u, -r, -t, --host (validated the same way). */
  overrides?: LoadOverrides
}

/**
 * Starts a run and returns its handle once the scenario is validated and users are starting.
 * Throws ValidationError (exit code 2 semantics) for a bad scenario or override.
 */
export async function start(scenario: ScenarioInput, options: ApiRunOptions = {}): Promise<RunHandle> {
  const { overrides, ...rest } = options
  if ((rest.workers ?? 1) > 1) {
    // Live results and load changes read the in-process recorder and user pool, which workers do not share.
    throw new LoadActionError('USAGE', 'start(): a live run handle needs workers: 1 (use run() for several workers)')
  }
  return new RunHandle(await resolveScenario(scenario, overrides), rest)
}

/** Runs a scenario to the end (run time, `signal`) and resolves with its results; `workers` > 1 runs in threads. */
export async function run(scenario: ScenarioInput, options: ApiRunOptions = {}): Promise<RunResult> {
  const { overrides, ...rest } = options
  if ((rest.workers ?? 1) > 1) return engineRun(await resolveScenario(scenario, overrides), rest)
  return (await start(scenario, options)).result
}

/**
 * Compares a run with a baseline (a run, or rows such as `readStats(csvText, label)`) under
 * thresholds (parsed, or YAML text); `baseline` null checks SLOs only.
 */
export function compareRun(current: RunResult, baseline: RunResult | StatsRow[] | null, thresholds?: Thresholds | string): Comparison {
  const t = typeof thresholds === 'string' ? parseThresholds(thresholds, 'thresholds') : thresholds
  const base = baseline === null ? null : Array.isArray(baseline) ? baseline : statsRows(baseline)
  return compare(base, statsRows(current), t)
}

export { RunHandle, type RunEvents, type RunState, type HandleOptions } from './handle.ts'
export { defineScenario, loadScenario, type ScenarioDefinition, type ScenarioInput, type TaskDefinition, type UserDefinition } from './scenario.ts'

// Writers and readers, the same the CLI and the action use.
export { locustCsvFiles, type LocustCsvFiles, type LocustCsvOptions } from '../report/locust-csv.ts'
export { writeLocustCsv, locustCsvPaths } from '../report/locust-csv-file.ts'
export { renderHtmlReport, type HtmlReportOptions } from '../report/html/index.ts'
export { writeResultsJson, readResultsJson, parseResultsJson } from '../report/results-json.ts'
export { formatSummary, formatProgress } from '../report/console.ts'
export {
  compare,
  readStats,
  readRunResult,
  readLocustCsv,
  parseThresholds,
  formatText,
  formatMarkdown,
  formatJson,
  markdownComment,
  commentMarker,
  type CommentOptions,
  type MarkdownOptions,
} from '../compare/index.ts'
export type * from '../compare/types.ts'
export { mergeResults } from '../stats/merge.ts'
export { statsRows } from '../stats/summary.ts'
export { openMetricsText, type MetricsState } from '../metrics/openmetrics.ts'
export { metricsReporter, serveMetrics, type MetricsServer } from '../metrics/server.ts'
export { serveUi, type UiServer, type UiOptions } from '../ui/server.ts'

export type { RunResult, RunMeta, StatsRow, StatsEntryData, FailureData, ExceptionData, HistorySecond } from '../stats/types.ts'
export type { Scenario, ProgressEvent, LoadOverrides, TaskContext, TaskFn, HttpClient, HttpResponse, ShapeFn, ProtocolPlugin, Reporter } from '../engine/types.ts'
// The plugin API (docs/plugins.md): protocol plugins, WebSocket client, custom metrics, events, reporters.
export type {
  ProtocolSession,
  SessionEnv,
  Step,
  PluginStep,
  StepIssues,
  StepSource,
  Recorder,
  MetricsApi,
  WsClient,
  WsConnection,
  WsConnectOptions,
  WsMessage,
  WsRequestOptions,
  EventBus,
  EventListeners,
  EventMap,
  EventName,
  RequestEvent,
  TestStartEvent,
  ReporterContext,
  HttpRequestOptions,
} from '../engine/types.ts'
export type { CustomMetricData } from '../stats/types.ts'
export { builtinReporters, runReporters } from '../report/index.ts'
export { builtinProtocols } from '../protocols/index.ts'
export { LoadActionError, ValidationError } from '../errors.ts'
