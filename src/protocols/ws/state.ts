/**
 * Per-run WebSocket counters shared by every user's session: open and held connections with their
 * peaks (reported as gauges), keyed by the run's metrics store so concurrent runs stay apart.
 */
import type { MetricsApi, SessionEnv } from '../../engine/types.ts'

/** Names of the ws plugin's custom metrics (in RunResult.metrics, the console and the HTML report). */
export const METRIC = {
  openPeak: 'ws.connections.open.peak',
  heldPeak: 'ws.connections.held.peak',
  dropped: 'ws.connections.dropped',
  sent: 'ws.messages.sent',
  received: 'ws.messages.received',
} as const

export class WsRunState {
  open = 0
  held = 0
  private openPeak = 0
  private heldPeak = 0
  readonly metrics: MetricsApi | undefined
  constructor(metrics: MetricsApi | undefined) {
    this.metrics = metrics
  }

  opened(): void {
    if (++this.open > this.openPeak) this.metrics?.gauge(METRIC.openPeak, (this.openPeak = this.open))
  }

  ended(): void {
    this.open--
  }

  holdStart(): void {
    if (++this.held > this.heldPeak) this.metrics?.gauge(METRIC.heldPeak, (this.heldPeak = this.held))
  }

  holdEnd(): void {
    this.held--
  }
}

const states = new WeakMap<object, WsRunState>()

export function runState(env: SessionEnv): WsRunState {
  const key = env.metrics ?? env.recorder
  let s = states.get(key)
  if (!s) states.set(key, (s = new WsRunState(env.metrics)))
  return s
}
