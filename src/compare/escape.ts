/**
 * Markdown escaping for text we do not control (endpoint names, error texts, file labels) that ends
 * up in a PR comment: no HTML, no table breaks, no formatting, no @mentions, #issue links or autolinked URLs.
 */

/** Escapes text for a markdown table cell or paragraph; always a single line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]~|!#]/g, '\\$&')
    // A zero-width space keeps GitHub from notifying users or linking issues named in endpoint names.
    .replace(/@(?=[\w-])/g, '@\u200b')
    .replace(/\\#(?=\d)/g, '#\u200b')
    .replace(/:\/\//g, ':\u200b//')
}

/** Text safe inside an HTML comment (the sticky-comment marker). */
export function commentSafe(text: string): string {
  return text.replace(/--+/g, '-').replace(/[<>]/g, '')
}
