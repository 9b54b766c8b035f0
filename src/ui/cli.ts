/**
 * What `run --ui` and `--metrics-port` add to the CLI's run: the live servers around each run, and
 * the UI staying up after the run (for downloads) until Ctrl-C or `--autoquit`. Without these
 * flags the CLI never opens a session, so a plain run listens on no port.
 */
import { RunHandle, type HandleOptions } from '../api/handle.ts'
import { intOption } from '../cli/args.ts'
import { LoadActionError } from '../errors.ts'
import type { Scenario } from '../engine/types.ts'
import { serveMetrics, type MetricsServer } from '../metrics/server.ts'
import type { HtmlReportOptions } from '../report/html/index.ts'
import type { RunResult } from '../stats/types.ts'
import { emptyResult } from './live.ts'
import { serveUi, type UiServer } from './server.ts'

/** The run command's options for these flags (node:util parseArgs). */
export const LIVE_OPTIONS = {
  ui: { type: 'boolean' },
  'ui-port': { type: 'string' },
  autostart: { type: 'boolean' },
  autoquit: { type: 'string' },
  'metrics-port': { type: 'string' },
} as const

export const LIVE_USAGE = '[--ui [--ui-port N] [--autostart] [--autoquit SECONDS]] [--metrics-port N]'

export interface LiveFlags {
  ui?: boolean
  uiPort?: number
  /** With --ui: start at once instead of waiting for Start in the page. */
  autostart?: boolean
  /** With --ui: seconds to keep serving after the run (default: until Ctrl-C). */
  autoquit?: number
  metricsPort?: number
}

/** Parses and checks the flags (exit 2 on a bad value). */
export function liveFlags(v: { ui?: boolean; 'ui-port'?: string; autostart?: boolean; autoquit?: string; 'metrics-port'?: string; iterations?: string }): LiveFlags {
  const ui = v.ui ?? false
  for (const [flag, given] of [['--ui-port', v['ui-port']], ['--autostart', v.autostart], ['--autoquit', v.autoquit]] as const) {
    if (given !== undefined && !ui) throw new LoadActionError('USAGE', `${flag}: only with --ui`)
  }
  if (ui && v.iterations !== undefined && v.iterations !== '1') throw new LoadActionError('USAGE', '--ui: runs one test; --iterations is not supported with it')
  const port = (s: string | undefined, name: string) => intOption(s, name, 0)
  const flags: LiveFlags = { ui, autostart: v.autostart ?? false }
  const uiPort = port(v['ui-port'], '--ui-port')
  const metricsPort = port(v['metrics-port'], '--metrics-port')
  const autoquit = port(v.autoquit, '--autoquit')
  if (uiPort !== undefined) flags.uiPort = uiPort
  if (metricsPort !== undefined) flags.metricsPort = metricsPort
  if (autoquit !== undefined) flags.autoquit = autoquit
  return flags
}

export class LiveSession {
  private readonly flags: LiveFlags
  private metrics: MetricsServer | null = null
  private ui: UiServer | null = null
  /** The HTML report's baseline/comparison, known once the run is judged. */
  private report: HtmlReportOptions = {}

  private constructor(flags: LiveFlags) {
    this.flags = flags
  }

  /** Opens the servers the flags ask for; null when none (nothing listens then). */
  static async open(flags: LiveFlags): Promise<LiveSession | null> {
    if (!flags.ui && flags.metricsPort === undefined) return null
    const s = new LiveSession(flags)
    if (flags.metricsPort !== undefined) {
      s.metrics = await serveMetrics(flags.metricsPort, { keepAlive: false })
      console.error(`metrics: ${s.metrics.url}`)
    }
    return s
  }

  /** One run: through the UI (waits for Start unless autostart) or directly, with metrics attached. */
  async run(scenario: Scenario, options: HandleOptions): Promise<RunResult> {
    if ((options.workers ?? 1) > 1) {
      // Live numbers and load changes come from the in-process recorder and user pool.
      console.error(`--ui/--metrics-port: running in 1 worker instead of ${options.workers} (live numbers need the in-process stats)`)
      options = { ...options, workers: 1 }
    }
    const { signal, ...rest } = options
    if (!this.flags.ui) {
      const handle = new RunHandle(scenario, options)
      this.metrics?.attach(handle)
      return handle.result
    }
    if (this.ui) throw new LoadActionError('USAGE', '--ui: runs one test; --iterations is not supported with it')
    // The servers do not hold the process open (an error elsewhere must still end it); this does, while needed.
    const hold = setInterval(() => {}, 1 << 30)
    try {
      this.ui = await serveUi({
        scenario,
        port: this.flags.uiPort ?? 8089,
        autostart: this.flags.autostart ?? false,
        run: rest,
        report: () => this.report,
        onStart: (h) => this.metrics?.attach(h),
        keepAlive: false,
      })
      console.error(`web UI: ${this.ui.url}/ ${this.flags.autostart ? '(started)' : '(press Start in the page)'}`)
      return (await this.ui.result(signal)) ?? emptyResult(scenario, true)
    } finally {
      clearInterval(hold)
    }
  }

  /**
   * After the files are written: the final numbers stay on /metrics and in the UI; the UI keeps
   * serving (downloads) until Ctrl-C or --autoquit, unless the run itself was interrupted.
   */
  async finish(result: RunResult, report: HtmlReportOptions, interrupted: boolean): Promise<void> {
    this.report = report
    this.metrics?.write(result, { scenario: undefined, files: {}, log: () => {} })
    if (this.ui && !interrupted && this.flags.autoquit !== 0) {
      console.error(`run finished; results stay at ${this.ui.url}/ ${this.flags.autoquit ? `for ${this.flags.autoquit} s` : '(Ctrl-C to quit)'}`)
      await linger(this.flags.autoquit)
    }
    await this.close()
  }

  async close(): Promise<void> {
    await Promise.all([this.ui?.close(), this.metrics?.close()])
  }
}

/** Waits for SIGINT/SIGTERM, or `seconds` when given. */
function linger(seconds: number | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off('SIGINT', done).off('SIGTERM', done)
      clearTimeout(timer)
      resolve()
    }
    // A timer also holds the process open while waiting for the signal.
    const timer = setTimeout(done, seconds === undefined ? 2 ** 31 - 1 : seconds * 1000)
    process.on('SIGINT', done).on('SIGTERM', done)
  })
}
