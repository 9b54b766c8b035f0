import type { CustomMetricData, ExceptionData, FailureData, StatsRow } from '../../stats/types.js';
import { Raw } from './escape.js';
/** A header cell: `num` columns sort numerically (descending first), `text` ones alphabetically. */
export declare const th: (label: string, kind?: "num" | "text", title?: string) => Raw;
/** A numeric cell; null renders as N/A and sorts lowest. */
export declare const num: (v: number | null | undefined, text: string) => Raw;
/** A table with a caption-free header, sortable body and optional fixed footer. */
export declare function table(id: string, head: Raw[], body: Raw[], foot?: Raw[], cls?: string): Raw;
export declare function statsTable(rows: readonly StatsRow[]): Raw;
export declare function percentilesTable(rows: readonly StatsRow[]): Raw;
export declare function failuresTable(failures: readonly FailureData[]): Raw;
export declare function exceptionsTable(exceptions: readonly ExceptionData[]): Raw;
export declare function metricsTable(metrics: readonly CustomMetricData[]): Raw;
