#!/usr/bin/env node
// Peak RSS of the load-action CLI for a short and a long run at the same load against nginx (or the
// Node delay server with 0 ms when nginx is missing), loopback only. Memory must stay flat: the
// recorder keeps no per-sample data, so the long run may only add its per-second history.
//   node bench/memory.js [--short 10] [--long 120] [--users 50] [--cli dist/cli/index.js]
// Prints both peaks (VmHWM from /proc, sampled until exit) and the growth; target < 10 %.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { startDelayServer, startNginx } from './targets.js'

const { values } = parseArgs({
  options: { short: { type: 'string', default: '10' }, long: { type: 'string', default: '120' }, users: { type: 'string', default: '50' }, cli: { type: 'string', default: 'dist/cli/index.js' } },
})

/** Runs the CLI for `seconds`; resolves with the peak RSS in MiB and the request count. */
function measure(url, seconds) {
  return new Promise((resolve, reject) => {
    const args = [values.cli, 'run', 'bench/scenario.yml', '--host', url, '-u', values.users, '-r', '10000', '-t', `${seconds}s`, '--only-summary']
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] })
    let peak = 0
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    const poll = setInterval(() => {
      try {
        const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1])
        if (kb > peak) peak = kb
      } catch {
        // exited between polls
      }
    }, 200)
    child.on('error', reject)
    child.on('close', (code) => {
      clearInterval(poll)
      if (code !== 0) return reject(new Error(`load-action exited with ${code}`))
      const requests = Number(/Aggregated\s+(\d+)/.exec(out)?.[1] ?? NaN)
      resolve({ mib: peak / 1024, requests })
    })
  })
}

const nginx = await startNginx()
const delay = nginx ? null : await startDelayServer(0)
const url = nginx?.url ?? delay.url
try {
  const short = await measure(url, Number(values.short))
  console.error(`${values.short} s: peak RSS ${short.mib.toFixed(1)} MiB, ${short.requests} requests`)
  const long = await measure(url, Number(values.long))
  console.error(`${values.long} s: peak RSS ${long.mib.toFixed(1)} MiB, ${long.requests} requests`)
  const growth = (long.mib / short.mib - 1) * 100
  console.log(`| run | peak RSS | requests |\n|---|---|---|\n| ${values.short} s | ${short.mib.toFixed(1)} MiB | ${short.requests} |\n| ${values.long} s | ${long.mib.toFixed(1)} MiB | ${long.requests} |`)
  console.log(`growth ${growth >= 0 ? '+' : ''}${growth.toFixed(1)} % (target < 10 %), target: ${nginx ? 'nginx' : 'Node delay server 0 ms'}, ${values.users} users`)
} finally {
  nginx?.close()
  delay?.close()
}
