/**
 * The sticky PR comment body: hidden marker first (the action finds its comment by it), the
 * markdown, links, and a hard cap (GitHub rejects bodies over 65,536 characters) that drops the
 * details first, then table rows, and says so.
 */
import type { Comparison } from './types.js';
export interface CommentOptions {
    title?: string;
    /** Scenario name for the marker `<!-- load-action:NAME -->` (or a full marker comment). */
    marker: string;
    runUrl?: string;
    reportUrl?: string;
    maxChars?: number;
}
/** The marker that identifies our comment for a scenario. */
export declare function commentMarker(name: string): string;
/** Builds the PR comment for a comparison, at most `maxChars` (default 65,536) characters. */
export declare function markdownComment(c: Comparison, opts: CommentOptions): string;
