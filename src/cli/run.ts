/**
 * `load-action run SCENARIO`: load the scenario, run it (stopping cleanly on SIGINT/SIGTERM),
 * write every requested file, print Locust's summary, and judge against a baseline/thresholds.
 * Exit: 0 pass, 1 fail, 2 error; 130/143 when interrupted by SIGINT/SIGTERM (files still written).
 */
import { loadScenario, run } from '../engine/index.ts'
import { formatProgress, formatSummary } from '../report/console.ts'
import { LoadActionError } from '../errors.ts'
import { csvPaths, prepareOutputs } from '../pipeline/files.ts'
import { writeOutputs } from '../pipeline/outputs.ts'
import { checkJudgeInputs, judge, printJudgement } from '../pipeline/judge.ts'
import { writeResultsJson } from '../report/results-json.ts'
import { mergeResults } from '../stats/merge.ts'
import { intOption, numberOption, parse, shardOption } from './args.ts'
import { parseDuration } from '../config/duration.ts'
import { LIVE_OPTIONS, LIVE_USAGE, liveFlags, LiveSession } from '../ui/cli.ts'
import { parseWorkers, resolveWorkers } from '../engine/workers/resolve.ts'

const USAGE = `usage: load-action run SCENARIO [-u N] [-r N] [-t DURATION] [--host URL] [--csv PREFIX] [--html FILE]
                          [--json FILE] [--csv-full-history] [--only-summary] [--thresholds FILE] [--baseline FILE]...
                          [--iterations N] [--shard I/N] [--workers N|auto]
                          ${LIVE_USAGE}`

const OPTIONS = {
  users: { type: 'string', short: 'u' },
  'spawn-rate': { type: 'string', short: 'r' },
  'run-time': { type: 'string', short: 't' },
  host: { type: 'string', short: 'H' },
  csv: { type: 'string' },
  html: { type: 'string' },
  json: { type: 'string' },
  'csv-full-history': { type: 'boolean' },
  'only-summary': { type: 'boolean' },
  thresholds: { type: 'string' },
  baseline: { type: 'string', multiple: true },
  iterations: { type: 'string' },
  shard: { type: 'string' },
  workers: { type: 'string' },
  'progress-every': { type: 'string' },
  ...LIVE_OPTIONS,
} as const

/** Exit statuses of a run stopped by a signal, as shells report them (128 + signal number). */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const

export async function runCommand(argv: string[]): Promise<number> {
  const { values: v, positionals } = parse(argv, OPTIONS, USAGE)
  if (positionals.length !== 1) throw new LoadActionError('USAGE', `run: expected one SCENARIO file, got ${positionals.length}\n${USAGE}`)
  const file = positionals[0] as string
  let runTime: number | null | undefined
  if (v['run-time'] !== undefined) {
    try {
      runTime = parseDuration(v['run-time'])
    } catch (e) {
      throw new LoadActionError('USAGE', `-t/--run-time: ${(e as Error).message}`)
    }
  }
  const overrides = {
    users: intOption(v.users, '-u/--users'),
    spawnRate: numberOption(v['spawn-rate'], '-r/--spawn-rate'),
    runTime,
    host: v.host,
  }
  prepareOutputs(
    { '--json': v.json, '--html': v.html, ...Object.fromEntries(csvPaths(v.csv).map((p) => ['--csv', p])) },
    [file, v.thresholds, ...(v.baseline ?? [])],
  )
  const iterations = intOption(v.iterations, '--iterations') ?? 1
  const scenario = await loadScenario(file, overrides)
  checkJudgeInputs(v.baseline, v.thresholds ?? scenario.thresholds)
  // --ui / --metrics-port: live servers around the run (null without them: no port is opened).
  const live = await LiveSession.open(liveFlags(v))
  const workers = resolveWorkers(parseWorkers(v.workers, '--workers'), scenario)
  if (workers.workers > 1 || v.workers !== undefined) console.error(`workers: ${workers.workers} (${workers.reason})`)

  const controller = new AbortController()
  let stoppedBy: keyof typeof SIGNAL_EXIT | undefined
  const onSignal = (sig: keyof typeof SIGNAL_EXIT) => {
    if (stoppedBy) process.exit(SIGNAL_EXIT[sig]) // second signal: leave now
    stoppedBy = sig
    console.error(`\n${sig} received: stopping users and writing what was measured (again to quit at once)`)
    controller.abort()
  }
  const handlers = { SIGINT: () => onSignal('SIGINT'), SIGTERM: () => onSignal('SIGTERM') }
  process.on('SIGINT', handlers.SIGINT).on('SIGTERM', handlers.SIGTERM)

  const every = Number(v['progress-every'] ?? 5)
  let lastPrint = 0
  const results = []
  try {
    for (let i = 1; i <= iterations && !stoppedBy; i++) {
      if (iterations > 1) console.error(`iteration ${i}/${iterations}`)
      lastPrint = 0
      results.push(
        await (live ? live.run.bind(live) : run)(scenario, {
          signal: controller.signal,
          fullHistory: v['csv-full-history'] ?? false,
          shard: shardOption(v.shard),
          workers: workers.workers,
          onProgress: (p) => {
            if (v['only-summary'] || p.elapsed - lastPrint < every) return
            lastPrint = p.elapsed
            console.error(formatProgress(p))
          },
        }),
      )
    }
  } finally {
    process.off('SIGINT', handlers.SIGINT).off('SIGTERM', handlers.SIGTERM)
  }
  // Repeated runs: each is kept as <json>-<i>.json (for later repeated compares); the files named
  // by the options describe all iterations together (exact merge).
  if (results.length > 1 && v.json) results.forEach((r, i) => writeResultsJson(v.json!.replace(/(\.json)?$/, `-${i + 1}.json`), r))
  const result = results.length > 1 ? mergeResults(results) : results[0]!

  const judgement = judge({ current: results, baselines: v.baseline, thresholds: v.thresholds ?? scenario.thresholds })
  await writeOutputs(result, { csv: v.csv, html: v.html, json: v.json, fullHistory: v['csv-full-history'] ?? false, comparison: judgement?.comparison, baseline: judgement?.baseline, slo: judgement?.slo, reporters: scenario.reporters, scenario })
  console.log(formatSummary(result))
  if (judgement) printJudgement(judgement)
  await live?.finish(result, { comparison: judgement?.comparison, baseline: judgement?.baseline, slo: judgement?.slo }, stoppedBy !== undefined)
  if (stoppedBy) return SIGNAL_EXIT[stoppedBy]
  return judgement?.comparison.verdict === 'fail' ? 1 : 0
}
