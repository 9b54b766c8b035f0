/**
 * Reads a scenario file (YAML, JSON, or a .ts/.js/.mjs module whose default export has the same shape),
 * validates it with line numbers, and applies CLI overrides. The only fs access in config/.
 */
import { readFile } from 'node:fs/promises'
import { extname, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
import { LoadActionError, ValidationError } from '../errors.ts'
import type { LoadOverrides, Scenario } from '../engine/types.ts'
import type { Locator, Path } from './collector.ts'
import { applyOverrides } from './overrides.ts'
import { validateScenario } from './validate.ts'

const MODULE_EXT = new Set(['.ts', '.mts', '.js', '.mjs', '.cjs'])

/** Loads, validates and overrides a scenario. Throws ValidationError (exit 2) listing every issue. */
export async function loadScenario(file: string, overrides: LoadOverrides = {}): Promise<Scenario> {
  const ext = extname(file).toLowerCase()
  const opts = overrides.host ? { hostOverride: overrides.host } : {}
  let scenario: Scenario
  if (MODULE_EXT.has(ext)) {
    scenario = validateScenario(await importModule(file), { file, ...opts })
  } else {
    const text = await readText(file)
    const { value, locate } = ext === '.json' ? parseJson(file, text) : parseYaml(file, text)
    scenario = validateScenario(value, { file, locate, ...opts })
  }
  return applyOverrides(scenario, overrides)
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (e) {
    throw new LoadActionError('FILE_MISSING', `${file}: cannot read the scenario file (${(e as NodeJS.ErrnoException).code ?? e})`)
  }
}

async function importModule(file: string): Promise<unknown> {
  let mod: Record<string, unknown>
  try {
    // webpackIgnore: in the ncc bundles webpack would otherwise turn this into a lookup among the
    // bundled modules ("Cannot find module"); the user's file must be imported by Node at run time.
    mod = await import(/* webpackIgnore: true */ pathToFileURL(resolve(file)).href)
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    // Only when the scenario itself is missing: `Cannot find module '<dep>' imported from <scenario>`
    // names the scenario too, but there it is an import inside the module that is broken.
    if (err.code === 'ERR_MODULE_NOT_FOUND' && err.message.includes(`'${resolve(file)}'`)) {
      throw new LoadActionError('FILE_MISSING', `${file}: cannot read the scenario file (ENOENT)`)
    }
    const line = moduleErrorLine(err, resolve(file))
    const kind = err.name && err.name !== 'Error' ? `${err.name}: ` : ''
    throw new LoadActionError('CONFIG_INVALID', `${file}${line ? `:${line}` : ''}: cannot load the scenario module: ${kind}${err.message.split('\n')[0]}`, { cause: e })
  }
  if (mod.default === undefined) {
    throw new ValidationError([{ file, message: 'expected a default export with the scenario object (export default { name, host, users, … })' }])
  }
  return mod.default
}

/**
 * The line of the scenario module where loading failed, from the stack: `at file:///abs.ts:L:C` for
 * an error thrown while the module runs, or a first line `/abs.ts:L` for a syntax error.
 */
function moduleErrorLine(err: Error, abs: string): number | undefined {
  const stack = err.stack ?? ''
  const url = pathToFileURL(abs).href
  for (const prefix of [`${url}:`, `${abs}:`]) {
    const at = stack.indexOf(prefix)
    const m = at < 0 ? null : /^(\d+)/.exec(stack.slice(at + prefix.length))
    if (m) return Number(m[1])
  }
  return undefined
}

/** YAML with positions: every issue can name its line. */
export function parseYaml(file: string, text: string): { value: unknown; locate: Locator } {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  // Only the first parser error is real: the parser then recovers and reports follow-on errors
  // caused by the first one (an unclosed `{` yields a second error about `]`, and so on).
  const e = doc.errors[0]
  if (e) {
    throw new ValidationError([{ file, line: e.linePos?.[0].line ?? lineCounter.linePos(e.pos[0]).line, message: `invalid YAML: ${e.message.split('\n')[0]}` }])
  }
  const locate: Locator = (path, key) => {
    const offset = findOffset(doc.contents as Node | null, path, key ?? false)
    return offset === undefined ? undefined : lineCounter.linePos(offset).line
  }
  return { value: doc.toJS({ maxAliasCount: 1000 }), locate }
}

/** JSON: parsed with JSON.parse (its own error positions), located with the YAML parser (JSON ⊂ YAML 1.2). */
export function parseJson(file: string, text: string): { value: unknown; locate: Locator } {
  try {
    JSON.parse(text)
  } catch (e) {
    const raw = (e as Error).message
    const msg = raw.replace(/, (?:"|\.\.\.").*$/s, '').replace(/ in JSON at position.*$/s, '')
    const pos = jsonErrorOffset(raw, text)
    const line = pos === undefined ? undefined : text.slice(0, pos).split('\n').length
    throw new ValidationError([{ file, ...(line ? { line } : {}), message: `invalid JSON: ${msg}` }])
  }
  return parseYaml(file, text)
}

/**
 * Where V8's JSON.parse failed. Some messages carry `position N`; others quote the text around the
 * error (`..."<10 chars before><10 after>"...`), which is found back in the source.
 */
function jsonErrorOffset(message: string, text: string): number | undefined {
  const pos = /position (\d+)/.exec(message)
  if (pos) return Number(pos[1])
  if (/end of JSON input/.test(message)) return text.length
  const m = /^[^"]*?(\.\.\.)?"(.*)"(\.\.\.)? is not valid JSON$/s.exec(message)
  const token = /Unexpected token '(.)'/.exec(message)?.[1]
  if (!m || !token) return undefined
  const at = text.indexOf(m[2] as string)
  if (at < 0) return undefined
  return m[1] ? at + 10 : at + (m[2] as string).indexOf(token)
}

/** Offset of the node at `path` (or of its key); falls back to the deepest existing ancestor. */
function findOffset(root: Node | null, path: Path, key: boolean): number | undefined {
  let node: Node | null = root
  let best = root?.range?.[0]
  for (let i = 0; i < path.length && node; i++) {
    const seg = path[i]
    let next: Node | null = null
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg))
      if (pair) {
        if (key && i === path.length - 1 && isScalar(pair.key)) return pair.key.range?.[0]
        next = (pair.value as Node | null) ?? (pair.key as Node)
      }
    } else if (isSeq(node) && typeof seg === 'number') next = (node.items[seg] as Node | undefined) ?? null
    if (!next) break
    node = next
    best = node.range?.[0] ?? best
  }
  return best
}
