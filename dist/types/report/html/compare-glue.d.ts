/** The pieces of the compare stage the report reuses, so marks, labels and values match the PR comment. */
export { MARK, WORD, endpointLabel, isAggregated, verdictLine } from '../../compare/summary.js';
export { metricValue, UNIT } from '../../compare/metrics.js';
export { worst as SEVERITY_WORST, SEVERITY } from '../../compare/rules.js';
