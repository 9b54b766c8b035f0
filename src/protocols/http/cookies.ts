/**
 * A per-user cookie jar, as a requests.Session keeps one: Set-Cookie from a response is sent back as
 * Cookie on later requests to the same host. Deliberately small: host-scoped (Domain/Path ignored),
 * Max-Age ≤ 0 or a past Expires deletes. Enough for session-cookie flows in load tests.
 */
export class CookieJar {
  private readonly byHost = new Map<string, Map<string, string>>()
  /** Cached Cookie header per host; rebuilt only when the jar changes. */
  private readonly header = new Map<string, string | null>()

  /** Stores the cookies of one response's Set-Cookie header(s). */
  store(hostname: string, setCookie: string | string[] | undefined): void {
    if (setCookie === undefined) return
    let jar = this.byHost.get(hostname)
    if (!jar) this.byHost.set(hostname, (jar = new Map()))
    for (const line of Array.isArray(setCookie) ? setCookie : [setCookie]) {
      const [pair = '', ...attrs] = line.split(';')
      const eq = pair.indexOf('=')
      if (eq <= 0) continue
      const name = pair.slice(0, eq).trim()
      const value = pair.slice(eq + 1).trim()
      if (expired(attrs)) jar.delete(name)
      else jar.set(name, value)
    }
    this.header.delete(hostname)
  }

  /** The Cookie header value for a host, or null when there are none. */
  get(hostname: string): string | null {
    let h = this.header.get(hostname)
    if (h !== undefined) return h
    const jar = this.byHost.get(hostname)
    h = jar && jar.size ? [...jar].map(([k, v]) => `${k}=${v}`).join('; ') : null
    this.header.set(hostname, h)
    return h
  }
}

function expired(attrs: string[]): boolean {
  for (const a of attrs) {
    const [k = '', v = ''] = a.split('=', 2).map((s) => s.trim())
    const key = k.toLowerCase()
    if (key === 'max-age' && Number(v) <= 0) return true
    if (key === 'expires' && Date.parse(v) < Date.now()) return true
  }
  return false
}
