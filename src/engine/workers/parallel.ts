/**
 * Runs a scenario in N worker threads (main-thread side). Each worker loads the scenario file
 * itself and runs its share (split.ts); the main thread starts them together, sums their live
 * progress once a second, forwards an abort as `stop`, and merges the results exactly
 * (stats/merge.ts: HDR histograms added, history aligned by epoch second).
 *
 * A worker that dies, fails after the start, or does not finish in time (run time + stop window +
 * margin) is terminated and recorded as an exception; the run still ends with the others' results.
 * A setup failure before the start (e.g. a scenario error only a worker sees) stops every worker
 * and is thrown, as it would be without workers.
 */
import { Worker } from 'node:worker_threads'
import { LoadActionError } from '../../errors.ts'
import { mergeResults } from '../../stats/merge.ts'
import { StatsRecorder } from '../../stats/recorder.ts'
import type { ExceptionData, RunMeta, RunResult } from '../../stats/types.ts'
import { TOOL, VERSION } from '../index.ts'
import { shardLoad } from '../runner.ts'
import type { ProgressEvent, RunOptions, Scenario } from '../types.ts'
import { WORKER_KEY, type FromWorker, type ToWorker, type WorkerJob } from './messages.ts'
import { combineProgress } from './progress.ts'
import { workerShard } from './split.ts'

/** Extra time past the expected end before a worker counts as hung (ms). */
const MARGIN_MS = 10_000
/** The engine's kill grace after the stop window (runner.ts default). */
const KILL_GRACE_MS = 1000

type Outcome = { result: RunResult } | { failed: Extract<FromWorker, { type: 'failed' }> } | { died: string; stack: string }

/**
 * The script a worker starts: from source, thread-main.ts next to this file; in a bundle, the
 * bundle itself (import.meta.url is the bundle's), whose entry checks isLoadActionWorker().
 * Built from strings so the bundler does not treat it as a `new URL(…, import.meta.url)` asset.
 */
export function workerScript(self: string = import.meta.url): URL {
  return self.endsWith('.ts') ? new URL(`${self.slice(0, self.lastIndexOf('/') + 1)}thread-main.ts`) : new URL(self)
}

class Slot {
  readonly index: number
  readonly worker: Worker
  readonly ready: Promise<void>
  readonly done: Promise<Outcome>
  progress: ProgressEvent | null = null
  finished = false
  /** Terminated by the watchdog (did not finish in time). */
  hung = false

  constructor(index: number, script: URL, job: WorkerJob) {
    this.index = index
    this.worker = new Worker(script, { workerData: { [WORKER_KEY]: job } })
    let onReady: () => void = () => {}
    const ready = new Promise<void>((r) => (onReady = r))
    this.done = new Promise<Outcome>((resolve) => {
      this.worker.on('message', (m: FromWorker) => {
        if (m.type === 'ready') onReady()
        else if (m.type === 'progress') this.progress = m.progress
        else if (m.type === 'result') resolve({ result: m.result })
        else resolve({ failed: m })
      })
      this.worker.on('error', (e) => resolve({ died: e.message, stack: e.stack ?? e.message }))
      this.worker.on('exit', (code) => {
        const why = this.hung ? 'did not finish in time after the end of the run and was terminated' : `exited with code ${code} before sending its results`
        resolve({ died: why, stack: '' })
      })
    }).then((o) => {
      this.finished = true
      this.progress = null
      // Whatever it left running (timers in user code) ends with it.
      void this.worker.terminate()
      return o
    })
    // A worker that dies while loading must not hold up the start of the others.
    this.ready = Promise.race([ready, this.done.then(() => {})])
  }

  send(m: ToWorker): void {
    if (!this.finished) this.worker.postMessage(m)
  }
}

