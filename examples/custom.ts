/**
 * A code scenario using the whole plugin API against the demo target:
 *
 *   npx load-action serve-demo --port 8080 &
 *   npx load-action run examples/custom.ts --html /tmp/custom.html --json /tmp/custom.json
 *
 * Custom metrics (a counter, a rate, a trend), a `check` that decides success, event hooks
 * (testStart, request, testStop), a reporter of its own, and a protocol plugin of its own (`dns`,
 * stats rows of Type DNS) used from YAML-style steps and from code. See docs/plugins.md.
 */
import { lookup } from 'node:dns/promises'
// Types only (erased when Node strips types); from the package: `import type { … } from 'load-action'`.
import type { ProtocolPlugin, ProtocolSession, Reporter, RequestEvent, TaskContext } from '../src/engine/types.ts'

/** A protocol plugin: `- dns: { lookup: localhost }` steps and ctx.client<DnsClient>('dns') in code. */
interface DnsClient {
  lookup(host: string): Promise<string | null>
}

const dns: ProtocolPlugin = {
  name: 'dns',
  parseStep(raw, issues) {
    const host = (raw as { lookup?: unknown } | null)?.lookup
    if (typeof host !== 'string' || host === '') return issues.expected(['lookup'], 'a host name', host)
    return { host }
  },
  createSession(env): ProtocolSession & { client: DnsClient } {
    const client: DnsClient = {
      async lookup(host) {
        const t0 = performance.now()
        try {
          const { address } = await lookup(host)
          env.recorder.request('DNS', host, performance.now() - t0, 0, null)
          return address
        } catch (e) {
          env.recorder.request('DNS', host, performance.now() - t0, 0, `gaierror(${JSON.stringify((e as Error).message)})`)
          return null
        }
      },
    }
    return {
      client,
      async run(step) {
        const { host } = (step as { spec: { host: string } }).spec
        return (await client.lookup(host)) !== null
      },
      async close() {},
    }
  },
}

let slow = 0

/** A reporter: one line per run, after the built-in files are written. */
const oneLine: Reporter = {
  name: 'one-line',
  write(result, ctx) {
    const accuracy = result.metrics?.find((m) => m.name === 'routing accuracy')
    ctx.log(`custom: ${result.total.numRequests} requests, ${slow} slower than 20 ms, routing accuracy ${((accuracy?.value ?? 0) * 100).toFixed(1)}%`)
  },
}

async function browse(ctx: TaskContext): Promise<void> {
  // Ids 1..20 exist; 21..24 are asked for on purpose: a 404 there is the right answer.
  const id = 1 + Math.floor(Math.random() * 24)
  const res = await ctx.http.get(`/item?id=${id}`, {
    name: '/item?id=[id]',
    check: (r) => (r.status === 404 && id > 20 ? true : undefined),
  })
  ctx.metrics.rate('routing accuracy', id > 20 ? res.status === 404 : res.status === 200 && res.json<{ id: number }>().id === id)
}

async function buy(ctx: TaskContext): Promise<void> {
  await ctx.http.post('/login')
  const created = await ctx.http.post('/items', { json: { name: `item of user ${ctx.userIndex}` }, check: (r) => (r.status === 201 ? true : `expected 201, got ${r.status}`) })
  if (created.status === 201) ctx.metrics.counter('items created')
  const cart = await ctx.http.get('/cart')
  if (cart.status === 200) ctx.metrics.trend('cart size', cart.json<{ items: unknown[] }>().items.length)
  await ctx.client<DnsClient>('dns').lookup('localhost')
}

export default {
  name: 'custom',
  host: 'http://127.0.0.1:8080',
  load: { users: 10, spawnRate: 10, runTime: '5s' },
  protocols: [dns],
  reporters: [oneLine],
  events: {
    testStart: () => console.error('custom: test starting'),
    request: (e: RequestEvent) => {
      if (e.responseTime > 20) slow++
    },
    testStop: () => console.error(`custom: test stopped, ${slow} slow requests`),
  },
  users: [
    { name: 'Browser', weight: 3, wait: { between: [0.05, 0.2] }, tasks: [{ name: 'browse', fn: browse }] },
    { name: 'Buyer', weight: 1, wait: { constant: 0.2 }, tasks: [{ name: 'buy', fn: buy }, { name: 'resolve', weight: 1, steps: [{ dns: { lookup: 'localhost' } }] }] },
  ],
}
