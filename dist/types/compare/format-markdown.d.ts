/**
 * Markdown for PR comments and job summaries: headline verdict, the regressions table (worst
 * first), every endpoint collapsed in <details>, added/removed endpoints, notes. Everything we do
 * not control is escaped. Pure: returns the string.
 */
import type { Comparison } from './types.js';
export interface MarkdownOptions {
    /** Heading text, e.g. `Load test: checkout-api`. */
    title?: string;
}
/** The regressions table (warnings and failures only), worst first. */
export declare function problemTable(c: Comparison): string[];
/** Every endpoint with its shown findings, for the collapsed details. */
export declare function detailTable(c: Comparison): string[];
/** The parts of the markdown, so the comment builder can drop the largest first when capping. */
export declare function markdownParts(c: Comparison, opts?: MarkdownOptions): {
    head: string[];
    problems: string[];
    details: string[];
    tail: string[];
};
/** Renders the whole comparison as markdown. */
export declare function formatMarkdown(c: Comparison, opts?: MarkdownOptions): string;
