/** Message and traceback of a user-code error, as Locust's exceptions table groups them. */

/**
 * The stack frames only (like Python's format_tb), without Node's internal frames: those vary with
 * scheduling (`processTicksAndRejections` appears or not), which would split one error into several rows.
 */
export function describeError(e: unknown): { message: string; traceback: string } {
  const err = e instanceof Error ? e : new Error(String(e))
  const traceback = (err.stack ?? '')
    .split('\n')
    .filter((l) => /^\s+at /.test(l) && !l.includes('(node:internal') && !/^\s+at node:internal/.test(l))
    .join('\n')
  return { message: err.message || err.name, traceback }
}
