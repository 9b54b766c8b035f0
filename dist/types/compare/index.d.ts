/**
 * compare: read Locust CSVs or results JSON, apply change rules and SLOs, format the verdict.
 * Pure: no file system, no network; callers pass file text and a label for messages.
 */
export { readStats, readRunResult, looksLikeJson } from './read.js';
export { readLocustCsv } from './read-csv.js';
export { parseThresholds } from './thresholds.js';
export { compare, type CompareLabels } from './compare.js';
export { compareRepeated, type RepeatedInput, type RepeatedOptions } from './repeated.js';
export { formatText } from './format-text.js';
export { formatMarkdown, type MarkdownOptions } from './format-markdown.js';
export { formatJson } from './format-json.js';
export { markdownComment, commentMarker, type CommentOptions } from './comment.js';
export { escapeMarkdown } from './escape.js';
export { DEFAULT_RULES, METRICS, metricValue } from './metrics.js';
export { verdictLine } from './summary.js';
export type * from './types.js';
