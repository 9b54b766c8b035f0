/**
 * `--metrics-port`: the live metrics endpoint as a reporter plugin. It serves /metrics on 127.0.0.1
 * while a run is attached (Prometheus text, or OpenMetrics when the scraper asks for it) and, as a
 * Reporter, keeps the final results for scrapes after the run.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Reporter } from '../engine/types.ts'
import type { RunResult } from '../stats/types.ts'
import { hostAllowed, listenLoopback, sendText } from '../ui/http.ts'
import { OPENMETRICS_TYPE, openMetricsText, PROMETHEUS_TYPE, type MetricsState } from './openmetrics.ts'

/** What the endpoint reads: a RunHandle fits. */
export interface LiveRun {
  readonly state: MetricsState
  readonly users: number
  live(): RunResult
}

export interface MetricsServer extends Reporter {
  /** http://127.0.0.1:PORT/metrics */
  readonly url: string
  readonly port: number
  /** Follow this run (replaces the previous one, e.g. the next --iterations run). */
  attach(run: LiveRun): void
  close(): Promise<void>
}

/** Starts the endpoint on 127.0.0.1:`port` (0: a free port); `keepAlive` false lets the process exit while it listens. */
export async function serveMetrics(port: number, opts: { keepAlive?: boolean } = {}): Promise<MetricsServer> {
  let run: LiveRun | null = null
  let final: RunResult | null = null
  let srvPort = port
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    if (!hostAllowed(req, srvPort)) return sendText(res, 421, 'unexpected Host header\n')
    const path = (req.url ?? '/').split('?')[0]
    if (path !== '/metrics') return sendText(res, 404, 'not found: the metrics are at /metrics\n')
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'GET only\n', undefined, { allow: 'GET, HEAD' })
    const openMetrics = /application\/openmetrics-text/i.test(req.headers.accept ?? '')
    let text: string
    try {
      const state: MetricsState = run?.state ?? (final ? 'done' : 'waiting')
      const result = final && (!run || run.state === 'done') ? final : (run?.live() ?? null)
      text = openMetricsText({ result, state, users: run?.users ?? 0, openMetrics })
    } catch (e) {
      return sendText(res, 500, `cannot build metrics: ${(e as Error).message}\n`)
    }
    sendText(res, 200, req.method === 'HEAD' ? '' : text, openMetrics ? OPENMETRICS_TYPE : PROMETHEUS_TYPE)
  }
  const lb = await listenLoopback(port, handler, '--metrics-port', opts.keepAlive ?? true)
  srvPort = lb.port
  return {
    name: 'metrics',
    url: `${lb.url}/metrics`,
    port: lb.port,
    attach(r) {
      run = r
      final = null
    },
    write(result) {
      final = result
    },
    close: () => lb.close(),
  }
}

/** The reporter plugin form (`reporters: [await metricsReporter(9464)]` in code, `--metrics-port` on the CLI). */
export const metricsReporter = serveMetrics
