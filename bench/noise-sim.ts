/**
 * Noise simulation for the compare gate: how often does it fail a change that did nothing (A/A),
 * and how often does it catch a real +15 % latency shift, at the default thresholds?
 *
 * Each simulated run records synthetic response times through the real StatsRecorder (HDR
 * histograms, Locust-exact summary rows) and is judged by the real compareRepeated(). A run's
 * latencies are log-normal (two endpoints) times a run-wide jitter factor uniform in [0.9, 1.1]:
 * the ±10 % drift between CI machines and runs. Traffic is an open model (constant arrival rate),
 * so throughput does not follow latency. Deterministic for a given --seed.
 *
 *   node bench/noise-sim.ts [--trials 200] [--requests 2000] [--seed 42] [--jitter 0.1]
 */
import { parseArgs } from 'node:util'
import { StatsRecorder } from '../src/stats/recorder.ts'
import { compareRepeated } from '../src/compare/index.ts'
import { seeded, type Rng } from '../src/compare/bootstrap.ts'
import type { Comparison } from '../src/compare/types.ts'
import type { RunResult } from '../src/stats/types.ts'

const { values } = parseArgs({
  options: { trials: { type: 'string', default: '200' }, requests: { type: 'string', default: '2000' }, seed: { type: 'string', default: '42' }, jitter: { type: 'string', default: '0.1' } },
})
const TRIALS = Number(values.trials)
const REQUESTS = Number(values.requests)
const RPS = 100
const JITTER = Number(values.jitter)
const ENDPOINTS = [
  { name: '/api/items', share: 0.7, medianMs: 40, sigma: 0.5 },
  { name: '/api/search', share: 0.3, medianMs: 120, sigma: 0.6 },
]

function gaussian(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(Math.max(rng(), 1e-12))) * Math.cos(2 * Math.PI * rng())
}

/** One run: REQUESTS requests at RPS, latencies log-normal × jitter × shift. */
function simulateRun(rng: Rng, shift: number): RunResult {
  let t = 1_700_000_000_000
  const rec = new StatsRecorder({ now: () => t })
  const jitter = 1 + (rng() * 2 - 1) * JITTER
  for (let i = 0; i < REQUESTS; i++) {
    t += -Math.log(Math.max(rng(), 1e-12)) * (1000 / RPS) // Poisson arrivals
    const e = rng() < (ENDPOINTS[0]?.share ?? 1) ? ENDPOINTS[0]! : ENDPOINTS[1]!
    const ms = e.medianMs * Math.exp(e.sigma * gaussian(rng)) * jitter * shift
    rec.request('GET', e.name, ms, 512, null)
  }
  return rec.result({ scenario: 'sim', host: 'http://sim', users: 10, spawnRate: 10, runTime: null, startTime: 0, endTime: t / 1000, tool: 'noise-sim', version: '1' })
}

interface Tally {
  fail: number
  p95Fail: number
  failHigh: number
}

function tally(c: Comparison, t: Tally): void {
  if (c.verdict !== 'fail') return
  t.fail++
  if (c.rows.some((r) => r.findings.some((f) => f.metric === 'p95' && f.status === 'fail'))) t.p95Fail++
  if (c.confidence?.level === 'high') t.failHigh++
}

const rng = seeded(Number(values.seed))
const pct = (n: number) => `${((n / TRIALS) * 100).toFixed(1).padStart(5)} %`
const rows: string[][] = []
const started = performance.now()
for (const n of [1, 3, 5]) {
  const aa: Tally = { fail: 0, p95Fail: 0, failHigh: 0 }
  const shifted: Tally = { fail: 0, p95Fail: 0, failHigh: 0 }
  for (let i = 0; i < TRIALS; i++) {
    const base = Array.from({ length: n }, () => simulateRun(rng, 1))
    const same = Array.from({ length: n }, () => simulateRun(rng, 1))
    const slower = Array.from({ length: n }, () => simulateRun(rng, 1.15))
    tally(compareRepeated(base, same, undefined, { resamples: 400, seed: i }), aa)
    tally(compareRepeated(base, slower, undefined, { resamples: 400, seed: i }), shifted)
  }
  rows.push([`N=${n}`, pct(aa.fail), pct(aa.failHigh), pct(shifted.fail), pct(shifted.p95Fail), pct(shifted.failHigh)])
}
const head = ['runs', 'A/A false fail', '…with high confidence', '+15 % detected', '…by the p95 rule', '…with high confidence']
const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
const line = (r: string[]) => r.map((c, i) => c.padStart(width[i] ?? 0)).join('  ')
console.log(`noise-sim: ${TRIALS} trials per cell, ${REQUESTS} requests per run, ±${JITTER * 100} % run jitter, default thresholds, seed ${values.seed}`)
console.log(line(head))
for (const r of rows) console.log(line(r))
console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`)
