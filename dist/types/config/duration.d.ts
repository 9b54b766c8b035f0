/**
 * Durations as Locust's -t takes them: `30s`, `5m`, `1h30m`, `1h 30m 10s`, or plain seconds (number or
 * numeric string). Returns seconds; pure.
 */
/** What every duration error says was expected. */
export declare const DURATION_EXPECTED = "expected a duration like '30s', '5m', '1h30m' or plain seconds";
/** Parses a duration into seconds; throws Error(DURATION_EXPECTED + what was found) when it isn't one. */
export declare function parseDuration(value: unknown): number;
/** Same as parseDuration but returns undefined instead of throwing (for validators that collect issues). */
export declare function tryParseDuration(value: unknown): number | undefined;
/** Short, safe description of a bad value for messages. */
export declare function describe(value: unknown): string;
