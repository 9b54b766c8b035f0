/**
 * The small JSON path subset captures use: `$.id`, `$.data.items[0].id`, `data.items[0].id`,
 * `$['odd key'][1]`, `$[0]`. Pure; shared by config validation and protocol plugins.
 */

export type JsonPath = readonly (string | number)[]

const cache = new Map<string, JsonPath>()

/** Parses a path into keys and indexes; throws Error('expected a JSON path like $.data.items[0].id …'). */
export function parseJsonPath(expr: string): JsonPath {
  const hit = cache.get(expr)
  if (hit) return hit
  const out: (string | number)[] = []
  let i = expr.startsWith('$') ? 1 : 0
  const bad = (why: string) => new Error(`expected a JSON path like $.data.items[0].id, got '${expr}' (${why})`)
  // Without a leading '$' the first segment is a bare key ('data.items').
  if (i === 0 && expr.length && expr[0] !== '[') expr = `.${expr}`, (i = 0)
  while (i < expr.length) {
    const ch = expr[i]
    if (ch === '.') {
      const m = /^[^.[\]]+/.exec(expr.slice(i + 1))
      if (!m) throw bad(`empty key at ${i}`)
      out.push(m[0])
      i += 1 + m[0].length
    } else if (ch === '[') {
      const end = expr.indexOf(']', i)
      if (end < 0) throw bad("missing ']'")
      const inner = expr.slice(i + 1, end).trim()
      if (/^\d+$/.test(inner)) out.push(Number(inner))
      else if (/^'.*'$|^".*"$/.test(inner)) out.push(inner.slice(1, -1))
      else throw bad(`index ${inner || '(empty)'} is not a number or quoted key`)
      i = end + 1
    } else throw bad(`unexpected '${ch}' at ${i}`)
  }
  cache.set(expr, out)
  return out
}

/** Reads a value at a path; undefined when any step is missing. */
export function getPath(value: unknown, path: JsonPath): unknown {
  let cur = value
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<string | number, unknown>)[seg]
  }
  return cur
}
