// Benchmark targets: nginx (Debian's, fast static answer) and a Node delay server that answers after
// a fixed delay and measures its own handling time, so a client's latency error can be computed.
// Loopback only; both pinned to CPU 0 when taskset exists so the tools get CPU 1.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer } from 'node:net'

export const hasTaskset = spawnSync('taskset', ['--version']).status === 0
export function pinned(cpu, cmd, args) {
  return hasTaskset ? ['taskset', ['-c', String(cpu), cmd, ...args]] : [cmd, args]
}

async function freePort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })
}

async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(url)
      return
    } catch {
      await new Promise((r) => setTimeout(r, 50))
    }
  }
  throw new Error(`target at ${url} did not start`)
}

/** nginx answering `ok` on every path; null when nginx is not installed. */
export async function startNginx() {
  const bin = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => spawnSync(p, ['-v']).status === 0)
  if (!bin) return null
  const port = await freePort()
  const dir = mkdtempSync(join(tmpdir(), 'bench-nginx-'))
  mkdirSync(join(dir, 'logs'))
  writeFileSync(join(dir, 'nginx.conf'), `worker_processes 1; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/logs/error.log;
events { worker_connections 4096; }
http { access_log off; keepalive_requests 1000000; keepalive_timeout 60s;
  client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir}; uwsgi_temp_path ${dir}; scgi_temp_path ${dir};
  server { listen 127.0.0.1:${port}; location / { default_type text/plain; return 200 "ok"; } } }`)
  const [cmd, args] = pinned(0, bin, ['-p', dir, '-c', join(dir, 'nginx.conf')])
  const child = spawn(cmd, args, { stdio: 'ignore' })
  const url = `http://127.0.0.1:${port}`
  await waitFor(url)
  return { url, close: () => child.kill('SIGTERM') }
}

/** Node server that answers after `delayMs` and reports its own p99 handling time at /__p99. */
export async function startDelayServer(delayMs = 20) {
  const port = await freePort()
  const code = `
    const http = require('node:http'); const hdr = require(${JSON.stringify(join(process.cwd(), 'node_modules/hdr-histogram-js'))});
    const h = hdr.build({ useWebAssembly: false, lowestDiscernibleValue: 1, highestTrackableValue: 60e6, numberOfSignificantValueDigits: 3 });
    const srv = http.createServer((req, res) => {
      if (req.url === '/__p99') { res.end(JSON.stringify({ p99: h.getValueAtPercentile(99) / 1000, count: h.totalCount })); return }
      if (req.url === '/__reset') { h.reset(); res.end('ok'); return }
      const t0 = process.hrtime.bigint()
      setTimeout(() => { res.end('ok'); h.recordValue(Number(process.hrtime.bigint() - t0) / 1000) }, ${delayMs})
    })
    // The bench's own control requests reuse one keep-alive socket across runs longer than Node's
    // default 5 s keep-alive timeout; a server-side close would race with the next /__reset.
    srv.keepAliveTimeout = 600000
    srv.listen(${port}, '127.0.0.1')`
  const [cmd, args] = pinned(0, process.execPath, ['-e', code])
  const child = spawn(cmd, args, { stdio: 'inherit' })
  const url = `http://127.0.0.1:${port}`
  await waitFor(`${url}/__reset`)
  return {
    url,
    reset: () => fetch(`${url}/__reset`).then((r) => r.text()),
    p99: () => fetch(`${url}/__p99`).then((r) => r.json()),
    close: () => child.kill('SIGTERM'),
  }
}
