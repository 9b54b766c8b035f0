/**
 * The live page: the report's stylesheet, header and table/chart containers, a control form, and
 * two inline scripts (the report's client and the live client). The first paint is complete without
 * script; updates arrive over server-sent events.
 */
import type { Scenario } from '../engine/types.js';
import type { LiveUpdate } from './view.js';
/** The report's CSP plus `connect-src 'self'` for the event stream and the control requests. */
export declare const UI_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; connect-src 'self'; form-action 'none'; base-uri 'none'";
/** As a response header it can also forbid framing (browsers ignore frame-ancestors in a meta tag). */
export declare const UI_CSP_HEADER = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";
/** The whole page, with `first` (the current update) already in place. */
export declare function renderPage(scenario: Scenario, first: LiveUpdate): string;
