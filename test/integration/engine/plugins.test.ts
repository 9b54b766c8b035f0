import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadScenario, run } from '../../../src/engine/index.ts'
import * as api from '../../../src/api/index.ts'
import { validateScenario } from '../../../src/config/validate.ts'
import { writeOutputs } from '../../../src/pipeline/outputs.ts'
import { formatSummary } from '../../../src/report/console.ts'
import { builtinReporters } from '../../../src/report/index.ts'
import type { ProtocolPlugin, Reporter, RequestEvent } from '../../../src/engine/types.ts'
import type { RunResult } from '../../../src/stats/types.ts'
import { startHttpTarget, type HttpTarget } from '../../helpers/servers.ts'

const dir = mkdtempSync(join(tmpdir(), 'plugins-test-'))
const targets: HttpTarget[] = []
after(() => Promise.all(targets.map((t) => t.close())))

async function routeTarget(): Promise<HttpTarget> {
  const t = await startHttpTarget({
    '/route': (r) => {
      const id = Number(r.query.get('id'))
      return { body: { ok: id !== 5, backend: id % 3 === 0 ? 99 : id % 3 } }
    },
    '/x': { body: 'x' },
  })
  targets.push(t)
  return t
}

test('custom metrics from a TS scenario (counter + rate) reach results JSON, the HTML report and the console; check fails requests; request events', async () => {
  const t = await routeTarget()
  const mod = await import('../../fixtures/scenarios/custom-metrics.ts')
  const scenario = await loadScenario('test/fixtures/scenarios/custom-metrics.ts', { host: t.url })
  const result = await run(scenario)
  const json = join(dir, 'r.json')
  const html = join(dir, 'r.html')
  await writeOutputs(result, { json, html, csv: join(dir, 'r') })

  const saved = JSON.parse(readFileSync(json, 'utf8')) as RunResult
  const asked = saved.metrics?.find((m) => m.name === 'routes asked')
  const accuracy = saved.metrics?.find((m) => m.name === 'routing accuracy')
  const route = saved.entries.find((e) => e.name === '/route')!
  assert.ok(route.numRequests >= 4, `${route.numRequests} requests`)
  assert.deepEqual(asked && { kind: asked.kind, value: asked.value }, { kind: 'counter', value: route.numRequests })
  // The target's log says which answers were right: ids not divisible by 3.
  const ids = t.requests.filter((r) => r.path === '/route').map((r) => Number(r.query.get('id')))
  assert.equal(ids.length, route.numRequests)
  const right = ids.filter((id) => id % 3 !== 0).length
  assert.equal(accuracy?.kind, 'rate')
  assert.equal(accuracy?.count, route.numRequests)
  assert.equal(accuracy?.passes, right)
  assert.equal(accuracy?.value, right / route.numRequests)

  // The check callback turned the "ok": false answers (id 5, one per user) into failures.
  assert.deepEqual(saved.failures.map((f) => [f.name, f.error]), [['/route', "CatchResponseError('not ok')"]])
  assert.equal(route.numFailures, ids.filter((id) => id === 5).length)

  // Locust's CSVs stay Locust's: no custom-metrics file next to them.
  assert.throws(() => readFileSync(join(dir, 'r_custom_metrics.csv')))
  const page = readFileSync(html, 'utf8')
  assert.match(page, /<h2>Custom metrics<\/h2>/)
  assert.match(page, /routing accuracy/)
  assert.match(formatSummary(result), /^routing accuracy\s+rate\s+\d+\.\d\d% \(\d+\/\d+\)/m)

  // events.on('request', fn) saw every request, with Locust's fields.
  const seen = mod.seen as RequestEvent[]
  assert.equal(seen.length, result.total.numRequests)
  assert.deepEqual(Object.keys(seen[0]!).sort(), ['contentLength', 'error', 'name', 'responseTime', 'type'])
  assert.equal(seen.filter((e) => e.error !== null).length, result.total.numFailures)
})

test('event hooks: testStart, request and testStop in order; a throwing listener is an exception, not a crash', async () => {
  const t = await routeTarget()
  const order: string[] = []
  const scenario = validateScenario(
    {
      name: 'events',
      host: t.url,
      load: { users: 1, spawnRate: 1, runTime: 0.3 },
      events: {
        testStart: [() => void order.push('start')],
        request: (e: RequestEvent) => {
          if (!order.includes('request')) order.push('request')
          if (e.name === '/x') throw new Error('listener broke')
        },
        testStop: (r: RunResult) => void order.push(`stop ${r.total.numRequests > 0}`),
      },
      hooks: { testStop: () => void order.push('hook stop') },
      users: [{ wait: { constant: 0.1 }, tasks: [{ request: { path: '/x' } }] }],
    },
    { file: 'events.ts' },
  )
  const result = await run(scenario)
  assert.deepEqual(order, ['start', 'request', 'hook stop', 'stop true'])
  assert.equal(result.exceptions[0]?.msg, 'listener broke')
  assert.equal(result.exceptions[0]?.count, result.total.numRequests)
  assert.equal(result.total.numFailures, 0)
})

/** A user protocol plugin: `- echo: { say: text }` steps and ctx.client('echo'); rows of Type ECHO. */
const echo: ProtocolPlugin = {
  name: 'echo',
  parseStep(raw, issues) {
    const say = (raw as { say?: unknown })?.say
    if (typeof say !== 'string') return issues.expected(['say'], 'a string', say)
    return { say: say.toUpperCase() }
  },
  createSession(env) {
    const client = { shout: (s: string) => env.recorder.request('ECHO', s, 1, s.length, s === 'FAIL' ? "EchoError('no')" : null) }
    return {
      client,
      async run(step) {
        const { say } = (step as { spec: { say: string } }).spec
        client.shout(say)
        return say !== 'FAIL'
      },
      async close() {},
    }
  },
}

