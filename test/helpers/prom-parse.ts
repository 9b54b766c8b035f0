/**
 * A strict parser for the Prometheus / OpenMetrics text the metrics endpoint serves: every line
 * must be a comment (# HELP / # TYPE / # EOF) or `name{label="value",…} number`, label values with
 * the format's escapes (\\, \", \n). Anything else throws, so a format slip fails the test.
 */
export interface Sample {
  name: string
  labels: Record<string, string>
  value: number
}

export interface Exposition {
  samples: Sample[]
  types: Map<string, string>
  eof: boolean
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/

function parseLabels(text: string, line: string): [Record<string, string>, string] {
  const labels: Record<string, string> = {}
  let rest = text
  if (!rest.startsWith('{')) return [labels, rest]
  rest = rest.slice(1)
  while (!rest.startsWith('}')) {
    const m = /^([a-zA-Z_][a-zA-Z0-9_]*)="/.exec(rest)
    if (!m) throw new Error(`bad label in: ${line}`)
    rest = rest.slice(m[0].length)
    let value = ''
    for (;;) {
      const c = rest[0]
      if (c === undefined) throw new Error(`unterminated label value in: ${line}`)
      rest = rest.slice(1)
      if (c === '"') break
      if (c === '\\') {
        const e = rest[0]
        rest = rest.slice(1)
        if (e === 'n') value += '\n'
        else if (e === '\\' || e === '"') value += e
        else throw new Error(`bad escape \\${e} in: ${line}`)
      } else if (c === '\n') throw new Error(`raw line feed in a label value: ${line}`)
      else value += c
    }
    labels[m[1] as string] = value
    if (rest.startsWith(',')) rest = rest.slice(1)
  }
  return [labels, rest.slice(1)]
}

export function parseExposition(text: string): Exposition {
  const out: Exposition = { samples: [], types: new Map(), eof: false }
  if (!text.endsWith('\n')) throw new Error('exposition must end with a line feed')
  for (const line of text.slice(0, -1).split('\n')) {
    if (out.eof) throw new Error(`text after # EOF: ${line}`)
    if (line === '# EOF') {
      out.eof = true
      continue
    }
    if (line.startsWith('# HELP ')) continue
    if (line.startsWith('# TYPE ')) {
      const [, , name, type] = line.split(' ')
      if (!name || !type) throw new Error(`bad TYPE line: ${line}`)
      out.types.set(name, type)
      continue
    }
    const m = NAME.exec(line)
    if (!m) throw new Error(`bad sample line: ${line}`)
    const [labels, rest] = parseLabels(line.slice(m[0].length), line)
    const v = /^ (\S+)$/.exec(rest)?.[1]
    if (v === undefined) throw new Error(`bad value in: ${line}`)
    const value = v === 'NaN' ? NaN : v === '+Inf' ? Infinity : v === '-Inf' ? -Infinity : Number(v)
    if (Number.isNaN(value) && v !== 'NaN') throw new Error(`bad number in: ${line}`)
    out.samples.push({ name: m[0], labels, value })
  }
  return out
}

/** The value of the one sample with this name and these labels (throws when absent or repeated). */
export function sample(e: Exposition, name: string, labels: Record<string, string> = {}): number {
  const hits = e.samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v) && Object.keys(s.labels).length === Object.keys(labels).length)
  if (hits.length !== 1) throw new Error(`${hits.length} samples for ${name} ${JSON.stringify(labels)}`)
  return (hits[0] as Sample).value
}
