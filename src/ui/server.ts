/**
 * `run --ui`: the live web UI on 127.0.0.1 (Locust's web UI, for load-action). It waits for Start
 * (unless autostart), runs the scenario through the API's RunHandle with the users and spawn rate
 * from the form, streams updates as server-sent events once a second, takes load changes and
 * stop, and serves the downloads. Nothing here runs unless `--ui` was given.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { RunHandle, type HandleOptions } from '../api/handle.ts'
import { applyOverrides } from '../config/overrides.ts'
import { LoadActionError } from '../errors.ts'
import type { Scenario } from '../engine/types.ts'
import type { HtmlReportOptions } from '../report/html/index.ts'
import type { RunResult } from '../stats/types.ts'
import { isDownload, makeDownload } from './downloads.ts'
import { hostAllowed, listenLoopback, sameOrigin, sendText } from './http.ts'
import { renderPage, UI_CSP_HEADER } from './page.ts'
import { EventStream } from './stream.ts'
import { LiveView } from './live.ts'

export interface UiOptions {
  scenario: Scenario
  /** Default 8089 (Locust's); 0 picks a free port. */
  port?: number
  /** Start at once with the scenario's load instead of waiting for Start. */
  autostart?: boolean
  /** Engine options for the run (fullHistory, shard, protocols …); `signal` stops the run. */
  run?: HandleOptions
  /** Options for the downloadable HTML report (baseline, comparison, SLOs), computed at download. */
  report?: (result: RunResult) => HtmlReportOptions
  /** Called when the run starts (e.g. to attach the metrics endpoint). */
  onStart?: (handle: RunHandle) => void
  /** Default true; false: the server alone does not keep the process running (the CLI manages that). */
  keepAlive?: boolean
}

export interface UiServer {
  url: string
  port: number
  /** The run, once started. */
  readonly handle: RunHandle | null
  /** Resolves with the results when the run ends; null when `signal` aborts before Start. */
  result(signal?: AbortSignal): Promise<RunResult | null>
  close(): Promise<void>
}

const MAX_BODY = 16 * 1024

export async function serveUi(opts: UiOptions): Promise<UiServer> {
  const view = new LiveView(opts.scenario)
  const stream = new EventStream((fresh) => view.update(fresh))
  let port = opts.port ?? 8089
  let started: (h: RunHandle) => void = () => {}
  const startedP = new Promise<RunHandle>((r) => (started = r))

  const start = (users: number, spawnRate: number): RunHandle => {
    if (view.handle) throw new LoadActionError('USAGE', 'the run has already started')
    const scenario = applyOverrides(opts.scenario, { users, spawnRate })
    const handle = new RunHandle(scenario, opts.run ?? {})
    view.attach(handle)
    handle.on('state', () => stream.push())
    handle.on('error', (e) => view.fail(e))
    handle.on('done', () => stream.push())
    stream.every(1000)
    opts.onStart?.(handle)
    started(handle)
    stream.push()
    return handle
  }

  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!hostAllowed(req, port)) return sendText(res, 421, 'unexpected Host header: open the UI at http://127.0.0.1:PORT/\n')
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    if (req.method === 'GET' && path === '/') {
      const headers = { 'content-security-policy': UI_CSP_HEADER, 'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer' }
      return sendText(res, 200, renderPage(view.scenario, view.update()), 'text/html; charset=utf-8', headers)
    }
    if (req.method === 'GET' && path === '/events') return stream.add(res)
    if (req.method === 'GET' && path.startsWith('/download/')) {
      const name = path.slice('/download/'.length)
      if (!isDownload(name)) return sendText(res, 404, 'unknown download\n')
      if (!view.handle) return sendText(res, 409, 'nothing to download before the run starts\n')
      const result = view.handle.live()
      const d = makeDownload(name, result, { fullHistory: opts.run?.fullHistory ?? false, report: opts.report?.(result) })
      return sendText(res, 200, d.body, d.type, { 'content-disposition': `attachment; filename="${d.filename}"`, 'content-security-policy': "default-src 'none'" })
    }
    if (req.method === 'POST' && path.startsWith('/api/')) {
      if (!sameOrigin(req, port)) return sendText(res, 403, 'cross-origin request refused\n')
      if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return sendText(res, 415, 'expected application/json\n')
      let body: { users?: unknown; spawnRate?: unknown }
      try {
        body = await readJson(req)
      } catch (e) {
        return sendText(res, 400, `${(e as Error).message}\n`)
      }
      return control(path, body, res)
    }
    sendText(res, 404, 'not found\n')
  }

  const control = (path: string, body: { users?: unknown; spawnRate?: unknown }, res: ServerResponse): void => {
    try {
      if (path === '/api/stop') {
        view.handle?.stop()
        return sendText(res, 202, 'stopping\n')
      }
      const users = Number(body.users)
      const rate = Number(body.spawnRate)
      if (path === '/api/start') {
        start(users, rate)
        return sendText(res, 202, 'started\n')
      }
      if (path === '/api/load') {
        if (!view.handle) return sendText(res, 409, 'the run has not started\n')
        if (!Number.isInteger(users) || users < 0) return sendText(res, 400, `users: expected a whole number ≥ 0, got ${String(body.users)}\n`)
        if (!(rate > 0)) return sendText(res, 400, `spawn rate: expected a number > 0, got ${String(body.spawnRate)}\n`)
        if (!view.handle.setLoad(users, rate)) return sendText(res, 409, 'this run takes no load changes now (finished, stopping, or a load shape)\n')
        stream.push()
        return sendText(res, 202, 'load changed\n')
      }
      sendText(res, 404, 'not found\n')
    } catch (e) {
      // Validation of the form's numbers (applyOverrides) and a second Start: the user's to fix.
      sendText(res, e instanceof LoadActionError ? 400 : 500, `${(e as Error).message}\n`)
    }
  }

  const serve = (req: IncomingMessage, res: ServerResponse): void =>
    void handler(req, res).catch((e: unknown) => {
      console.error('load-action web UI:', e)
      res.destroy()
    })
  const lb = await listenLoopback(port, serve, '--ui-port', opts.keepAlive ?? true)
  port = lb.port
  if (opts.autostart) start(opts.scenario.load.users, opts.scenario.load.spawnRate)

  return {
    url: lb.url,
    port: lb.port,
    get handle() {
      return view.handle
    },
    async result(signal) {
      if (signal?.aborted && !view.handle) return null
      const aborted = new Promise<null>((r) => signal?.addEventListener('abort', () => r(null), { once: true }))
      const handle = view.handle ?? (await Promise.race([startedP, aborted]))
      if (!handle) return null
      // The signal now stops the run (the CLI's Ctrl-C); the run still resolves with what was measured.
      signal?.addEventListener('abort', () => handle.stop(), { once: true })
      if (signal?.aborted) handle.stop()
      return handle.result
    },
    async close() {
      stream.close()
      await lb.close()
    },
  }
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let size = 0
  const chunks: Buffer[] = []
  for await (const c of req) {
    size += (c as Buffer).length
    if (size > MAX_BODY) throw new Error('request body too large')
    chunks.push(c as Buffer)
  }
  const text = Buffer.concat(chunks).toString('utf8') || '{}'
  const v: unknown = JSON.parse(text)
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error('expected a JSON object')
  return v as Record<string, unknown>
}
