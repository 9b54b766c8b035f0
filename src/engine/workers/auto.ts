/**
 * `--workers auto`: how many worker threads a run gets, and why (printed and documented).
 * Threads pay off only when the generator itself is the bottleneck and has cores of its own:
 *  - a target on this machine (loopback) competes for the same cores, so it keeps half of them;
 *    on a 2-core runner that means 1 (the second core serves the target);
 *  - a scenario that is not a file cannot be loaded again by a worker;
 *  - live control (web UI, API handle) reads one in-process recorder;
 *  - a plain closed-model run never gets more workers than users.
 */
import type { Scenario } from '../types.ts'

export interface WorkerChoice {
  workers: number
  reason: string
}

export interface ChoiceContext {
  /** os.availableParallelism() */
  cores: number
  /** The scenario can be loaded again from `scenario.file` (YAML, JSON or module on disk). */
  fromFile: boolean
  /** A live recorder or load control is attached (web UI, API handle). */
  live?: boolean
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0|\[::\])$/i

/** True when the URL's host is this machine. */
export function isLoopback(url: string): boolean {
  try {
    return LOOPBACK.test(new URL(url).hostname)
  } catch {
    return false
  }
}

/** Resolves `requested` (a count or 'auto') for this scenario; see the module comment. */
export function chooseWorkers(requested: number | 'auto', scenario: Scenario, ctx: ChoiceContext): WorkerChoice {
  const plainClosed = !scenario.load.shape && !scenario.load.arrivalRate
  const cap = (n: number, reason: string): WorkerChoice =>
    plainClosed && n > scenario.load.users ? { workers: Math.max(1, scenario.load.users), reason: `${reason}, capped at ${scenario.load.users} user(s)` } : { workers: n, reason }
  if (requested !== 'auto') return cap(requested, 'as requested')
  if (!ctx.fromFile) return { workers: 1, reason: 'auto: the scenario is not a file a worker could load' }
  if (ctx.live) return { workers: 1, reason: 'auto: live control reads one in-process recorder' }
  const hosts = [scenario.host, ...scenario.users.map((u) => u.host ?? scenario.host)]
  if (hosts.some(isLoopback)) {
    const half = Math.max(1, Math.floor(ctx.cores / 2))
    return cap(half, `auto: the target is on this machine and needs CPU too, so half of ${ctx.cores} core(s)`)
  }
  return cap(Math.max(1, ctx.cores), `auto: ${ctx.cores} core(s) available`)
}
