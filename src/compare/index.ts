/**
 * compare: read Locust CSVs or results JSON, apply change rules and SLOs, format the verdict.
 * Pure: no file system, no network; callers pass file text and a label for messages.
 */
export { readStats, readRunResult, looksLikeJson } from './read.ts'
export { readLocustCsv } from './read-csv.ts'
export { parseThresholds } from './thresholds.ts'
export { compare, type CompareLabels } from './compare.ts'
export { compareRepeated, type RepeatedInput, type RepeatedOptions } from './repeated.ts'
export { formatText } from './format-text.ts'
export { formatMarkdown, type MarkdownOptions } from './format-markdown.ts'
export { formatJson } from './format-json.ts'
export { markdownComment, commentMarker, type CommentOptions } from './comment.ts'
export { escapeMarkdown } from './escape.ts'
export { DEFAULT_RULES, METRICS, metricValue } from './metrics.ts'
export { verdictLine } from './summary.ts'
export type * from './types.ts'
