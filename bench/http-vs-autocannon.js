#!/usr/bin/env node
// load-action vs autocannon (and wrk when installed), alternately in one run, against the same
// loopback targets: nginx for throughput and CPU cost, a Node server that answers after 20 ms for
// latency error (client p99 minus the server's own p99). Targets on CPU 0, tools on CPU 1.
//   node bench/http-vs-autocannon.js [--rounds 3] [--duration 10] [--connections 50] [--cli dist/cli/index.js]
// (--cli points at another build of the CLI, e.g. one made with ncc into /tmp, so dist/ stays untouched)
// Prints requests/s, CPU-seconds per 100k requests and p99 error per tool, and the ratios.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import hdr from 'hdr-histogram-js'
import { pinned, startDelayServer, startNginx } from './targets.js'

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' }, duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '50' }, cli: { type: 'string', default: 'dist/cli/index.js' } } })
const rounds = Number(values.rounds)
const seconds = Number(values.duration)
const conns = Number(values.connections)
const tmp = mkdtempSync(join(tmpdir(), 'bench-'))
const node = process.execPath

/** Runs a command pinned to CPU 1 under bash's `time`; returns stdout and user+sys CPU seconds. */
function timed(cmd, args) {
  const [c, a] = pinned(1, cmd, args)
  const quoted = [c, ...a].map((s) => `'${String(s).replace(/'/g, `'\\''`)}'`).join(' ')
  const r = spawnSync('bash', ['-c', `TIMEFORMAT='%U %S'; { time ${quoted} > ${tmp}/out 2>${tmp}/err ; } 2> ${tmp}/time`])
  if (r.status !== 0) throw new Error(`${cmd} failed: ${readFileSync(`${tmp}/err`, 'utf8')}`)
  const [u, s] = readFileSync(`${tmp}/time`, 'utf8').trim().split(/\s+/).map(Number)
  return { out: readFileSync(`${tmp}/out`, 'utf8'), cpu: u + s }
}

const tools = {
  'load-action': (url) => {
    const json = join(tmp, 'la.json')
    const { cpu } = timed(node, [values.cli, 'run', 'bench/scenario.yml', '--host', url, '-u', conns, '-r', 10000, '-t', `${seconds}s`, '--json', json, '--only-summary'])
    const r = JSON.parse(readFileSync(json, 'utf8'))
    const h = hdr.decodeFromCompressedBase64(r.total.histogram, 32, false)
    return { requests: r.total.numRequests, rps: r.total.numRequests / (r.meta.endTime - r.meta.startTime), cpu, p99: h.getValueAtPercentile(99) / 1000 }
  },
  autocannon: (url) => {
    const { out, cpu } = timed(node, ['node_modules/autocannon/autocannon.js', '-c', conns, '-d', seconds, '--json', url])
    const r = JSON.parse(out)
    return { requests: r.requests.total, rps: r.requests.total / seconds, cpu, p99: r.latency.p99 }
  },
}
if (spawnSync('wrk', ['--version']).error === undefined) {
  tools.wrk = (url) => {
    const { out, cpu } = timed('wrk', ['-t1', `-c${conns}`, `-d${seconds}s`, '--latency', url])
    const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1])
    const m = /99%\s+([\d.]+)(us|ms|s)/.exec(out)
    const p99 = m ? Number(m[1]) * { us: 0.001, ms: 1, s: 1000 }[m[2]] : NaN
    return { requests: rps * seconds, rps, cpu, p99 }
  }
}

const nginx = await startNginx()
const delay = await startDelayServer(20)
const acc = Object.fromEntries(Object.keys(tools).map((t) => [t, { rps: [], cpu100k: [], p99err: [] }]))
try {
  for (let round = 1; round <= rounds; round++) {
    for (const [name, fn] of Object.entries(tools)) {
      if (nginx) {
        const r = fn(nginx.url)
        acc[name].rps.push(r.rps)
        acc[name].cpu100k.push((r.cpu / r.requests) * 1e5)
      }
      await delay.reset()
      const d = fn(delay.url)
      const server = await delay.p99()
      acc[name].p99err.push(d.p99 - server.p99)
      console.error(`round ${round} ${name}: ${nginx ? `${Math.round(acc[name].rps.at(-1))} rps, ${acc[name].cpu100k.at(-1).toFixed(2)} CPU-s/100k, ` : ''}p99 error ${acc[name].p99err.at(-1).toFixed(2)} ms`)
    }
  }
} finally {
  nginx?.close()
  delay.close()
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN
const row = (name) => ({ rps: median(acc[name].rps), cpu: median(acc[name].cpu100k), err: median(acc[name].p99err) })
const base = row('autocannon')
console.log(`\n${rounds} rounds × ${seconds} s, ${conns} connections, medians${nginx ? '' : ' (nginx not installed: no throughput figures)'}`)
console.log('| tool | requests/s | × autocannon | CPU-s per 100k req | p99 error vs server (20 ms) |')
console.log('|---|---|---|---|---|')
for (const name of Object.keys(tools)) {
  const r = row(name)
  console.log(`| ${name} | ${Math.round(r.rps)} | ${(r.rps / base.rps).toFixed(2)} | ${r.cpu.toFixed(2)} | ${r.err >= 0 ? '+' : ''}${r.err.toFixed(2)} ms |`)
}
