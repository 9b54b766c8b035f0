/**
 * `${var}` / `${obj.key}` / `${env.NAME}` templates in paths, headers and bodies. Compiled once per
 * distinct string and cached, so rendering a template-free string is one Map lookup. Unknown names are
 * left as written (a visible `${id}` in a failing URL explains more than an empty string would).
 */
/** True when the text has at least one placeholder. */
export declare function hasTemplate(text: string): boolean;
/**
 * Renders placeholders from `vars` (dotted lookups into objects) and `env.NAME` from the process
 * environment. `escape` post-processes each value (used to keep JSON bodies valid).
 */
export declare function render(text: string, vars: Record<string, unknown>, escape?: (s: string) => string): string;
/** Escapes a value for the inside of a JSON string literal. */
export declare function jsonEscape(s: string): string;
