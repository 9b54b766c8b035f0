/**
 * The plugin parts of a code scenario: `protocols: [...]`, `reporters: [...]` and `events`. Checked
 * for shape only (a name and the functions the contract needs), so a mistake names the field
 * instead of failing somewhere in the run.
 */
import type { Scenario } from '../engine/types.js';
import type { Collector } from './collector.js';
export declare function checkPlugins(c: Collector, t: Record<string, unknown>, scenario: Scenario): void;
