import type { WsExpect } from './spec.js';
export type Test = (data: string | ArrayBuffer) => boolean;
export declare const asText: (data: string | ArrayBuffer) => string;
/** Any message matches (no expect). */
export declare const ANY: Test;
/** The test for an expect; templates in equals/contains are rendered from the user's vars (cached when there are none). */
export declare function matcher(e: WsExpect | undefined, vars: Record<string, unknown>): Test;
/** `reply with $.type == pong`, `reply containing "x"` …: what a timeout says it waited for. */
export declare function describeExpect(e: WsExpect | undefined): string;
