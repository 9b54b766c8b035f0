import type { Reporter, ReporterContext } from '../engine/types.js';
import type { RunResult } from '../stats/types.js';
export type { Reporter, ReporterContext } from '../engine/types.js';
/** The built-in reporters by name. */
export declare const builtinReporters: ReadonlyMap<string, Reporter>;
/**
 * Runs reporters in order (awaiting each); errors are logged as `reporter <name> failed: …` and
 * returned, so the caller decides whether to warn.
 */
export declare function runReporters(reporters: readonly Reporter[], result: RunResult, ctx: ReporterContext): Promise<string[]>;
