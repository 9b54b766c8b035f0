#!/usr/bin/env node
// Bounded loopback soak: the engine (in this process) against the demo target (in a child process,
// so its memory is not counted here) for N minutes. Prints requests/s and this process's RSS and heap
// every minute, then the drift between the first and the last minute. Loopback only.
//   node bench/soak.js [--minutes 10] [--users 20]
// A leak shows as RSS/heap growing minute after minute; a slowdown as rps falling. Run with
// `node --expose-gc bench/soak.js` to read the heap after a full GC (steadier figures).
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { loadScenario, run } from '../src/engine/index.ts'

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '10' }, users: { type: 'string', default: '20' } } })
const minutes = Number(values.minutes)
const users = Number(values.users)
if (!(minutes > 0 && minutes <= 120) || !(users > 0 && users <= 500)) {
  console.error('usage: node bench/soak.js [--minutes 1..120] [--users 1..500]')
  process.exit(2)
}

// The demo target in its own process; it prints its URL on the first line.
const target = spawn(process.execPath, ['src/cli/main.ts', 'serve-demo', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] })
const url = await new Promise((resolve, reject) => {
  let out = ''
  target.stdout.on('data', (c) => {
    out += c
    const m = /listening on (\S+)/.exec(out)
    if (m) resolve(m[1])
  })
  target.once('exit', (code) => reject(new Error(`demo target exited with ${code}`)))
})

// A mix of the demo's routes: reads, writes, a cookie flow and an endpoint that fails ~2 %.
const dir = mkdtempSync(join(tmpdir(), 'soak-'))
const file = join(dir, 'soak.yml')
writeFileSync(file, `name: soak
host: ${url}
load: { users: ${users}, spawn-rate: ${users}, run-time: ${minutes}m }
users:
  - name: Shopper
    wait: { between: [0, 0.01] }
    tasks:
      - { name: /health, weight: 4, request: { path: /health } }
      - { name: /items, weight: 3, request: { path: /items } }
      - { name: '/item?id=[id]', weight: 3, request: { path: '/item?id=3' } }
      - { name: create item, weight: 1, request: { method: POST, path: /items, json: { name: soak } }, expect: { status: [201] } }
      - { name: /flaky, weight: 1, request: { path: /flaky } }
      - name: login and cart
        weight: 1
        steps:
          - request: { method: POST, path: /login, name: /login }
          - request: { path: /cart, name: /cart }
`)

const scenario = await loadScenario(file, {})
const perMinute = []
let minuteStart = { t: 0, requests: 0, failures: 0 }
const mb = (n) => (n / 1048576).toFixed(1)
console.log(`soak: ${users} users, ${minutes} min against the demo target at ${url}`)
console.log('| minute | requests/s | failures/s | RSS MiB | heap used MiB | buffers MiB |')
console.log('|---|---|---|---|---|---|')
// Memory is sampled during the run (the last sample closes the last minute): after run() returns,
// building the results model would be counted as if the run had grown.
let lastMem = process.memoryUsage()
function sampleMemory() {
  globalThis.gc?.()
  lastMem = process.memoryUsage()
}
function minuteRow(elapsed, requests, failures) {
  const secs = elapsed - minuteStart.t
  const mem = lastMem
  const row = { minute: perMinute.length + 1, rps: (requests - minuteStart.requests) / secs, fps: (failures - minuteStart.failures) / secs, rss: mem.rss, heap: mem.heapUsed, buffers: mem.arrayBuffers }
  perMinute.push(row)
  console.log(`| ${row.minute} | ${row.rps.toFixed(0)} | ${row.fps.toFixed(1)} | ${mb(row.rss)} | ${mb(row.heap)} | ${mb(row.buffers)} |`)
  minuteStart = { t: elapsed, requests, failures }
}
const result = await run(scenario, {
  onProgress: (p) => {
    // Sample in the last seconds of each minute (a GC each second would slow the run down).
    if (p.elapsed - minuteStart.t >= 57) sampleMemory()
    if (p.elapsed - minuteStart.t >= 60) minuteRow(p.elapsed, p.requests, p.failures)
  },
})
target.kill('SIGTERM')

const t = result.total
const secs = result.meta.endTime - result.meta.startTime
// The run ends on the minute, usually just before the last progress tick: close the last minute here.
if (secs - minuteStart.t >= 30) minuteRow(secs, t.numRequests, t.numFailures)
console.log(`\ntotal: ${t.numRequests} requests, ${t.numFailures} failures in ${secs.toFixed(0)} s (${(t.numRequests / secs).toFixed(0)} rps), ${result.exceptions.length} exceptions`)
if (perMinute.length >= 2) {
  const first = perMinute[0]
  const last = perMinute.at(-1)
  const pct = (a, b) => `${(((b - a) / a) * 100).toFixed(1)} %`
  console.log(`drift first → last minute: rps ${first.rps.toFixed(0)} → ${last.rps.toFixed(0)} (${pct(first.rps, last.rps)}), RSS ${mb(first.rss)} → ${mb(last.rss)} MiB (${pct(first.rss, last.rss)}), heap ${mb(first.heap)} → ${mb(last.heap)} MiB (${pct(first.heap, last.heap)})`)
}
