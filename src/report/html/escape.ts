/**
 * Escaping for the HTML report. Every value that reaches the page goes through `html` (which escapes
 * interpolations unless they are `Raw`) or `scriptJson`; endpoint names, error texts and scenario
 * names come from users and from servers under test, so they are hostile until escaped.
 */

/** A trusted HTML fragment: output of `html` or of code that escaped its own inputs. */
export class Raw {
  readonly value: string
  constructor(value: string) {
    this.value = value
  }
  toString(): string {
    return this.value
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for element content and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c)
}

type Part = Raw | string | number | null | undefined | boolean | readonly Part[]

function render(part: Part): string {
  if (part instanceof Raw) return part.value
  if (Array.isArray(part)) return part.map(render).join('')
  if (part === null || part === undefined || part === false) return ''
  return escapeHtml(part)
}

/**
 * Tagged template that escapes every interpolation (arrays are joined, `Raw` passes through,
 * null/undefined/false render nothing), so forgetting to escape is not possible by construction.
 */
export function html(strings: TemplateStringsArray, ...values: Part[]): Raw {
  let out = strings[0] ?? ''
  for (let i = 0; i < values.length; i++) out += render(values[i] as Part) + (strings[i + 1] ?? '')
  return new Raw(out)
}

/**
 * JSON safe inside `<script type="application/json">`: `<`, `>` and `&` become \u escapes so that
 * `</script>` or `<!--` in a name cannot end the element, and U+2028/2029 are escaped for old
 * parsers that treat them as line ends. JSON.parse restores the exact strings.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

/**
 * Our own script code for a `<script>` element. It is not user data, but a `</script` or `<!--` in it
 * (say, in a string literal) would break the page, so refuse that loudly instead of shipping it.
 */
export function inlineScript(code: string): Raw {
  if (/<\/script|<!--/i.test(code)) throw new Error('inline script contains </script or <!--')
  return new Raw(code)
}
