/**
 * A local stand-in for the parts of GitHub's REST API the action uses: issue comments (listed
 * 30 a page with `Link` headers, as octokit's paginate expects), creating and updating comments,
 * issues for the nightly mode. It speaks the real protocol (paths, status codes, JSON shapes)
 * and lets a test inject failures: 403 for read-only tokens, 422 for bodies over 65,536
 * characters, queued 5xx/429 answers with Retry-After.
 */
import { createServer } from 'node:http'
import type { IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface StoredComment {
  id: number
  issue: number
  body: string
  user: { login: string }
  html_url: string
  created_at: string
  updated_at: string
}

export interface StoredIssue {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  labels: { name: string }[]
  html_url: string
  pull_request?: { url: string }
}

export interface Injection {
  status: number
  /** How many matching requests get this answer (default 1). */
  times?: number
  method?: string
  /** Substring of the path that must match. */
  path?: string
  retryAfter?: number
  /** For 403s: the rate-limit variant sends x-ratelimit-remaining: 0. */
  rateLimited?: boolean
}

export interface ApiStandin {
  url: string
  repo: string
  comments: StoredComment[]
  issues: StoredIssue[]
  requests: { method: string; path: string; status: number; auth: string | undefined }[]
  /** Tokens that get 403 "Resource not accessible by integration" on every write. */
  readOnlyTokens: Set<string>
  inject(i: Injection): void
  /** Adds `n` comments by other users to an issue (to push ours onto a later page). */
  seedComments(issue: number, n: number, body?: (i: number) => string): void
  close(): Promise<void>
}

const MAX_BODY = 65_536

export async function startApiStandin(opts: { repo?: string } = {}): Promise<ApiStandin> {
  const repo = opts.repo ?? 'octo/demo'
  const injections: (Injection & { left: number })[] = []
  let nextId = 1000
  const s: Omit<ApiStandin, 'url' | 'close'> & { url: string } = {
    url: '',
    repo,
    comments: [],
    issues: [],
    requests: [],
    readOnlyTokens: new Set(),
    inject: (i) => injections.push({ ...i, left: i.times ?? 1 }),
    seedComments(issue, n, body = (i) => `unrelated comment ${i}`) {
      for (let i = 0; i < n; i++) s.comments.push(comment(issue, body(i), 'someone'))
    },
  }
  const comment = (issue: number, body: string, login: string): StoredComment => {
    const id = nextId++
    const now = new Date().toISOString()
    return { id, issue, body, user: { login }, html_url: `https://github.com/${repo}/pull/${issue}#issuecomment-${id}`, created_at: now, updated_at: now }
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const raw = await readBody(req)
    const auth = req.headers.authorization
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      s.requests.push({ method: req.method ?? '', path: url.pathname + url.search, status, auth })
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
      res.end(JSON.stringify(body))
    }
    const inj = injections.find((i) => i.left > 0 && (!i.method || i.method === req.method) && (!i.path || url.pathname.includes(i.path)))
    if (inj) {
      inj.left--
      const headers: Record<string, string> = {}
      if (inj.retryAfter !== undefined) headers['retry-after'] = String(inj.retryAfter)
      if (inj.rateLimited) Object.assign(headers, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)) })
      return send(inj.status, { message: inj.status === 429 || inj.rateLimited ? 'API rate limit exceeded' : 'Server Error' }, headers)
    }
    const token = auth?.replace(/^(token|bearer) /i, '')
    if (!token) return send(401, { message: 'Requires authentication' })
    const write = req.method !== 'GET'
    if (write && s.readOnlyTokens.has(token)) return send(403, { message: 'Resource not accessible by integration', status: '403' })
    route(req.method ?? 'GET', url, raw, send)
  })

  function route(method: string, url: URL, raw: string, send: (status: number, body: unknown, h?: Record<string, string>) => void) {
    const base = `/repos/${repo}`
    const p = url.pathname
    let m: RegExpMatchArray | null
    const json = () => (raw ? (JSON.parse(raw) as Record<string, unknown>) : {})
    if (method === 'GET' && (m = p.match(new RegExp(`^${base}/issues/(\\d+)/comments$`)))) {
      return page(url, s.comments.filter((c) => c.issue === Number(m![1])), send)
    }
    if (method === 'POST' && (m = p.match(new RegExp(`^${base}/issues/(\\d+)/comments$`)))) {
      const body = String(json().body ?? '')
      if (body.length > MAX_BODY) return send(422, tooLong())
      const c = comment(Number(m[1]), body, 'github-actions[bot]')
      s.comments.push(c)
      return send(201, c)
    }
    if (method === 'PATCH' && (m = p.match(new RegExp(`^${base}/issues/comments/(\\d+)$`)))) {
      const c = s.comments.find((x) => x.id === Number(m![1]))
      if (!c) return send(404, { message: 'Not Found' })
      const body = String(json().body ?? '')
      if (body.length > MAX_BODY) return send(422, tooLong())
      c.body = body
      c.updated_at = new Date().toISOString()
      return send(200, c)
    }
    if (method === 'GET' && p === `${base}/issues`) {
      const state = url.searchParams.get('state') ?? 'open'
      const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean)
      const list = s.issues.filter(
        (i) => (state === 'all' || i.state === state) && labels.every((l) => i.labels.some((x) => x.name === l)),
      )
      return page(url, list, send)
    }
    if (method === 'POST' && p === `${base}/issues`) {
      const b = json()
      if (String(b.body ?? '').length > MAX_BODY) return send(422, tooLong())
      const number = s.issues.length + 1
      const issue: StoredIssue = {
        number,
        title: String(b.title),
        body: String(b.body ?? ''),
        state: 'open',
        labels: ((b.labels as string[] | undefined) ?? []).map((name) => ({ name })),
        html_url: `https://github.com/${repo}/issues/${number}`,
      }
      s.issues.push(issue)
      return send(201, issue)
    }
    send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })
  }

  /** GitHub's pagination: per_page (default 30, max 100), page, and a Link header with next/last. */
  function page(url: URL, list: unknown[], send: (status: number, body: unknown, h?: Record<string, string>) => void) {
    const per = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100)
    const n = Number(url.searchParams.get('page') ?? 1)
    const last = Math.max(1, Math.ceil(list.length / per))
    const link = (k: number) => {
      const u = new URL(url.pathname + url.search, s.url)
      u.searchParams.set('page', String(k))
      u.searchParams.set('per_page', String(per))
      return u.href
    }
    const rels = []
    if (n < last) rels.push(`<${link(n + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`)
    if (n > 1) rels.push(`<${link(1)}>; rel="first"`, `<${link(n - 1)}>; rel="prev"`)
    send(200, list.slice((n - 1) * per, n * per), rels.length ? { link: rels.join(', ') } : {})
  }

  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  s.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return Object.assign(s, { close: () => new Promise<void>((r) => {
    server.close(() => r())
    server.closeAllConnections()
  }) })
}

const tooLong = () => ({
  message: 'Validation Failed',
  errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
})

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}
