/**
 * Reply matching for `expect`: the first message for which every given condition holds ends the
 * round trip. A cheap text pre-check runs before JSON.parse, so unrelated messages on a busy
 * connection are mostly skipped without parsing.
 */
import { getPath } from '../../engine/jsonpath.ts'
import { hasTemplate, render } from '../../engine/template.ts'
import type { WsExpect } from './spec.ts'

export type Test = (data: string | ArrayBuffer) => boolean

const decoder = new TextDecoder()
export const asText = (data: string | ArrayBuffer): string => (typeof data === 'string' ? data : decoder.decode(data))

/** Any message matches (no expect). */
export const ANY: Test = () => true

const compiled = new WeakMap<WsExpect, Test>()

/** The test for an expect; templates in equals/contains are rendered from the user's vars (cached when there are none). */
export function matcher(e: WsExpect | undefined, vars: Record<string, unknown>): Test {
  if (!e) return ANY
  const templated = (e.equals !== undefined && hasTemplate(e.equals)) || (e.contains !== undefined && hasTemplate(e.contains))
  if (!templated) {
    let t = compiled.get(e)
    if (!t) compiled.set(e, (t = build(e, e.equals, e.contains)))
    return t
  }
  return build(e, e.equals === undefined ? undefined : render(e.equals, vars), e.contains === undefined ? undefined : render(e.contains, vars))
}

function build(e: WsExpect, equals: string | undefined, contains: string | undefined): Test {
  const { json, regex } = e
  // A JSON string value equal to `equals` appears in the text as is when it has nothing to escape.
  const plain = equals !== undefined && /^[\w .:@/+-]*$/.test(equals) ? equals : undefined
  return (data) => {
    const text = asText(data)
    if (contains !== undefined && !text.includes(contains)) return false
    if (plain !== undefined && !text.includes(plain)) return false
    if (regex && !regex.test(text)) return false
    if (!json) return true
    let v: unknown
    try {
      v = getPath(JSON.parse(text), json)
    } catch {
      return false
    }
    if (v === undefined) return false
    return equals === undefined || (v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v)) === equals
  }
}

/** `reply with $.type == pong`, `reply containing "x"` …: what a timeout says it waited for. */
export function describeExpect(e: WsExpect | undefined): string {
  if (!e) return 'reply'
  const parts: string[] = []
  if (e.jsonText) parts.push(e.equals === undefined ? `with ${e.jsonText}` : `with ${e.jsonText} == ${e.equals}`)
  if (e.contains !== undefined) parts.push(`containing ${JSON.stringify(e.contains)}`)
  if (e.regex) parts.push(`matching /${e.regex.source}/`)
  return `reply ${parts.join(' and ')}`
}
