import type { RunResult } from './types.js';
/** Parse and validate results JSON text; `file` names it in messages. */
export declare function parseResultsJson(text: string, file: string): RunResult;