/** Runs `scenario` (loaded from its file) in `count` workers and returns the merged results. */
export async function runInWorkers(scenario: Scenario, options: RunOptions, count: number): Promise<RunResult> {
  const { users, spawnRate, runTime } = scenario.load
  const overrides = { users, spawnRate, runTime, host: scenario.host }
  const script = workerScript()
  const slots = Array.from({ length: count }, (_, i) => {
    const job: WorkerJob = { file: scenario.file, overrides, shard: workerShard(options.shard, i, count), fullHistory: options.fullHistory ?? false }
    return new Slot(i, script, job)
  })
  const stopAll = () => slots.forEach((s) => s.send({ type: 'stop' }))
  let watchdog: NodeJS.Timeout | undefined
  const hangAfter = (ms: number) => {
    clearTimeout(watchdog)
    watchdog = setTimeout(() => {
      for (const s of slots) {
        if (s.finished) continue
        s.hung = true
        void s.worker.terminate()
      }
    }, ms)
    watchdog.unref()
  }
  const stopWindow = scenario.load.stopTimeout * 1000 + KILL_GRACE_MS + MARGIN_MS
  const onAbort = () => {
    stopAll()
    hangAfter(stopWindow)
  }
  options.signal?.addEventListener('abort', onAbort, { once: true })
  let ticker: NodeJS.Timeout | undefined
  try {
    await Promise.all(slots.map((s) => s.ready))
    const setup = await firstSetupFailure(slots)
    if (setup) {
      stopAll()
      await Promise.all(slots.map((s) => s.worker.terminate()))
      throw new LoadActionError(setup.code ?? 'INTERNAL', setup.message, { exitCode: setup.exitCode })
    }
    const t0 = performance.now()
    slots.forEach((s) => s.send({ type: 'start' }))
    if (options.signal?.aborted) onAbort()
    else if (runTime !== null) hangAfter(runTime * 1000 + stopWindow)
    if (options.onProgress) {
      const onProgress = options.onProgress
      ticker = setInterval(() => {
        const live = slots.flatMap((s) => (s.progress ? [s.progress] : []))
        if (live.length === 0) return
        try {
          onProgress(combineProgress(live, (performance.now() - t0) / 1000))
        } catch {
          // A failing progress printer must not stop the run.
        }
      }, 1000)
      ticker.unref()
    }
    const outcomes = await Promise.all(slots.map((s) => s.done))
    return mergeOutcomes(scenario, options, count, outcomes)
  } finally {
    clearInterval(ticker)
    clearTimeout(watchdog)
    options.signal?.removeEventListener('abort', onAbort)
  }
}

/** A worker's setup error that arrived before the start (all workers are ready or done by now). */
async function firstSetupFailure(slots: Slot[]): Promise<Extract<FromWorker, { type: 'failed' }> | null> {
  for (const s of slots) {
    if (!s.finished) continue
    const o = await s.done
    if ('failed' in o && o.failed.code !== null) return o.failed
  }
  return null
}

/** Merged results of the workers that finished; the others become exceptions. */
function mergeOutcomes(scenario: Scenario, options: RunOptions, count: number, outcomes: Outcome[]): RunResult {
  const results: RunResult[] = []
  const lost: ExceptionData[] = []
  outcomes.forEach((o, i) => {
    const who = `worker ${i + 1}/${count}`
    if ('result' in o) results.push(o.result)
    else if ('failed' in o) lost.push({ count: 1, msg: `${who} failed: ${o.failed.message}`, traceback: o.failed.stack, nodes: `worker-${i + 1}` })
    else lost.push({ count: 1, msg: `${who} died: ${o.died}`, traceback: o.stack, nodes: `worker-${i + 1}` })
  })
  const { users, spawnRate } = shardLoad(scenario, options.shard)
  const merged = results.length ? mergeResults(results) : new StatsRecorder().result(emptyMeta(scenario, users, spawnRate))
  // The configured load, even when a worker's share is missing from the sum.
  merged.meta.users = users
  merged.meta.spawnRate = spawnRate
  merged.meta.workers = count
  if (options.shard) merged.meta.shard = options.shard
  if (options.signal?.aborted) merged.meta.interrupted = true
  merged.exceptions.push(...lost)
  return merged
}

function emptyMeta(scenario: Scenario, users: number, spawnRate: number): RunMeta {
  const now = Date.now() / 1000
  const host = scenario.host.replace(/^(https?:\/\/)[^/@]*@/, '$1')
  return { scenario: scenario.name, host, users, spawnRate, runTime: scenario.load.runTime, startTime: now, endTime: now, tool: TOOL, version: VERSION }
}
