/**
 * Python's text forms, so our CSVs read byte for byte like Locust's (which writes Python objects
 * through the csv module): float repr, str repr, and the '%f' used by the history file.
 */

/** repr(float): shortest round-trip digits, always a '.0' or exponent, exponent form below 1e-4 or from 1e16. */
export function pyFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan'
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf'
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0'
  const sign = x < 0 ? '-' : ''
  const [mant, expText] = Math.abs(x).toExponential().split('e') as [string, string]
  const digits = mant.replace('.', '')
  const e = Number(expText)
  if (e < -4 || e >= 16) {
    const m = digits.length === 1 ? digits : `${digits[0]}.${digits.slice(1)}`
    return `${sign}${m}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`
  }
  if (e < 0) return `${sign}0.${'0'.repeat(-e - 1)}${digits}`
  if (digits.length <= e + 1) return `${sign}${digits}${'0'.repeat(e + 1 - digits.length)}.0`
  return `${sign}${digits.slice(0, e + 1)}.${digits.slice(e + 1)}`
}

/** str(int). */
export function pyInt(x: number): string {
  return String(Math.trunc(x))
}

/** '%f' (six decimals). JS toFixed and Python agree: exact ties cannot occur at six decimals in binary. */
export function pyFixed6(x: number): string {
  return x.toFixed(6)
}

// Non-printable per Python's str.isprintable: control, format, surrogate, private use, unassigned and
// separators other than the ASCII space.
const NON_PRINTABLE = /[\p{C}\p{Z}]/u

/** repr(str): single quotes unless the text has ' and no ", backslash escapes, \xNN/\uNNNN for the rest. */
export function pyRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'"
  let out = q
  for (const ch of s) {
    if (ch === q || ch === '\\') out += `\\${ch}`
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (ch !== ' ' && NON_PRINTABLE.test(ch)) {
      const c = ch.codePointAt(0)!
      const hex = c.toString(16)
      out += c < 0x100 ? `\\x${hex.padStart(2, '0')}` : c < 0x10000 ? `\\u${hex.padStart(4, '0')}` : `\\U${hex.padStart(8, '0')}`
    } else out += ch
  }
  return out + q
}
