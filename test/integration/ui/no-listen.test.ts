/**
 * "Without --ui nothing listens": the CLI's listening TCP sockets are read from /proc while it runs
 * (its socket inodes matched against the kernel's LISTEN table). A run with --metrics-port is the
 * control that shows the probe sees a listener when there is one.
 */
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync, readlinkSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCli } from '../../helpers/cli-process.ts'
import { startHttpTarget } from '../../helpers/servers.ts'

const dir = mkdtempSync(join(tmpdir(), 'load-action-nolisten-'))
after(() => rmSync(dir, { recursive: true, force: true }))

/** Ports the process listens on (TCP over IPv4 and IPv6). */
function listeningPorts(pid: number): number[] {
  const inodes = new Set<string>()
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))
      if (m) inodes.add(m[1] as string)
    } catch {
      // The fd closed between readdir and readlink.
    }
  }
  const ports: number[] = []
  for (const table of ['tcp', 'tcp6']) {
    for (const line of readFileSync(`/proc/${pid}/net/${table}`, 'utf8').split('\n').slice(1)) {
      const f = line.trim().split(/\s+/)
      if (f[3] === '0A' && inodes.has(f[9] ?? '')) ports.push(parseInt((f[1] ?? '').split(':')[1] ?? '0', 16))
    }
  }
  return ports
}

async function portsDuringRun(extra: string[], target: string): Promise<number[]> {
  const scenario = join(dir, 's.yml')
  writeFileSync(scenario, 'name: quiet\nload: { users: 2, run-time: 2s }\nusers:\n  - wait: { constant: 0.05 }\n    tasks:\n      - request: { method: GET, path: /x }\n')
  const cli = startCli(['run', scenario, '--host', target, '--only-summary', ...extra])
  const seen = new Set<number>()
  const pid = cli.child.pid as number
  while (cli.child.exitCode === null) {
    try {
      for (const p of listeningPorts(pid)) seen.add(p)
    } catch {
      // The process ended while being read.
    }
    await new Promise((r) => setTimeout(r, 50))
  }
  assert.equal(await cli.exited, 0, cli.stderr())
  assert.match(cli.stdout(), /GET\s+\/x/)
  return [...seen]
}

test('a plain run opens no listening socket; --metrics-port opens exactly its own', { skip: process.platform !== 'linux' && 'reads /proc (Linux)' }, async () => {
  const target = await startHttpTarget({ '/x': { body: 'x' } })
  try {
    assert.deepEqual(await portsDuringRun([], target.url), [])
    const withMetrics = await portsDuringRun(['--metrics-port', '0'], target.url)
    assert.equal(withMetrics.length, 1, `listening: ${withMetrics.join(', ')}`)
  } finally {
    await target.close()
  }
})
