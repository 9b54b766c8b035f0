#!/usr/bin/env node
// Worker-thread scaling on a CPU-bound task (no network): iterations/s with 1 worker and with N.
// The task burns ~1 ms of CPU per iteration and counts itself in a custom counter, so the merged
// results give the total; near-linear scaling means N workers ≈ N × 1 worker (on N free cores).
//   node bench/workers-scaling.js [--workers 2] [--duration 5] [--users 8] [--cli dist/cli/index.js]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: { workers: { type: 'string', default: '2' }, duration: { type: 'string', default: '5' }, users: { type: 'string', default: '8' }, cli: { type: 'string', default: 'dist/cli/index.js' } },
})
const dir = mkdtempSync(join(tmpdir(), 'bench-workers-'))
const scenario = join(dir, 'cpu.ts')
writeFileSync(
  scenario,
  `export default {
  name: 'cpu-bound',
  host: 'http://192.0.2.1',
  load: { users: ${Number(values.users)}, 'spawn-rate': 1000, 'run-time': '${Number(values.duration)}s' },
  users: [{ name: 'Cpu', tasks: [(ctx: any) => {
    let x = 0
    const end = performance.now() + 1
    while (performance.now() < end) x += Math.sqrt(x + 1)
    ctx.metrics.counter('iterations', x > 0 ? 1 : 0)
  }] }],
}
`,
)

function rate(workers) {
  const json = join(dir, `w${workers}.json`)
  const r = spawnSync(process.execPath, [values.cli, 'run', scenario, '--workers', String(workers), '--json', json, '--only-summary'], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`load-action failed: ${r.stderr}`)
  const res = JSON.parse(readFileSync(json, 'utf8'))
  const n = res.metrics?.find((m) => m.name === 'iterations')?.value ?? NaN
  return n / (res.meta.endTime - res.meta.startTime)
}

const n = Number(values.workers)
const one = rate(1)
const many = rate(n)
console.log(`| workers | iterations/s | × 1 worker |\n|---|---|---|\n| 1 | ${Math.round(one)} | 1.00 |\n| ${n} | ${Math.round(many)} | ${(many / one).toFixed(2)} |`)
console.log(`${availableParallelism()} cores, ${values.users} users, ${values.duration} s, ~1 ms of CPU per iteration`)
