import type { FailureData, RunResult, StatsEntryData } from '../stats/types.js';
export interface LocustCsvOptions {
    /** Per-entry rows (and windowed percentiles) in the history file, like `--csv-full-history`. */
    fullHistory?: boolean;
    /**
     * Defuse spreadsheet formulas (default true): a Name, Error, Message or Traceback cell starting
     * with = + - @ TAB or CR gets a leading `'`, as OWASP advises for CSV injection. Only those text
     * columns are touched (numbers such as `-1` stay numbers), and Locust itself does not do this,
     * so set it to false for byte-exact Locust output.
     */
    neutralize?: boolean;
}
export interface LocustCsvFiles {
    stats: string;
    history: string;
    failures: string;
    exceptions: string;
}
export declare const STATS_HEADER: string[];
export declare const FAILURES_HEADER: string[];
export declare const EXCEPTIONS_HEADER: string[];
/** Python's csv.writer defaults: QUOTE_MINIMAL, `\r\n`; CR/LF inside a field force quotes too. */
export declare function csvText(rows: string[][]): string;
/** See LocustCsvOptions.neutralize. */
export declare function neutralizeCell(s: string): string;
/** One row of the stats file, every cell as Locust prints it. */
export declare function statsCells(e: StatsEntryData, total: StatsEntryData): string[];
/** Locust's failure order: sorted by sha256(f"{method}.{name}.{error!r}") (its StatsError key). */
export declare function failureKey(f: FailureData): string;
export declare function locustCsvFiles(result: RunResult, opts?: LocustCsvOptions): LocustCsvFiles;
