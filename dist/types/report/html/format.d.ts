/** Number and time formatting shared by the report's text, tables and charts. Plain strings, not escaped. */
/** Milliseconds with precision that fits the size: 0.42 ms, 12.3 ms, 1,234 ms. */
export declare function fmtMs(v: number | null | undefined): string;
/** A plain number: integers grouped, others with `digits` decimals. */
export declare function fmtNum(v: number | null | undefined, digits?: number): string;
export declare function fmtPct(v: number | null | undefined, digits?: number): string;
/** Signed relative change: +12.3 %, −4.0 %. */
export declare function fmtDeltaPct(v: number | null | undefined): string;
/** Seconds as 45s, 5m 03s, 1h 30m 00s. */
export declare function fmtDuration(seconds: number | null | undefined): string;
/** Epoch seconds as an ISO-like UTC date: 2025-01-31 14:05:09 UTC. */
export declare function fmtDate(epochSeconds: number): string;
/** Error rate of a row in percent (0 when there were no requests). */
export declare function errorRate(requests: number, failures: number): number;
