/**
 * YAML http steps: render templates, send, judge (status → expect → captures), record once.
 */
import type { Step } from '../../engine/types.js';
import type { HttpSession } from './session.js';
type HttpStep = Extract<Step, {
    kind: 'http';
}>;
export declare function runHttpStep(s: HttpSession, step: HttpStep): Promise<boolean>;
export {};
