/**
 * The action's composition root: inputs → current results → verdict → report files → GitHub side
 * effects → outputs → exit. The only place that calls core.setFailed. Exit codes: 0 pass or warn,
 * 1 regression (with fail-on-regression), 2 bad input or a file that cannot be read.
 */
import * as core from '@actions/core'
import { LoadActionError } from './errors.ts'
import { getInputs, Inputs } from './inputs.ts'
import type { ActionInputs } from './inputs.ts'
import { getRunContext } from './github/context.ts'
import { emitAnnotations } from './github/annotations.ts'
import { writeSummary } from './github/summary.ts'
import { hostSecrets, measure } from './action/measure.ts'
import { judgeResults } from './action/judge.ts'
import { reportPaths, shardSuffix } from './action/names.ts'
import { updateBaseline, writeReports } from './action/write.ts'
import { publish } from './action/publish.ts'
import { comparisonAnnotations } from './action/annotate.ts'

export async function run(): Promise<void> {
  let inputs: ActionInputs | undefined
  const controller = new AbortController()
  // The runner cancels with SIGINT, then SIGTERM: stop the users and report what was measured.
  const onSignal = (sig: string) => {
    if (controller.signal.aborted) return
    core.warning(`${sig} received: stopping the load test and reporting what was measured`)
    controller.abort()
  }
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal)
  try {
    inputs = getInputs()
    if (inputs.githubToken) core.setSecret(inputs.githubToken)
    // Before anything runs: a host input's password (the scenario's are masked once it is loaded).
    for (const s of hostSecrets(inputs.host)) core.setSecret(s)
    await pipeline(inputs, controller.signal)
  } catch (e) {
    if (e instanceof LoadActionError) {
      core.setFailed(e.message)
      // Input, file and tool errors are 2, as on the command line; setFailed alone would give 1.
      process.exitCode = e.exitCode
      await writeSummary(`### ❌ load-action could not run\n\n\`\`\`\n${e.message}\n\`\`\`\n`).catch(() => false)
    } else {
      core.setFailed(e instanceof Error ? (e.stack ?? e.message) : String(e))
      process.exitCode = 2
    }
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal)
  }
}

async function pipeline(inputs: ActionInputs, signal: AbortSignal): Promise<void> {
  const ctx = getRunContext()
  let lastLog = 0
  const m = await measure(inputs, signal, (p) => {
    if (p.elapsed - lastLog < 5) return
    lastLog = p.elapsed
    core.info(`${Math.round(p.elapsed)} s: ${p.users} users, ${p.rps.toFixed(1)} req/s, ${p.failures} failures, p95 ${p.p95 ?? 'N/A'} ms`)
  }, core.info, core.setSecret)
  const warnings: string[] = []
  const notes: string[] = []
  if (m.interrupted) notes.push('⏹️ The run was stopped early; these are the results measured until then.')
  if (ctx.readOnly && inputs.comment !== 'never' && (ctx.prNumber ?? inputs.prNumber)) {
    notes.push('🔒 Pull request from a fork: the token is read-only, so the results are here in the job summary only.')
  }

  const judged = judgeResults(inputs, m)
  warnings.push(...judged.warnings)
  for (const w of warnings) core.warning(w)
  const { comparison } = judged

  const paths = reportPaths(inputs, m.name)
  const written = await writeReports(m, judged, paths)
  core.info(`Reports written to ${paths.dir}`)
  if (inputs.updateBaseline) {
    if (m.interrupted) core.warning('update-baseline skipped: the run was stopped early, its numbers are not a baseline')
    else {
      const json = judged.baselinePath.toLowerCase().endsWith('.json') && written.resultsJson
      updateBaseline(json ? written.resultsJson : written.statsCsv, judged.baselinePath)
      core.notice(`Baseline updated: ${judged.baselinePath} (commit it to compare future runs with this one)`, { title: 'load-action' })
    }
  }

  const title = `Load test: ${m.name}${shardSuffix(inputs.shard).replace(/-/g, ' ')}`
  const published = await publish({ inputs, ctx, name: m.name, title, comparison, written, notes, warn: (s) => core.warning(s), info: (s) => core.info(s) })
  emitAnnotations(comparisonAnnotations(comparison, m.name, warnings.length + 2))

  const regressed = comparison.verdict === 'fail'
  core.setOutput('verdict', comparison.verdict)
  core.setOutput('regressed', String(regressed))
  core.setOutput('results-json', written.resultsJson)
  core.setOutput('report-path', written.html)
  core.setOutput('csv-prefix', written.csvPrefix)
  core.setOutput('artifact-id', published.artifactId === undefined ? '' : String(published.artifactId))
  core.setOutput('comment-url', published.commentUrl ?? '')
  core.info(`Verdict: ${comparison.verdict}`)
  if (regressed && inputs.failOnRegression) {
    core.setFailed(`Load test ${m.name} regressed (see the job summary${published.commentUrl ? ' and the PR comment' : ''}). Set ${Inputs.FailOnRegression}: false to report without failing.`)
  }
}
