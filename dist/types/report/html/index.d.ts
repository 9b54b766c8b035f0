/**
 * The HTML report: one self-contained file (inline CSS, SVG and script; no network) that a reviewer
 * opens from the PR comment. `renderHtmlReport` is pure: RunResult in, HTML string out.
 */
import type { RunResult } from '../../stats/types.js';
import type { HtmlReportOptions, ReportModel } from './types.js';
export type { HtmlReportOptions, ReportModel } from './types.js';
export { buildReportModel } from './model.js';
/** Nothing may be fetched: styles and scripts are inline, images only data: URLs. */
export declare const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";
/** Renders an already built view model. */
export declare function renderModel(m: ReportModel): string;
/** Renders the report for a run, optionally against a baseline, a comparison and SLOs. */
export declare function renderHtmlReport(result: RunResult, opts?: HtmlReportOptions): string;
