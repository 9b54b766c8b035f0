import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import { loadScenario, run } from '../../../src/engine/index.ts'
import { validateScenario } from '../../../src/config/validate.ts'
import type { RunResult } from '../../../src/stats/types.ts'
import type { TaskContext } from '../../../src/engine/types.ts'
import { startWsTarget, type WsTarget } from '../../helpers/ws-server.ts'

const dir = mkdtempSync(join(tmpdir(), 'ws-test-'))
const targets: WsTarget[] = []
after(() => Promise.all(targets.map((t) => t.close())))

async function target(opts?: { dropAfterMs?: number }): Promise<WsTarget> {
  const t = await startWsTarget(opts)
  targets.push(t)
  return t
}

let n = 0
function yamlFile(text: string): string {
  const f = join(dir, `s${++n}.yml`)
  writeFileSync(f, text)
  return f
}

const rows = (r: RunResult) => Object.fromEntries(r.entries.map((e) => [`${e.type} ${e.name}`, { n: e.numRequests, fails: e.numFailures }]))
const metric = (r: RunResult, name: string) => r.metrics?.find((m) => m.name === name)

test('2,000 concurrent connections from one process: all connect, hold, round trips measured, rows of Type WS', async () => {
  const t = await target()
  const file = yamlFile(`
name: ws2000
host: ${t.url}
load: { users: 2000, spawn-rate: 2000, run-time: 20s, stop-timeout: 5s }
users:
  - name: Chat
    wait: { constant: 60 }
    tasks:
      - name: chat
        steps:
          - ws: { connect: /chat, name: chat, timeout: 20s }
          - ws: { send: '{"type":"ping","id":"\${id}"}', expect: { json: $.type, equals: pong }, timeout: 20s, name: ping }
          - ws: { hold: 30s }
          - ws: { close: true }
`)
  const scenario = await loadScenario(file)
  scenario.users[0]!.vars = { id: 'u' }
  // Stop as soon as the server holds all 2,000 (the run time is only a bound): handshakes cost ~1 ms of CPU
  // each on either side, and both sides share this process, so the time to get there varies.
  let serverPeak = 0
  const stop = new AbortController()
  const probe = setInterval(() => {
    serverPeak = Math.max(serverPeak, t.open())
    if (serverPeak === 2000) setTimeout(() => stop.abort(), 300)
  }, 100)
  const result = await run(scenario, { signal: stop.signal })
  clearInterval(probe)
  assert.equal(result.meta.interrupted, true, 'stopped by the probe, not by the 20 s bound')
  const r = rows(result)
  assert.deepEqual(Object.keys(r).sort(), ['WS close chat', 'WS connect chat', 'WS ping'])
  assert.deepEqual(r['WS connect chat'], { n: 2000, fails: 0 }, JSON.stringify(result.failures.slice(0, 3)))
  assert.deepEqual(r['WS ping'], { n: 2000, fails: 0 })
  // The hold is cut short by the end of the run (graceful stop), then each user closes its connection.
  assert.deepEqual(r['WS close chat'], { n: 2000, fails: 0 })
  assert.equal(metric(result, 'ws.connections.open.peak')?.value, 2000)
  assert.equal(metric(result, 'ws.connections.held.peak')?.value, 2000)
  assert.equal(metric(result, 'ws.messages.sent')?.value, 2000)
  assert.ok(serverPeak === 2000 && t.peak() === 2000, `server saw ${serverPeak} / ${t.peak()} at once`)
  const connect = result.entries.find((e) => e.name === 'connect chat')!
  assert.ok(connect.minResponseTime !== null && connect.minResponseTime > 0, 'connect times are measured')
  await new Promise((ok) => setTimeout(ok, 200))
  assert.equal(t.open(), 0, 'every connection was closed at the end')
})

