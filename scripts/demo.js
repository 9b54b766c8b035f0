#!/usr/bin/env node
// `npm run demo`: starts the built-in demo target, runs examples/demo.yml against it with the
// committed CLI bundle, writes CSVs, results JSON and the HTML report under out/, compares with the
// committed baseline and prints the summary. Extra arguments go to `load-action run`.
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

const cli = new URL('../bin/load-action.js', import.meta.url).pathname
const target = spawn(process.execPath, [cli, 'serve-demo'], { stdio: ['ignore', 'pipe', 'inherit'] })
const url = await new Promise((resolve, reject) => {
  target.once('exit', (code) => reject(new Error(`demo target exited (${code})`)))
  createInterface({ input: target.stdout }).on('line', (line) => {
    const m = /listening on (\S+)/.exec(line)
    if (m) resolve(m[1])
  })
})
const args = ['run', 'examples/demo.yml', '--host', url, '--csv', 'out/demo', '--json', 'out/demo.json', '--html', 'out/demo-report.html', '--baseline', 'baselines/demo/stats.csv', '--thresholds', 'examples/demo-thresholds.yml', ...process.argv.slice(2)]
console.error(`$ load-action ${args.join(' ')}`)
const run = spawn(process.execPath, [cli, ...args], { stdio: 'inherit' })
const code = await new Promise((resolve) => run.once('exit', (c, s) => resolve(c ?? (s === 'SIGINT' ? 130 : 1))))
target.kill('SIGTERM')
if (code === 0 || code === 1) console.error('\nwrote out/demo_stats.csv, out/demo_stats_history.csv, out/demo_failures.csv, out/demo_exceptions.csv, out/demo.json, out/demo-report.html')
process.exit(code)
