/**
 * The worker side. A worker is started from the same code as the main thread: from source the
 * thread runs thread-main.ts; from an ncc bundle, where there is no separate file, the bundle is
 * started again and its entry (cli/main.ts, index.ts) hands over here when isLoadActionWorker().
 * The worker runs the full engine run (hooks included, as Locust fires test_start/test_stop on
 * every worker) for its shard and posts the RunResult back.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import { LoadActionError } from '../../errors.ts'
import { loadScenario, run } from '../index.ts'
import { WORKER_KEY, type FromWorker, type ToWorker, type WorkerJob } from './messages.ts'

/** True inside a worker thread started by runInWorkers (and only there). */
export function isLoadActionWorker(): boolean {
  return !isMainThread && typeof workerData === 'object' && workerData !== null && WORKER_KEY in workerData
}

/** Runs this worker's job; never throws (failures are posted to the main thread). */
export async function runWorker(): Promise<void> {
  const job = (workerData as Record<string, WorkerJob>)[WORKER_KEY] as WorkerJob
  const port = parentPort
  if (!port) return
  const post = (m: FromWorker) => port.postMessage(m)
  const stop = new AbortController()
  let go: () => void = () => {}
  const started = new Promise<void>((r) => (go = r))
  port.on('message', (m: ToWorker) => {
    if (m.type === 'stop') stop.abort()
    go()
  })
  try {
    const scenario = await loadScenario(job.file, job.overrides)
    post({ type: 'ready' })
    await started
    const result = await run(scenario, {
      signal: stop.signal,
      shard: job.shard,
      fullHistory: job.fullHistory,
      onProgress: (progress) => post({ type: 'progress', progress }),
    })
    post({ type: 'result', result })
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e))
    const code = e instanceof LoadActionError ? e.code : null
    post({ type: 'failed', code, exitCode: e instanceof LoadActionError ? e.exitCode : 2, message: err.message, stack: err.stack ?? err.message })
  } finally {
    // Let the thread end on its own; timers user code left behind are the main thread's to terminate.
    port.unref()
  }
}
