/**
 * Markdown escaping for text we do not control (endpoint names, error texts, file labels) that ends
 * up in a PR comment: no HTML, no table breaks, no formatting, no @mentions, #issue links or autolinked URLs.
 */
/** Escapes text for a markdown table cell or paragraph; always a single line. */
export declare function escapeMarkdown(text: string): string;
/** Text safe inside an HTML comment (the sticky-comment marker). */
export declare function commentSafe(text: string): string;