test('connection refused, bad handshake status, server drops and closes: failures with clear texts', async () => {
  const t = await target({ dropAfterMs: 100 })
  // A port that was just free: nothing listens there.
  const free = createServer()
  await new Promise<void>((ok) => free.listen(0, '127.0.0.1', ok))
  const closedPort = (free.address() as AddressInfo).port
  await new Promise((ok) => free.close(ok))
  const forbidden = createServer((_q, res) => res.end())
  forbidden.on('upgrade', (_q, socket) => socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n'))
  await new Promise<void>((ok) => forbidden.listen(0, '127.0.0.1', ok))
  after(() => new Promise((ok) => forbidden.close(ok)))
  const fport = (forbidden.address() as AddressInfo).port

  const scenario = validateScenario(
    {
      name: 'wsfail',
      host: t.url,
      load: { users: 4, spawnRate: 100, runTime: 1.5 },
      users: [
        { name: 'Refused', wait: { constant: 0.2 }, tasks: [{ name: 'r', steps: [{ ws: { connect: `ws://127.0.0.1:${closedPort}/x`, name: 'refused' } }] }] },
        { name: 'Forbidden', wait: { constant: 0.2 }, tasks: [{ name: 'f', steps: [{ ws: { connect: `ws://127.0.0.1:${fport}/x`, name: 'forbidden' } }] }] },
        { name: 'Dropped', wait: { constant: 0.1 }, tasks: [{ name: 'd', steps: [{ ws: { connect: '/drop' } }, { ws: { hold: '5s' } }, { ws: { send: 'after', name: 'after drop' } }] }] },
        { name: 'Closed', wait: { constant: 0.1 }, tasks: [{ name: 'c', steps: [{ ws: { connect: '/close' } }, { ws: { hold: '5s' } }] }] },
      ],
    },
    { file: 'wsfail.ts' },
  )
  const result = await run(scenario)
  const errors = new Map(result.failures.map((f) => [`${f.method} ${f.name}`, f.error]))
  assert.equal(errors.get('WS connect refused'), "ConnectionRefusedError(111, 'Connection refused')")
  assert.equal(errors.get('WS connect forbidden'), "WebSocketBadStatusException('Handshake status 403 Forbidden')")
  assert.equal(errors.get('WS close /drop'), "WebSocketConnectionClosedException('WebSocket closed 1006: connection lost')")
  assert.equal(errors.get('WS close /close'), "WebSocketConnectionClosedException('WebSocket closed 1011: overloaded')")
  // The hold ends at the drop and the failed step ends the iteration: the send after it never fails on a dead socket.
  assert.equal(errors.has('WS after drop'), false)
  const r = rows(result)
  // Every drop is a failure; only a connection still open when the run ended closes normally.
  assert.ok(r['WS close /drop']!.fails >= 2 && r['WS close /drop']!.fails >= r['WS close /drop']!.n - 1, JSON.stringify(r))
  assert.equal(r['WS connect /drop']!.fails, 0)
  assert.ok(metric(result, 'ws.connections.dropped')!.value >= 4)
})

test('round trip: the first matching reply ends it; no match in time is a timeout failure', async () => {
  const t = await target()
  const file = yamlFile(`
name: wsmatch
host: ${t.url}
load: { users: 2, spawn-rate: 10, run-time: 1s }
users:
  - name: Push
    wait: { constant: 0.5 }
    tasks:
      - name: push
        steps:
          - ws: { connect: /push }
          - ws: { receive: true, expect: { json: $.type, equals: tick }, name: tick, timeout: 2s }
          - ws: { send: { type: ping, id: 7 }, expect: { json: $.id, equals: 7 }, name: ping 7 }
          - ws: { send: hello, expect: { contains: never }, timeout: 0.2, name: unanswered }
          - ws: { close: true }
`)
  const result = await run(await loadScenario(file))
  const r = rows(result)
  assert.equal(r['WS tick']!.fails, 0)
  assert.equal(r['WS ping 7']!.fails, 0)
  assert.ok(r['WS unanswered']!.n >= 2 && r['WS unanswered']!.fails === r['WS unanswered']!.n)
  assert.equal(result.failures.find((f) => f.name === 'unanswered')?.error, `WebSocketTimeoutException('no reply containing "never" within 0.2 s')`)
})

test('ctx.ws in code tasks: connect, request with match and check, waitFor, close', async () => {
  const t = await target()
  const seen: string[] = []
  const scenario = validateScenario(
    {
      name: 'wscode',
      host: t.url,
      load: { users: 1, spawnRate: 1, runTime: 0.6 },
      users: [
        {
          name: 'Code',
          wait: { constant: 1 },
          tasks: [
            async (ctx: TaskContext) => {
              const c = await ctx.ws.connect('/push', { name: 'push' })
              const pong = await c.request({ type: 'ping', id: 1 }, { name: 'ping', match: (m) => m.text.includes('pong') })
              seen.push(pong?.json<{ type: string }>().type ?? 'none')
              await c.request({ type: 'ping', id: 2 }, { name: 'checked', match: (m) => m.text.includes('pong'), check: (m) => (m.json<{ id: number }>().id === 3 ? true : 'wrong id') })
              const tick = await c.waitFor((m) => m.json<{ type: string }>().type === 'tick', { timeout: 2 })
              seen.push(tick.json<{ type: string }>().type)
              await c.close()
              seen.push(String(c.open))
              seen.push(String(c.send('late')))
            },
          ],
        },
      ],
    },
    { file: 'wscode.ts' },
  )
  const result = await run(scenario)
  assert.deepEqual(seen, ['pong', 'tick', 'false', 'false'])
  assert.deepEqual(Object.keys(rows(result)).sort(), ['WS checked', 'WS close push', 'WS connect push', 'WS ping'])
  assert.equal(result.failures.find((f) => f.name === 'checked')?.error, "CatchResponseError('wrong id')")
  assert.deepEqual(result.exceptions, [])
})

test('mistakes in ws steps stop the run before it starts, with file:line issues', async () => {
  const file = yamlFile(`name: wsbad
host: http://127.0.0.1:9
users:
  - tasks:
      - steps:
          - ws: { connect: chat }
          - ws: { send: hi, expect: { json: '$..x', equals: [1] }, timeout: soon }
          - ws: { hold: 1s, close: true }
          - wss: { connect: /x }
`)
  // loadScenario (CLI, action) checks plugin steps with the built-ins; run() does it too for scenarios built in code.
  await assert.rejects(loadScenario(file), (e: Error) => {
    const lines = e.message.split('\n')
    assert.ok(lines.some((l) => l.endsWith(":6: users[0].tasks[0].steps[0].ws.connect: expected a path starting with '/' or a ws(s):// URL, got 'chat'")), e.message)
    assert.ok(lines.some((l) => /:7: users\[0\]\.tasks\[0\]\.steps\[1\]\.ws\.timeout: expected a duration/.test(l)), e.message)
    assert.ok(lines.some((l) => /:7: .*expect\.equals: expected a string, number, boolean or null/.test(l)), e.message)
    assert.ok(lines.some((l) => /:8: .*steps\[2\]\.ws: expected exactly one of connect, send, receive, hold, close; got hold and close/.test(l)), e.message)
    assert.ok(lines.some((l) => /:9: .*steps\[3\]\.wss: unknown step kind 'wss'.*\(did you mean 'ws'\?\)/.test(l)), e.message)
    return true
  })
})
