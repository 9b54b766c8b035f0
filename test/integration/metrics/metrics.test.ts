import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { request } from 'node:http'
import { serveMetrics, start, statsRows, type TaskContext } from '../../../src/api/index.ts'
import { decodeHistogram, percentileMs } from '../../../src/stats/histogram.ts'
import { startHttpTarget, type HttpTarget } from '../../helpers/servers.ts'
import { parseExposition, sample } from '../../helpers/prom-parse.ts'

const targets: HttpTarget[] = []
after(() => Promise.all(targets.map((t) => t.close())))

const HOSTILE = 'weird "name" \\ with\nnewline'

async function scrape(url: string, openMetrics = false): Promise<{ type: string; text: string }> {
  const res = await fetch(url, openMetrics ? { headers: { accept: 'application/openmetrics-text; version=1.0.0' } } : {})
  assert.equal(res.status, 200)
  return { type: res.headers.get('content-type') ?? '', text: await res.text() }
}

test('metrics endpoint: live numbers during the run, final counters equal the final stats', async () => {
  const t = await startHttpTarget({ '/ok': { body: 'fine' }, '/bad': { status: 500 } })
  targets.push(t)
  const metrics = await serveMetrics(0)
  try {
    // Before any run: state waiting, no endpoints, still a valid exposition.
    const idle = parseExposition((await scrape(metrics.url)).text)
    assert.equal(sample(idle, 'load_action_state', { state: 'waiting' }), 1)
    assert.equal(idle.samples.filter((s) => s.name === 'load_action_requests_total').length, 0)

    const handle = await start({
      name: 'metrics-run',
      host: t.url,
      load: { users: 3, 'spawn-rate': 100, 'run-time': 3 },
      users: [
        {
          wait: { constant: 0.01 },
          tasks: [
            { weight: 2, request: { method: 'GET', path: '/ok' } },
            { name: 'bad', fn: async (ctx: TaskContext) => void (await ctx.http.post('/bad', { name: HOSTILE })) },
          ],
        },
      ],
    })
    metrics.attach(handle)
    await new Promise<void>((resolve) => handle.on('progress', (p) => p.requests > 20 && resolve()))
    const during = parseExposition((await scrape(metrics.url)).text)
    assert.equal(sample(during, 'load_action_state', { state: 'running' }), 1)
    assert.equal(sample(during, 'load_action_users'), 3)
    assert.ok(sample(during, 'load_action_requests_total', { type: 'GET', name: '/ok' }) > 0)
    assert.ok(sample(during, 'load_action_failures_total', { type: 'POST', name: HOSTILE }) > 0, 'hostile name round-trips through escaping')

    const result = await handle.result
    const { type, text } = await scrape(metrics.url)
    assert.equal(type, 'text/plain; version=0.0.4; charset=utf-8')
    const end = parseExposition(text)
    assert.equal(end.eof, false, 'no # EOF in Prometheus text')
    assert.equal(sample(end, 'load_action_state', { state: 'done' }), 1)
    assert.equal(sample(end, 'load_action_users'), 0)
    assert.equal(end.types.get('load_action_requests_total'), 'counter')
    assert.equal(end.types.get('load_action_response_time_seconds'), 'summary')
    assert.equal(result.entries.length, 2)
    let sum = 0
    for (const e of result.entries) {
      const labels = { type: e.type, name: e.name }
      assert.equal(sample(end, 'load_action_requests_total', labels), e.numRequests, `${e.type} ${e.name}`)
      assert.equal(sample(end, 'load_action_failures_total', labels), e.numFailures)
      assert.equal(sample(end, 'load_action_response_time_seconds_count', labels), e.numRequests)
      assert.ok(Math.abs(sample(end, 'load_action_response_time_seconds_sum', labels) - e.totalResponseTime / 1000) < 1e-6)
      const p95 = percentileMs(decodeHistogram(e.histogram), 95) as number
      assert.ok(Math.abs(sample(end, 'load_action_response_time_seconds', { ...labels, quantile: '0.95' }) - p95 / 1000) < 1e-9)
      sum += e.numRequests
    }
    assert.equal(sum, result.total.numRequests)
    const total = statsRows(result).at(-1)
    assert.equal(sample(end, 'load_action_response_time_seconds_count', { type: '', name: 'Aggregated' }), total?.requests)
    assert.equal(sample(end, 'load_action_failures_total', { type: 'POST', name: HOSTILE }), result.entries.find((e) => e.name === HOSTILE)?.numFailures)

    // OpenMetrics on request: its content type, counter families without _total, # EOF last.
    const om = await scrape(metrics.url, true)
    assert.equal(om.type, 'application/openmetrics-text; version=1.0.0; charset=utf-8')
    const omx = parseExposition(om.text)
    assert.equal(omx.eof, true)
    assert.equal(omx.types.get('load_action_requests'), 'counter')
    assert.equal(sample(omx, 'load_action_requests_total', { type: 'GET', name: '/ok' }), result.entries.find((e) => e.name === '/ok')?.numRequests)
  } finally {
    await metrics.close()
  }
})

test('metrics endpoint: 127.0.0.1 only, foreign Host refused, only /metrics', async () => {
  const metrics = await serveMetrics(0)
  try {
    assert.match(metrics.url, /^http:\/\/127\.0\.0\.1:\d+\/metrics$/)
    const status = (path: string, host: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: metrics.port, path, headers: { host } }, (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
        })
        req.on('error', reject)
        req.end()
      })
    assert.equal(await status('/metrics', `127.0.0.1:${metrics.port}`), 200)
    assert.equal(await status('/metrics', `localhost:${metrics.port}`), 200)
    assert.equal(await status('/metrics', `attacker.example:${metrics.port}`), 421)
    assert.equal(await status('/', `127.0.0.1:${metrics.port}`), 404)
  } finally {
    await metrics.close()
  }
})
