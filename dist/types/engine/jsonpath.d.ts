/**
 * The small JSON path subset captures use: `$.id`, `$.data.items[0].id`, `data.items[0].id`,
 * `$['odd key'][1]`, `$[0]`. Pure; shared by config validation and protocol plugins.
 */
export type JsonPath = readonly (string | number)[];
/** Parses a path into keys and indexes; throws Error('expected a JSON path like $.data.items[0].id …'). */
export declare function parseJsonPath(expr: string): JsonPath;
/** Reads a value at a path; undefined when any step is missing. */
export declare function getPath(value: unknown, path: JsonPath): unknown;
