/**
 * The files the UI offers for download: the four Locust CSVs, results JSON and the HTML report,
 * made with the same writers as `--csv`, `--json` and `--html`.
 */
import { type HtmlReportOptions } from '../report/html/index.js';
import type { RunResult } from '../stats/types.js';
export interface Download {
    /** Suggested file name (scenario names are [\w.-]+, safe in a header). */
    filename: string;
    type: string;
    body: string;
}
/** Route names under /download/. */
export declare const DOWNLOADS: readonly ["stats.csv", "stats_history.csv", "failures.csv", "exceptions.csv", "results.json", "report.html"];
export type DownloadName = (typeof DOWNLOADS)[number];
export declare function isDownload(name: string): name is DownloadName;
/** Builds one download from the results. */
export declare function makeDownload(name: DownloadName, result: RunResult, opts?: {
    fullHistory?: boolean;
    report?: HtmlReportOptions;
}): Download;