test('a user protocol plugin through the public API: YAML steps parsed by it, its client in code, rows of its Type', async () => {
  const file = join(dir, 'echo.yml')
  writeFileSync(file, `name: echo
host: http://127.0.0.1:9
load: { users: 1, spawn-rate: 1, run-time: 0.3s }
users:
  - wait: { constant: 0.1 }
    tasks:
      - steps:
          - echo: { say: hi }
          - echo: { say: fail }
          - echo: { say: never }
`)
  const result = await api.run(file, { protocols: [echo] })
  const rows = Object.fromEntries(result.entries.map((e) => [`${e.type} ${e.name}`, e.numFailures === e.numRequests ? 'failed' : 'ok']))
  // A failed plugin step ends the iteration: NEVER is not reached.
  assert.deepEqual(rows, { 'ECHO FAIL': 'failed', 'ECHO HI': 'ok' })
  assert.equal(result.failures[0]?.error, "EchoError('no')")

  // From a code scenario's own `protocols`, with ctx.client(name).
  const scenario = validateScenario(
    {
      name: 'echo-code',
      host: 'http://127.0.0.1:9',
      load: { users: 1, spawnRate: 1, runTime: 0.2 },
      protocols: [echo],
      users: [{ wait: { constant: 0.1 }, tasks: [(ctx: { client<T>(n: string): T }) => ctx.client<{ shout(s: string): void }>('echo').shout('code')] }],
    },
    { file: 'echo.ts' },
  )
  const r2 = await run(scenario)
  assert.deepEqual(r2.entries.map((e) => `${e.type} ${e.name}`), ['ECHO code'])

  // The plugin's parseStep issues carry file:line like every config issue.
  writeFileSync(file, readFileSync(file, 'utf8').replace('say: never', 'say: 3'))
  await assert.rejects(api.run(file, { protocols: [echo] }), /echo\.yml:10: users\[0\]\.tasks\[0\]\.steps\[2\]\.echo\.say: expected a string, got 3/)
})

test('reporters: built-ins by name, user reporters run after the files with their paths; a failing one is logged, not fatal', async () => {
  assert.deepEqual([...builtinReporters.keys()], ['csv', 'json', 'html', 'console', 'markdown'])
  const t = await routeTarget()
  const result = await run(validateScenario({ name: 'rep', host: t.url, load: { users: 1, runTime: 0.2 }, users: [{ tasks: [{ request: { path: '/x' } }] }] }, { file: 'rep.ts' }))
  const calls: string[] = []
  const logs: string[] = []
  const mine: Reporter = { name: 'mine', write: (r, ctx) => void calls.push(`${r.meta.scenario} ${ctx.files.json} ${readFileSync(ctx.files.json!, 'utf8').length > 0}`) }
  const broken: Reporter = { name: 'broken', write: () => Promise.reject(new Error('disk full')) }
  const json = join(dir, 'rep.json')
  await writeOutputs(result, { json, reporters: [broken, mine, builtinReporters.get('markdown')!], log: (l) => logs.push(l) })
  assert.deepEqual(calls, [`rep ${json} true`])
  assert.equal(logs[0], 'reporter broken failed: disk full')
  assert.match(logs[1] ?? '', /\/x/)
})

test('custom metrics: a name used with two kinds is reported as an exception; trends keep average and max', async () => {
  const scenario = validateScenario(
    {
      name: 'kinds',
      host: 'http://127.0.0.1:9',
      load: { users: 1, runTime: 0.2 },
      users: [
        {
          wait: { constant: 1 },
          tasks: [
            (ctx: { metrics: { trend(n: string, v: number): void; counter(n: string): void; gauge(n: string, v: number): void } }) => {
              ctx.metrics.trend('size', 2)
              ctx.metrics.trend('size', 4)
              ctx.metrics.counter('size')
              ctx.metrics.gauge('queue', 7)
              ctx.metrics.gauge('queue', 3)
            },
          ],
        },
      ],
    },
    { file: 'kinds.ts' },
  )
  const r = await run(scenario)
  const size = r.metrics?.find((m) => m.name === 'size')
  assert.deepEqual([size?.kind, size?.value, size?.max, size?.count], ['trend', 3, 4, 2])
  assert.ok(size?.histogram)
  const queue = r.metrics?.find((m) => m.name === 'queue')
  assert.deepEqual([queue?.value, queue?.max], [3, 7])
  assert.equal(r.exceptions[0]?.msg, 'custom metric size: used as trend and as counter')
})

test('examples/custom.ts runs against the demo target: its plugin rows, metrics and reporter line', async () => {
  const { startDemoTarget } = await import('../../../src/demo/target.ts')
  const demo = await startDemoTarget({ errorRate: 0 })
  try {
    const scenario = await loadScenario('examples/custom.ts', { host: demo.url, runTime: 1, users: 4, spawnRate: 20 })
    const result = await run(scenario)
    const types = new Set(result.entries.map((e) => e.type))
    assert.ok(types.has('GET') && types.has('DNS'), [...types].join(','))
    const names = (result.metrics ?? []).map((m) => m.name)
    assert.ok(names.includes('routing accuracy') && names.includes('items created'), names.join(','))
    assert.equal(result.metrics?.find((m) => m.name === 'routing accuracy')?.value, 1)
    assert.equal(result.total.numFailures, 0, JSON.stringify(result.failures))
    const logs: string[] = []
    await writeOutputs(result, { reporters: scenario.reporters, scenario, log: (l) => logs.push(l) })
    assert.match(logs.join('\n'), /^custom: \d+ requests, \d+ slower than 20 ms, routing accuracy 100\.0%$/)
  } finally {
    await demo.close()
  }
})
