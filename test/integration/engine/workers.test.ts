/**
 * run() with worker threads from source (src/engine/workers): a TS module scenario with function
 * tasks is loaded by each worker, users are split between the threads (interleaved indices, shards
 * inside), counts merge exactly, progress is summed, an abort stops every worker, and a worker that
 * dies is recorded as an exception while the others' results are kept.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadScenario, run } from '../../../src/engine/index.ts'
import type { ProgressEvent } from '../../../src/engine/types.ts'
import { startHttpTarget, type HttpTarget } from '../../helpers/servers.ts'

/** A target that counts requests per worker thread and remembers which users each thread ran. */
async function target(t: import('node:test').TestContext) {
  const byThread = new Map<string, { requests: number; users: Set<number> }>()
  const server: HttpTarget = await startHttpTarget({
    '/a': (req) => {
      const th = String(req.headers['x-thread'])
      const e = byThread.get(th) ?? { requests: 0, users: new Set<number>() }
      e.requests++
      e.users.add(Number(req.headers['x-user']))
      byThread.set(th, e)
      return { body: 'ok' }
    },
  })
  t.after(() => server.close())
  return { server, byThread }
}

/** A module scenario (function task) that tags each request with its thread and user. */
function moduleScenario(host: string, o: { users: number; runTime: string; dieUser?: number }): string {
  const dir = mkdtempSync(join(tmpdir(), 'la-workers-'))
  const file = join(dir, 'scenario.ts')
  const die = o.dieUser === undefined ? '' : `if (ctx.userIndex === ${o.dieUser}) process.exit(7)`
  writeFileSync(
    file,
    `import { threadId } from 'node:worker_threads'
export default {
  name: 'workers',
  host: '${host}',
  load: { users: ${o.users}, 'spawn-rate': 100, 'run-time': '${o.runTime}', 'stop-timeout': 2 },
  users: [{
    name: 'U',
    wait: { constant: 0.005 },
    tasks: [async (ctx: any) => {
      ${die}
      await ctx.http.get('/a', { name: '/a', headers: { 'x-thread': String(threadId), 'x-user': String(ctx.userIndex) } })
    }],
  }],
}
`,
  )
  return file
}

test('2 workers: users split between threads, merged counts exact, progress summed', async (t) => {
  const { server, byThread } = await target(t)
  const scenario = await loadScenario(moduleScenario(server.url, { users: 4, runTime: '2s' }))
  const progress: ProgressEvent[] = []
  const result = await run(scenario, { workers: 2, onProgress: (p) => progress.push(p) })

  assert.equal(result.meta.workers, 2)
  assert.equal(result.meta.users, 4)
  assert.deepEqual(result.exceptions, [])
  // Every request the server answered is in the merged results, and nothing else.
  assert.equal(result.total.numRequests, server.hitCount('GET /a'))
  assert.equal(result.entries.find((e) => e.name === '/a')?.numRequests, server.hitCount('GET /a'))
  // Two threads, each with its interleaved half of the users.
  assert.equal(byThread.size, 2)
  const users = [...byThread.values()].map((e) => [...e.users].sort()).sort()
  assert.deepEqual(users, [[0, 2], [1, 3]])
  for (const e of byThread.values()) assert.ok(e.requests > 10, `each thread sent requests (${e.requests})`)
  // Live progress: the users of both workers, about once a second.
  assert.ok(progress.length >= 1, 'progress received')
  assert.equal(Math.max(...progress.map((p) => p.users)), 4)
  assert.ok(progress.at(-1)!.requests > 0)
  assert.equal(Math.max(...result.history.map((s) => s.userCount)), 4)
})

test('workers inside a shard run exactly that shard\'s users', async (t) => {
  const { server, byThread } = await target(t)
  const scenario = await loadScenario(moduleScenario(server.url, { users: 5, runTime: '1s' }))
  const result = await run(scenario, { workers: 2, shard: { index: 0, total: 2 } })
  assert.equal(result.meta.users, 3)
  assert.deepEqual(result.meta.shard, { index: 0, total: 2 })
  const all = [...byThread.values()].flatMap((e) => [...e.users]).sort()
  assert.deepEqual(all, [0, 2, 4])
  assert.equal(result.total.numRequests, server.hitCount('GET /a'))
})

test('an abort stops every worker and keeps what was measured', async (t) => {
  const { server } = await target(t)
  const scenario = await loadScenario(moduleScenario(server.url, { users: 4, runTime: '60s' }))
  const controller = new AbortController()
  const started = performance.now()
  setTimeout(() => controller.abort(), 1500)
  const result = await run(scenario, { workers: 2, signal: controller.signal })
  const seconds = (performance.now() - started) / 1000
  assert.ok(seconds < 10, `stopped in ${seconds.toFixed(1)} s`)
  assert.equal(result.meta.interrupted, true)
  assert.ok(result.total.numRequests > 0)
  assert.equal(result.total.numRequests, server.hitCount('GET /a'))
})

test('a worker that dies is recorded as an exception; the run ends with the other worker', async (t) => {
  const { server, byThread } = await target(t)
  // User 1 belongs to worker 2 (odd indices): its first task ends that thread.
  const scenario = await loadScenario(moduleScenario(server.url, { users: 2, runTime: '1.5s', dieUser: 1 }))
  const started = performance.now()
  const result = await run(scenario, { workers: 2 })
  assert.ok((performance.now() - started) / 1000 < 10)
  const died = result.exceptions.filter((x) => /^worker 2\/2 died: exited with code 7/.test(x.msg))
  assert.equal(died.length, 1, JSON.stringify(result.exceptions))
  assert.equal(byThread.size, 1)
  assert.ok(result.total.numRequests > 0)
  assert.equal(result.total.numRequests, server.hitCount('GET /a'))
  assert.equal(result.meta.users, 2, 'meta keeps the configured load')
})

test('workers > 1 refuse in-process objects (a live recorder, listeners)', async () => {
  const scenario = await loadScenario(moduleScenario('http://127.0.0.1:9', { users: 2, runTime: '1s' }))
  await assert.rejects(run(scenario, { workers: 2, events: {} }), /workers > 1 cannot be combined with events/)
})
