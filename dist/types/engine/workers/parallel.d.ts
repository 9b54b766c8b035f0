import type { RunResult } from '../../stats/types.js';
import type { RunOptions, Scenario } from '../types.js';
/**
 * The script a worker starts: from source, thread-main.ts next to this file; in a bundle, the
 * bundle itself (import.meta.url is the bundle's), whose entry checks isLoadActionWorker().
 * Built from strings so the bundler does not treat it as a `new URL(…, import.meta.url)` asset.
 */
export declare function workerScript(self?: string): URL;
/** Runs `scenario` (loaded from its file) in `count` workers and returns the merged results. */
export declare function runInWorkers(scenario: Scenario, options: RunOptions, count: number): Promise<RunResult>;
