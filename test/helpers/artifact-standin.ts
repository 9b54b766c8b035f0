/**
 * A local stand-in for the Actions artifact service as @actions/artifact 6 talks to it: Twirp JSON
 * (CreateArtifact, FinalizeArtifact) and an Azure block-blob upload URL that takes
 * `PUT ?comp=block&blockid=…` blocks (any order, several in flight) and a `PUT ?comp=blocklist`
 * that commits them. Committed artifacts are kept with their assembled bytes so a test can compare
 * them with the file on disk. Failures can be injected per Twirp method or on blocks.
 */
import { createHash } from 'node:crypto'
import { createServer } from 'node:http'
import type { IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/'

export interface StoredArtifact {
  id: number
  name: string
  mimeType?: string
  runBackendId: string
  jobBackendId: string
  bytes: Buffer
  finalized: boolean
  /** What FinalizeArtifact claimed. */
  size?: string
  hash?: string
}

export interface ArtifactInjection {
  /** 'CreateArtifact' | 'FinalizeArtifact' | 'block' */
  at: string
  status: number
  times?: number
  /** Send a non-JSON body (the client treats that as retryable). */
  html?: boolean
}

export interface ArtifactStandin {
  /** Value for ACTIONS_RESULTS_URL. */
  url: string
  artifacts: StoredArtifact[]
  /** Twirp methods and blob operations seen, in order. */
  calls: string[]
  inject(i: ArtifactInjection): void
  close(): Promise<void>
}

/** An unsigned JWT with the scope @actions/artifact reads the backend ids from. */
export function fakeRuntimeToken(runId = 'run-backend-1', jobId = 'job-backend-1'): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url')
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ scp: `Actions.GenericRead:x Actions.Results:${runId}:${jobId}` })}.`
}

export async function startArtifactStandin(): Promise<ArtifactStandin> {
  const injections: (ArtifactInjection & { left: number })[] = []
  const blocks = new Map<number, Map<string, Buffer>>()
  let nextId = 1000
  const s = {
    url: '',
    artifacts: [] as StoredArtifact[],
    calls: [] as string[],
    inject: (i: ArtifactInjection) => injections.push({ ...i, left: i.times ?? 1 }),
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const body = await readBody(req)
    const json = (status: number, o: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(o))
    }
    const at = url.pathname.startsWith(SERVICE) ? url.pathname.slice(SERVICE.length) : url.searchParams.get('comp') ?? 'put'
    s.calls.push(at)
    const inj = injections.find((i) => i.left > 0 && i.at === at)
    if (inj) {
      inj.left--
      if (inj.html) {
        res.writeHead(inj.status, { 'content-type': 'text/html' })
        return res.end('<html>bad gateway</html>')
      }
      if (url.pathname.startsWith(SERVICE)) return json(inj.status, { code: 'internal', msg: `injected ${inj.status}` })
      res.writeHead(inj.status, { 'x-ms-error-code': 'InternalError' })
      return res.end()
    }
    if (url.pathname.startsWith(SERVICE)) return twirp(at, body, req, json)
    if (req.method === 'PUT' && url.pathname.startsWith('/blob/')) return blob(url, body, res)
    json(404, { code: 'not_found', msg: 'no such route' })
  })

  function twirp(method: string, body: Buffer, req: IncomingMessage, json: (status: number, o: unknown) => void) {
    if (!/^Bearer .+\..+\./.test(req.headers.authorization ?? '')) return json(401, { code: 'unauthenticated', msg: 'no token' })
    const b = JSON.parse(body.toString('utf8')) as Record<string, unknown>
    const runId = String(b.workflow_run_backend_id ?? b.workflowRunBackendId)
    const jobId = String(b.workflow_job_run_backend_id ?? b.workflowJobRunBackendId)
    const name = String(b.name)
    if (method === 'CreateArtifact') {
      if (s.artifacts.some((a) => a.name === name && a.runBackendId === runId)) {
        return json(409, { code: 'already_exists', msg: `an artifact with this name already exists on the workflow run` })
      }
      const id = nextId++
      const mime = b.mime_type ?? b.mimeType
      s.artifacts.push({ id, name, runBackendId: runId, jobBackendId: jobId, bytes: Buffer.alloc(0), finalized: false, mimeType: typeof mime === 'string' ? mime : undefined })
      blocks.set(id, new Map())
      return json(200, { ok: true, signed_upload_url: `${s.url}/blob/${id}?sig=secret-signature&sv=2021` })
    }
    if (method === 'FinalizeArtifact') {
      const a = s.artifacts.find((x) => x.name === name && x.runBackendId === runId && !x.finalized)
      if (!a) return json(404, { code: 'not_found', msg: 'artifact not found' })
      a.finalized = true
      a.size = String(b.size)
      a.hash = typeof b.hash === 'string' ? b.hash : undefined
      if (Number(b.size) !== a.bytes.length) return json(400, { code: 'invalid_argument', msg: `size ${String(b.size)} != ${a.bytes.length}` })
      const sha = `sha256:${createHash('sha256').update(a.bytes).digest('hex')}`
      if (a.hash && a.hash !== sha) return json(400, { code: 'invalid_argument', msg: 'hash mismatch' })
      return json(200, { ok: true, artifact_id: String(a.id) })
    }
    json(404, { code: 'bad_route', msg: `no handler for ${method}` })
  }

  function blob(url: URL, body: Buffer, res: import('node:http').ServerResponse) {
    const id = Number(url.pathname.split('/')[2])
    const a = s.artifacts.find((x) => x.id === id)
    const mine = blocks.get(id)
    if (!a || !mine || url.searchParams.get('sig') !== 'secret-signature') {
      res.writeHead(403, { 'x-ms-error-code': 'AuthenticationFailed' })
      return res.end()
    }
    const comp = url.searchParams.get('comp')
    if (comp === 'block') mine.set(url.searchParams.get('blockid') ?? '', body)
    else if (comp === 'blocklist') {
      // Assemble in the order of the committed list, not the order blocks arrived in.
      const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1] ?? '')
      const missing = ids.filter((i) => !mine.has(i))
      if (missing.length) {
        res.writeHead(400, { 'x-ms-error-code': 'InvalidBlockList' })
        return res.end()
      }
      a.bytes = Buffer.concat(ids.map((i) => mine.get(i)!))
    } else a.bytes = body // single-shot Put Blob
    res.writeHead(201, {
      etag: `"0x${id.toString(16)}"`,
      'last-modified': new Date().toUTCString(),
      'x-ms-request-id': String(id),
      'x-ms-version': '2021-08-06',
      'x-ms-request-server-encrypted': 'true',
    })
    res.end()
  }

  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  s.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return Object.assign(s, {
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r())
        server.closeAllConnections()
      }),
  })
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}
