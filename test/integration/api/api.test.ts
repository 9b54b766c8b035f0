import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { compareRun, defineScenario, locustCsvFiles, renderHtmlReport, run, start, ValidationError, type ProgressEvent, type TaskContext } from '../../../src/api/index.ts'
import { startHttpTarget, type HttpTarget } from '../../helpers/servers.ts'

const targets: HttpTarget[] = []
after(() => Promise.all(targets.map((t) => t.close())))

async function target(): Promise<HttpTarget> {
  const t = await startHttpTarget({ '/a': { body: 'ok' }, '/b': { status: 503, body: 'busy' } })
  targets.push(t)
  return t
}

test('run() from a code object: function tasks, progress events by callback and by handle, results and writers', async () => {
  const t = await target()
  const fromCallback: ProgressEvent[] = []
  const fromHandle: ProgressEvent[] = []
  const handle = await start(
    {
      name: 'from-code',
      host: t.url,
      load: { users: 2, 'spawn-rate': 10, 'run-time': '2.5s' },
      users: [
        {
          wait: { constant: 0.02 },
          tasks: [async (ctx: TaskContext) => void (await ctx.http.get('/a')), { name: 'busy', weight: 1, fn: async (ctx: TaskContext) => void (await ctx.http.get('/b', { name: 'B' })) }],
        },
      ],
    },
    { onProgress: (p) => fromCallback.push(p) },
  )
  handle.on('progress', (p) => fromHandle.push(p))
  let done: unknown = null
  handle.on('done', (r) => (done = r))
  assert.equal(handle.state, 'running')
  const result = await handle.result
  assert.equal(handle.state, 'done')
  assert.equal(done, result)
  assert.ok(fromCallback.length >= 2, `progress events: ${fromCallback.length}`)
  assert.equal(fromHandle.length, fromCallback.length)
  assert.ok(fromCallback.some((p) => p.users === 2 && p.requests > 0), JSON.stringify(fromCallback))
  assert.deepEqual(
    result.entries.map((e) => `${e.type} ${e.name}`),
    ['GET /a', 'GET B'],
  )
  const b = result.entries.find((e) => e.name === 'B')
  assert.equal(b?.numFailures, b?.numRequests)
  assert.equal(result.meta.scenario, 'from-code')
  assert.equal(t.hitCount('GET /a'), result.entries[0]?.numRequests)
  // The writers take the result as it is.
  assert.match(locustCsvFiles(result).stats, /\r\nGET,\/a,\d+,0,/)
  assert.match(renderHtmlReport(result), /<title>Load test report: from-code<\/title>/)
  assert.equal(compareRun(result, result).verdict, 'pass')
})

test('setLoad changes the running users both ways; stop() ends the run with what was measured', async () => {
  const t = await target()
  const handle = await start({ host: t.url, load: { users: 1, 'run-time': 30 }, users: [{ wait: { constant: 0.05 }, tasks: [{ request: { method: 'GET', path: '/a' } }] }] }, { overrides: { runTime: null } })
  const seen: number[] = []
  handle.on('progress', (p) => seen.push(p.users))
  const until = (ok: () => boolean) =>
    new Promise<void>((resolve, reject) => {
      const deadline = setTimeout(() => reject(new Error(`timed out; users seen ${seen.join(',')}`)), 10_000)
      const check = () => (ok() ? (clearTimeout(deadline), resolve()) : setTimeout(check, 50))
      check()
    })
  await until(() => handle.users === 1)
  assert.equal(handle.setLoad(4, 100), true)
  assert.deepEqual(handle.load, { users: 4, spawnRate: 100 })
  await until(() => handle.users === 4)
  // Held for a full progress tick, so a whole history second has 4 users.
  await until(() => seen.filter((n) => n === 4).length >= 2)
  assert.equal(handle.setLoad(2, 100), true)
  await until(() => handle.users === 2)
  assert.throws(() => handle.setLoad(-1, 1), RangeError)
  handle.stop()
  assert.equal(handle.state, 'stopping')
  const result = await handle.result
  assert.equal(result.meta.interrupted, true)
  assert.ok(result.history.some((s) => s.userCount === 4), JSON.stringify(result.history.map((s) => s.userCount)))
  assert.equal(handle.setLoad(3, 1), false, 'a finished run takes no changes')
})

test('a bad scenario object is rejected with the file validator issues; overrides are validated too', async () => {
  await assert.rejects(start({ host: 'http://127.0.0.1:1', users: [] }), (e: unknown) => e instanceof ValidationError && /users: expected a non-empty list/.test(e.message))
  await assert.rejects(run({ host: 'ftp://x', users: [{ tasks: [() => {}] }] }), /host: unknown protocol 'ftp:'/)
  const s = defineScenario({ host: 'http://127.0.0.1:1', users: [{ tasks: [() => {}] }] })
  assert.throws(() => defineScenario({ host: 'http://127.0.0.1:1', users: [{ tasks: [() => {}] }] }, { users: 0 }), /--users: expected a whole number/)
  assert.equal(s.load.users, 1)
  await assert.rejects(start(s, { workers: 2 }), /a live run handle needs workers: 1/)
})
