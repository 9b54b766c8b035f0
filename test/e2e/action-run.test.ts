/**
 * The built action in mode run: a 2 s load test against a local target on 127.0.0.1, then a
 * baseline update, a tight-threshold failure, and a cancellation that still reports what was measured.
 */
import { before, test } from 'node:test'
import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { startApiStandin, startArtifactStandin } from '../helpers/github-standins.ts'
import { ensureBuilt, makeWorkspace, runAction } from './harness.ts'

before(ensureBuilt)

async function target(t: import('node:test').TestContext) {
  const server = createServer((req, res) => {
    res.writeHead(req.url === '/missing' ? 404 : 200, { 'content-type': 'text/plain' })
    res.end('ok')
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  t.after(
    () =>
      new Promise<void>((r) => {
        server.close(() => r())
        server.closeAllConnections()
      }),
  )
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

function scenario(ws: string, host: string, runTime: string) {
  const file = join(ws, 'scenario.yml')
  writeFileSync(
    file,
    `name: local-api
host: ${host}
load: { users: 2, spawn-rate: 2, run-time: ${runTime} }
users:
  - name: U
    weight: 1
    wait: { constant: 0.02 }
    tasks:
      - name: /health
        weight: 3
        request: { method: GET, path: /health, headers: { authorization: Bearer sekrit-header-value } }
      - name: /missing
        weight: 1
        request: { method: GET, path: /missing }
`,
  )
  return 'scenario.yml'
}

test('run mode: measures, writes every report, uploads, updates the baseline; tight thresholds then fail', async (t) => {
  const host = await target(t)
  const api = await startApiStandin()
  const artifacts = await startArtifactStandin()
  t.after(() => Promise.all([api.close(), artifacts.close()]))
  const ws = makeWorkspace('other')
  const file = scenario(ws, host, '2s')
  const first = await runAction({ api, artifacts, workspace: ws, event: 'push', inputs: { scenario: file, 'update-baseline': 'true' } })
  assert.equal(first.code, 0, first.stdout + first.stderr)
  assert.equal(first.outputs.verdict, 'warn') // no baseline yet: a warning, not a failure
  assert.ok(first.warnings.some((w) => /No baseline at baselines\/local-api\/stats.csv/.test(w)))
  const results = JSON.parse(readFileSync(first.outputs['results-json']!, 'utf8'))
  assert.equal(results.meta.scenario, 'local-api')
  assert.ok(results.total.numRequests > 10)
  assert.ok(results.failures.some((f: { name: string }) => f.name === '/missing'))
  for (const s of ['stats', 'stats_history', 'failures', 'exceptions']) assert.ok(existsSync(`${first.outputs['csv-prefix']}_${s}.csv`), s)
  const report = first.outputs['report-path']!
  const html = artifacts.artifacts.find((a) => a.name === basename(report))!
  assert.ok(html.bytes.equals(readFileSync(report)))
  assert.ok(existsSync(join(ws, 'baselines', 'local-api', 'stats.csv')))
  // Header values that look secret are masked.
  assert.ok(first.stdout.includes('::add-mask::Bearer sekrit-header-value'))

  writeFileSync(join(ws, 'tight.yml'), 'slo:\n  Aggregated:\n    p95: 0.001ms\n')
  const second = await runAction({ api, artifacts, workspace: ws, event: 'push', inputs: { scenario: file, thresholds: 'tight.yml' } })
  assert.equal(second.code, 1, second.stdout)
  assert.equal(second.outputs.verdict, 'fail')
  assert.ok(!second.warnings.some((w) => /No baseline/.test(w)))
})

test('cancellation (SIGINT) still writes and reports what was measured', async (t) => {
  const host = await target(t)
  const api = await startApiStandin()
  const artifacts = await startArtifactStandin()
  t.after(() => Promise.all([api.close(), artifacts.close()]))
  const ws = makeWorkspace('other')
  const file = scenario(ws, host, '60s')
  const started = Date.now()
  const r = await runAction({
    api,
    artifacts,
    workspace: ws,
    event: 'push',
    inputs: { scenario: file },
    // As the runner does on cancel, once the load test is under way (not while the bundle loads).
    onSpawn: (child) =>
      child.stdout?.on('data', (d: Buffer) => {
        if (d.toString().includes('Running local-api')) setTimeout(() => child.kill('SIGINT'), 1500)
      }),
  })
  assert.ok(Date.now() - started < 30_000)
  assert.equal(r.code, 0, r.stdout + r.stderr)
  const results = JSON.parse(readFileSync(r.outputs['results-json']!, 'utf8'))
  assert.ok(results.total.numRequests > 0)
  assert.match(r.summary, /stopped early/)
})

test('shards run as matrix legs, merge exactly, and the workflow_run half reports to the PR', async (t) => {
  const host = await target(t)
  const api = await startApiStandin()
  const artifacts = await startArtifactStandin()
  t.after(() => Promise.all([api.close(), artifacts.close()]))
  const ws = makeWorkspace('other')
  const file = scenario(ws, host, '1s')
  const legs = await Promise.all(
    ['1/2', '2/2'].map((shard) => runAction({ api, artifacts, workspace: ws, event: 'push', inputs: { scenario: file, shard, comment: 'never' } })),
  )
  for (const leg of legs) assert.equal(leg.code, 0, leg.stdout + leg.stderr)
  // Distinct artifact names per leg: no 409 and no renaming.
  const names = artifacts.artifacts.map((a) => a.name).sort()
  assert.deepEqual(names, [
    'load-report-local-api-shard-1-of-2',
    'load-report-local-api-shard-1-of-2.html',
    'load-report-local-api-shard-2-of-2',
    'load-report-local-api-shard-2-of-2.html',
  ])
  const shards = legs.map((l) => JSON.parse(readFileSync(l.outputs['results-json']!, 'utf8')))
  const merged = await runAction({ api, artifacts, workspace: ws, event: 'push', inputs: { mode: 'merge', current: legs.map((l) => l.outputs['results-json']).join('\n') } })
  assert.equal(merged.code, 0, merged.stdout + merged.stderr)
  const m = JSON.parse(readFileSync(merged.outputs['results-json']!, 'utf8'))
  assert.equal(m.total.numRequests, shards[0].total.numRequests + shards[1].total.numRequests)

  // The fork-safe pattern's second half: report downloaded results on the PR named by pr-number.
  const reported = await runAction({ api, artifacts, workspace: ws, event: 'workflow_run', inputs: { mode: 'report', current: merged.outputs['results-json']!, 'pr-number': '7' } })
  assert.equal(reported.code, 0, reported.stdout)
  assert.equal(api.comments.length, 1)
  assert.equal(api.comments[0]!.issue, 7)
  assert.ok(api.comments[0]!.body.includes('<!-- load-action:local-api -->'))
})
