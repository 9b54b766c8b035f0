/**
 * The programmatic API (package export `load-action`): run a scenario from code or a file, follow
 * it live, change its load, and render or compare the results with the same writers the CLI and the
 * action use. See docs/ui-api.md for a complete example.
 */
import type { LoadOverrides } from '../engine/types.js';
import type { RunResult, StatsRow } from '../stats/types.js';
import type { Comparison, Thresholds } from '../compare/types.js';
import { RunHandle, type HandleOptions } from './handle.js';
import { type ScenarioInput } from './scenario.js';
export interface ApiRunOptions extends HandleOptions {
    /** Like the CLI's -u, -r, -t, --host (validated the same way). */
    overrides?: LoadOverrides;
}
/**
 * Starts a run and returns its handle once the scenario is validated and users are starting.
 * Throws ValidationError (exit code 2 semantics) for a bad scenario or override.
 */
export declare function start(scenario: ScenarioInput, options?: ApiRunOptions): Promise<RunHandle>;
/** Runs a scenario to the end (run time, `signal`) and resolves with its results; `workers` > 1 runs in threads. */
export declare function run(scenario: ScenarioInput, options?: ApiRunOptions): Promise<RunResult>;
/**
 * Compares a run with a baseline (a run, or rows such as `readStats(csvText, label)`) under
 * thresholds (parsed, or YAML text); `baseline` null checks SLOs only.
 */
export declare function compareRun(current: RunResult, baseline: RunResult | StatsRow[] | null, thresholds?: Thresholds | string): Comparison;
export { RunHandle, type RunEvents, type RunState, type HandleOptions } from './handle.js';
export { defineScenario, loadScenario, type ScenarioDefinition, type ScenarioInput, type TaskDefinition, type UserDefinition } from './scenario.js';
export { locustCsvFiles, type LocustCsvFiles, type LocustCsvOptions } from '../report/locust-csv.js';
export { writeLocustCsv, locustCsvPaths } from '../report/locust-csv-file.js';
export { renderHtmlReport, type HtmlReportOptions } from '../report/html/index.js';
export { writeResultsJson, readResultsJson, parseResultsJson } from '../report/results-json.js';
export { formatSummary, formatProgress } from '../report/console.js';
export { compare, readStats, readRunResult, readLocustCsv, parseThresholds, formatText, formatMarkdown, formatJson, markdownComment, commentMarker, type CommentOptions, type MarkdownOptions, } from '../compare/index.js';
export type * from '../compare/types.js';
export { mergeResults } from '../stats/merge.js';
export { statsRows } from '../stats/summary.js';
export { openMetricsText, type MetricsState } from '../metrics/openmetrics.js';
export { metricsReporter, serveMetrics, type MetricsServer } from '../metrics/server.js';
export { serveUi, type UiServer, type UiOptions } from '../ui/server.js';
export type { RunResult, RunMeta, StatsRow, StatsEntryData, FailureData, ExceptionData, HistorySecond } from '../stats/types.js';
export type { Scenario, ProgressEvent, LoadOverrides, TaskContext, TaskFn, HttpClient, HttpResponse, ShapeFn, ProtocolPlugin, Reporter } from '../engine/types.js';
export type { ProtocolSession, SessionEnv, Step, PluginStep, StepIssues, StepSource, Recorder, MetricsApi, WsClient, WsConnection, WsConnectOptions, WsMessage, WsRequestOptions, EventBus, EventListeners, EventMap, EventName, RequestEvent, TestStartEvent, ReporterContext, HttpRequestOptions, } from '../engine/types.js';
export type { CustomMetricData } from '../stats/types.js';
export { builtinReporters, runReporters } from '../report/index.js';
export { builtinProtocols } from '../protocols/index.js';
export { LoadActionError, ValidationError } from '../errors.js';
