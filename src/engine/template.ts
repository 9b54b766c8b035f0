/**
 * `${var}` / `${obj.key}` / `${env.NAME}` templates in paths, headers and bodies. Compiled once per
 * distinct string and cached, so rendering a template-free string is one Map lookup. Unknown names are
 * left as written (a visible `${id}` in a failing URL explains more than an empty string would).
 */

type Part = string | { keys: string[]; raw: string }
type Compiled = { parts: Part[] } | null // null: no placeholders, the string is used as is

const cache = new Map<string, Compiled>()
const PLACEHOLDER = /\$\{\s*([A-Za-z_][\w]*(?:\.[\w-]+)*)\s*\}/g

function compile(text: string): Compiled {
  let hit = cache.get(text)
  if (hit !== undefined) return hit
  if (!text.includes('${')) hit = null
  else {
    const parts: Part[] = []
    let last = 0
    for (const m of text.matchAll(PLACEHOLDER)) {
      if (m.index > last) parts.push(text.slice(last, m.index))
      parts.push({ keys: (m[1] as string).split('.'), raw: m[0] })
      last = m.index + m[0].length
    }
    if (last < text.length) parts.push(text.slice(last))
    hit = parts.some((p) => typeof p !== 'string') ? { parts } : null
  }
  cache.set(text, hit)
  return hit
}

/** True when the text has at least one placeholder. */
export function hasTemplate(text: string): boolean {
  return compile(text) !== null
}

/**
 * Renders placeholders from `vars` (dotted lookups into objects) and `env.NAME` from the process
 * environment. `escape` post-processes each value (used to keep JSON bodies valid).
 */
export function render(text: string, vars: Record<string, unknown>, escape?: (s: string) => string): string {
  const c = compile(text)
  if (c === null) return text
  let out = ''
  for (const p of c.parts) {
    if (typeof p === 'string') {
      out += p
      continue
    }
    const v = lookup(p.keys, vars)
    if (v === undefined) out += p.raw
    else {
      const s = typeof v === 'string' ? v : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)
      out += escape ? escape(s) : s
    }
  }
  return out
}

function lookup(keys: string[], vars: Record<string, unknown>): unknown {
  if (keys[0] === 'env' && keys.length === 2 && !Object.hasOwn(vars, 'env')) return process.env[keys[1] as string]
  let cur: unknown = vars
  for (const k of keys) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<string, unknown>)[k]
  }
  return cur
}

/** Escapes a value for the inside of a JSON string literal. */
export function jsonEscape(s: string): string {
  return JSON.stringify(s).slice(1, -1)
}
