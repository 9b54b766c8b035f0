import type { Comparison } from '../compare/types.js';
import type { RunResult } from '../stats/types.js';
export declare function runMarkdown(result: RunResult, comparison?: Comparison): string;
