/**
 * Failure texts as Locust's HttpSession records them: `repr()` of the exception, after Locust unwraps
 * requests' ConnectionError/MaxRetryError chain to the underlying OS error. Checked against
 * requests 2.28 / urllib3 1.26 / Locust 2.x on Python 3.11 (Debian's packages):
 *
 *   refused port        ConnectionRefusedError(111, 'Connection refused')
 *   RST                 ConnectionResetError(104, 'Connection reset by peer')
 *   closed, no reply    RemoteDisconnected('Remote end closed connection without response')
 *   cut-off body        ChunkedEncodingError(ProtocolError('Connection broken: IncompleteRead(3 bytes read, 97 more expected)', IncompleteRead(3 bytes read, 97 more expected)))
 *   no reply in time    ReadTimeout(ReadTimeoutError("HTTPConnectionPool(host='127.0.0.1', port=8080): Read timed out. (read timeout=1)"))
 *   DNS                 gaierror(-2, 'Name or service not known')
 *   4xx/5xx             HTTPError('500 Server Error: Internal Server Error for url: <Name>')
 *
 * Differences, on purpose: the HTTPError url is the stats Name (Locust uses the full URL unless
 * name= is given), so failures group per endpoint and never show the host or its credentials.
 * A malformed response maps to BadStatusLine with undici's parser message.
 */
import { ExchangeError } from './exchange.ts'

/** Python repr() of a str: single quotes unless the text has ' and no ". */
export function pyRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'"
  let out = ''
  for (const ch of s) {
    if (ch === '\\') out += '\\\\'
    else if (ch === q) out += `\\${q}`
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (ch < ' ' || ch === '\x7f') out += `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`
    else out += ch
  }
  return q + out + q
}

/** Python's float/int repr for the timeout figure (1 → 1, 0.5 → 0.5, 30 → 30). */
function pyNum(n: number): string {
  return String(n)
}

/** `HTTPError('404 Client Error: Not Found for url: /x')`, or null when the status is not an error. */
export function statusError(status: number, reason: string, url: string): string | null {
  const kind = status >= 400 && status < 500 ? 'Client' : status >= 500 && status < 600 ? 'Server' : null
  return kind ? `HTTPError(${pyRepr(`${status} ${kind} Error: ${reason} for url: ${url}`)})` : null
}

/** A failure decided by a check (expect, capture, check callback), as catch_response's failure(). */
export function checkError(message: string): string {
  return `CatchResponseError(${pyRepr(message)})`
}

const ERRNO: Record<string, [string, number, string]> = {
  ECONNREFUSED: ['ConnectionRefusedError', 111, 'Connection refused'],
  ECONNRESET: ['ConnectionResetError', 104, 'Connection reset by peer'],
  EPIPE: ['BrokenPipeError', 32, 'Broken pipe'],
  ECONNABORTED: ['ConnectionAbortedError', 103, 'Software caused connection abort'],
  ETIMEDOUT: ['TimeoutError', 110, 'Connection timed out'],
  EHOSTUNREACH: ['OSError', 113, 'No route to host'],
  ENETUNREACH: ['OSError', 101, 'Network is unreachable'],
  EADDRNOTAVAIL: ['OSError', 99, 'Cannot assign requested address'],
}

/** Where the request went, for the urllib3-style timeout texts. */
export interface Target {
  https: boolean
  hostname: string
  port: number
}

/** Maps an undici/Node error of a failed exchange to Locust's text. */
export function connectionError(err: unknown, target: Target, timeoutSeconds: number): string {
  const partial = err instanceof ExchangeError ? err.partial : null
  const cause = (err instanceof ExchangeError ? err.cause : err) as NodeJS.ErrnoException
  const code = cause?.code ?? ''
  const pool = `${target.https ? 'HTTPS' : 'HTTP'}ConnectionPool(host=${pyRepr(target.hostname)}, port=${target.port})`
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return `ReadTimeout(ReadTimeoutError(${pyRepr(`${pool}: Read timed out. (read timeout=${pyNum(timeoutSeconds)})`)}))`
  }
  if (code === 'UND_ERR_CONNECT_TIMEOUT') {
    const conn = `<urllib3.connection.${target.https ? 'HTTPS' : 'HTTP'}Connection object at 0x....>`
    return `ConnectTimeoutError(${conn}, ${pyRepr(`Connection to ${target.hostname} timed out. (connect timeout=${pyNum(timeoutSeconds)})`)})`
  }
  if (partial && (code === 'UND_ERR_SOCKET' || code === 'ECONNRESET')) {
    // requests reports a body cut short the same way whether the peer closed or reset.
    const read = partial.expected === null ? `IncompleteRead(${partial.bytes} bytes read)` : `IncompleteRead(${partial.bytes} bytes read, ${partial.expected - partial.bytes} more expected)`
    return `ChunkedEncodingError(ProtocolError(${pyRepr(`Connection broken: ${read}`)}, ${read}))`
  }
  const os = ERRNO[code]
  if (os) return `${os[0]}(${os[1]}, ${pyRepr(os[2])})`
  if (code === 'UND_ERR_SOCKET') return `RemoteDisconnected(${pyRepr('Remote end closed connection without response')})`
  if (code === 'ENOTFOUND') return `gaierror(-2, ${pyRepr('Name or service not known')})`
  if (code === 'EAI_AGAIN') return `gaierror(-3, ${pyRepr('Temporary failure in name resolution')})`
  if (cause?.name === 'HTTPParserError') return `BadStatusLine(${pyRepr(cause.message)})`
  if (code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL') || /certificate|SSL|TLS/i.test(cause?.message ?? '')) {
    return `SSLError(${pyRepr(cause.message)})`
  }
  const name = cause?.name && cause.name !== 'Error' ? cause.name : 'ConnectionError'
  return `${name}(${pyRepr(cause?.message ?? String(err))})`
}
