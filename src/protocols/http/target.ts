/**
 * Base URL handling: origin for the connection, base path to prefix, and credentials from
 * `user:pass@` turned into a Basic Authorization header. The credential-free form is the only one
 * that appears in names and messages.
 */
export interface Origin {
  /** scheme://host:port, no credentials. */
  origin: string
  https: boolean
  hostname: string
  port: number
  /** Path of the base URL without trailing slash ('' for none), prefixed to relative paths like Locust. */
  basePath: string
  /** `Basic …` when the URL had credentials. */
  authorization: string | null
}

const cache = new Map<string, Origin>()

/** Parses a base or absolute URL (cached: hosts repeat on every request). */
export function parseOrigin(url: string): Origin {
  let o = cache.get(url)
  if (o) return o
  const u = new URL(url)
  const https = u.protocol === 'https:'
  const creds = u.username || u.password ? `${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}` : null
  o = {
    origin: `${u.protocol}//${u.host}`,
    https,
    hostname: u.hostname,
    port: u.port ? Number(u.port) : https ? 443 : 80,
    basePath: u.pathname.replace(/\/+$/, ''),
    authorization: creds === null ? null : `Basic ${Buffer.from(creds).toString('base64')}`,
  }
  cache.set(url, o)
  return o
}

/** Absolute http(s) URL? (then it names its own origin). */
export function isAbsolute(path: string): boolean {
  return path.startsWith('http://') || path.startsWith('https://')
}

/** Removes user:pass@ from a URL for names and messages. */
export function stripCredentials(url: string): string {
  return url.replace(/^(https?:\/\/)[^/@]*@/, '$1')
}
