/**
 * Escaping for the HTML report. Every value that reaches the page goes through `html` (which escapes
 * interpolations unless they are `Raw`) or `scriptJson`; endpoint names, error texts and scenario
 * names come from users and from servers under test, so they are hostile until escaped.
 */
/** A trusted HTML fragment: output of `html` or of code that escaped its own inputs. */
export declare class Raw {
    readonly value: string;
    constructor(value: string);
    toString(): string;
}
/** Escapes text for element content and quoted attribute values. */
export declare function escapeHtml(value: unknown): string;
type Part = Raw | string | number | null | undefined | boolean | readonly Part[];
/**
 * Tagged template that escapes every interpolation (arrays are joined, `Raw` passes through,
 * null/undefined/false render nothing), so forgetting to escape is not possible by construction.
 */
export declare function html(strings: TemplateStringsArray, ...values: Part[]): Raw;
/**
 * JSON safe inside `<script type="application/json">`: `<`, `>` and `&` become \u escapes so that
 * `</script>` or `<!--` in a name cannot end the element, and U+2028/2029 are escaped for old
 * parsers that treat them as line ends. JSON.parse restores the exact strings.
 */
export declare function scriptJson(value: unknown): string;
/**
 * Our own script code for a `<script>` element. It is not user data, but a `</script` or `<!--` in it
 * (say, in a string literal) would break the page, so refuse that loudly instead of shipping it.
 */
export declare function inlineScript(code: string): Raw;
export {};
