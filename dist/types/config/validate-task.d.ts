/**
 * Validation of one task: a code function, a single request (`request` + `expect` + `capture`), or a
 * list of `steps` (requests, think times, protocol plugin steps like `- ws: …`). Pure; issues go to
 * the Collector.
 */
import type { Task } from '../engine/types.js';
import { Collector, type Path } from './collector.js';
/** Validates tasks[j]; returns undefined when it is unusable (issues already recorded). */
export declare function validateTask(c: Collector, path: Path, raw: unknown): Task | undefined;
