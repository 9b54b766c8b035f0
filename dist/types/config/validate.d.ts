import type { Scenario } from '../engine/types.js';
import { Collector, type Locator, type Path } from './collector.js';
export interface ValidateOptions {
    /** Path used in messages (as the user gave it). */
    file: string;
    /** Line lookup; absent for code modules. */
    locate?: Locator;
    /** --host given: a missing host is not an issue. */
    hostOverride?: string;
}
/** Validates a parsed scenario; throws ValidationError listing every issue. */
export declare function validateScenario(raw: unknown, opts: ValidateOptions): Scenario;
/** Checks a base URL: http(s) scheme, parseable. Returns it without a trailing slash. */
export declare function checkHost(c: Collector, path: Path, value: unknown): string | undefined;
/** Hides user:password in a URL for messages. */
export declare function redact(url: string): string;
