import type { RunResult } from '../stats/types.js';
import type { RunOutcome } from './runner.js';
import type { LoadSpec } from './types.js';
/** Adds the load fields to `result.meta` (in place, so a later result built from the same meta keeps them); returns result. */
export declare function withLoadMeta(result: RunResult, load: LoadSpec, outcome: RunOutcome): RunResult;
