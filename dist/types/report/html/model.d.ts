import type { RunResult } from '../../stats/types.js';
import type { HtmlReportOptions, ReportModel } from './types.js';
/** Percentiles drawn on the distribution chart: dense in the tail, where regressions show first. */
export declare const DISTRIBUTION_PS: number[];
/** Builds everything the template shows. */
export declare function buildReportModel(result: RunResult, opts?: HtmlReportOptions): ReportModel;
