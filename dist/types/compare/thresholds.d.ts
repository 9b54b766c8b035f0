import type { Thresholds } from './types.js';
/**
 * Parses a thresholds YAML. `label` names the file in errors. An empty file means "built-in rules".
 * Throws ValidationError (INPUT_INVALID, exit 2) listing every problem as `file:line: key: message`.
 */
export declare function parseThresholds(text: string, label: string): Thresholds;
