/**
 * `load-action report RESULTS.json` re-renders saved results (CSV, HTML, a verdict against a
 * baseline); `load-action merge SHARD.json... --json OUT` combines shard results exactly.
 */
import { LoadActionError } from '../errors.ts'
import { readResultsJson } from '../report/results-json.ts'
import { mergeResults } from '../stats/merge.ts'
import { csvPaths, prepareOutputs, readText } from '../pipeline/files.ts'
import { writeOutputs } from '../pipeline/outputs.ts'
import { judge, printJudgement } from '../pipeline/judge.ts'
import { formatSummary } from '../report/console.ts'
import { parse } from './args.ts'

const REPORT_USAGE = 'usage: load-action report RESULTS.json [--csv PREFIX] [--html FILE] [--json FILE] [--baseline FILE] [--thresholds FILE]'
const MERGE_USAGE = 'usage: load-action merge SHARD.json... --json OUT [--csv PREFIX] [--html FILE] [--baseline FILE] [--thresholds FILE]'
const OPTIONS = {
  csv: { type: 'string' },
  html: { type: 'string' },
  json: { type: 'string' },
  baseline: { type: 'string', multiple: true },
  thresholds: { type: 'string' },
  'csv-full-history': { type: 'boolean' },
} as const

function load(path: string) {
  return readResultsJson(readText(path, 'results'), path)
}

async function finish(result: ReturnType<typeof load>, v: { csv?: string; html?: string; json?: string; baseline?: string[]; thresholds?: string; 'csv-full-history'?: boolean }) {
  const judgement = judge({ current: [result], baselines: v.baseline, thresholds: v.thresholds })
  await writeOutputs(result, { csv: v.csv, html: v.html, json: v.json, fullHistory: v['csv-full-history'], comparison: judgement?.comparison, baseline: judgement?.baseline, slo: judgement?.slo })
  console.log(formatSummary(result))
  if (judgement) printJudgement(judgement)
  return judgement?.comparison.verdict === 'fail' ? 1 : 0
}

export async function reportCommand(argv: string[]): Promise<number> {
  const { values: v, positionals } = parse(argv, OPTIONS, REPORT_USAGE)
  if (positionals.length !== 1) throw new LoadActionError('USAGE', `report: expected one RESULTS.json, got ${positionals.length}\n${REPORT_USAGE}`)
  const file = positionals[0] as string
  prepareOutputs({ '--json': v.json, '--html': v.html, ...Object.fromEntries(csvPaths(v.csv).map((p) => ['--csv', p])) }, [file, ...(v.baseline ?? []), v.thresholds])
  return finish(load(file), v)
}

export async function mergeCommand(argv: string[]): Promise<number> {
  const { values: v, positionals } = parse(argv, OPTIONS, MERGE_USAGE)
  if (positionals.length < 1) throw new LoadActionError('USAGE', `merge: expected at least one SHARD.json\n${MERGE_USAGE}`)
  if (!v.json) throw new LoadActionError('USAGE', `merge: --json OUT is required\n${MERGE_USAGE}`)
  prepareOutputs({ '--json': v.json, '--html': v.html, ...Object.fromEntries(csvPaths(v.csv).map((p) => ['--csv', p])) }, [...positionals, ...(v.baseline ?? []), v.thresholds])
  return finish(mergeResults(positionals.map(load)), v)
}
