/** WebSocket URLs: a path joined with the host (http → ws, https → wss), or an absolute ws/http URL. */
import type { Target } from '../http/errors.ts'

export interface WsTarget extends Target {
  url: string
}

/** Joins `path` with the user's host, Locust-style (the host's base path is kept). */
export function wsUrl(host: string, path: string): WsTarget {
  let u: URL
  if (/^(wss?|https?):\/\//i.test(path)) u = new URL(path)
  else {
    const base = new URL(host)
    u = new URL(base.pathname.replace(/\/+$/, '') + path, base)
  }
  if (u.protocol === 'http:') u.protocol = 'ws:'
  else if (u.protocol === 'https:') u.protocol = 'wss:'
  // Credentials never travel in the URL (fetch refuses them); names and messages never show them.
  u.username = ''
  u.password = ''
  const https = u.protocol === 'wss:'
  return { url: u.href, https, hostname: u.hostname, port: u.port ? Number(u.port) : https ? 443 : 80 }
}
