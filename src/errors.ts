/**
 * Errors with stable codes (undici style). Anything thrown as a LoadActionError is a user-facing
 * problem: the CLI prints `message` on one line and exits with `exitCode` (2 for input/usage/tool
 * errors). Anything else that escapes is a bug and is printed with its stack.
 */
export type ErrorCode =
  | 'CONFIG_INVALID' // scenario file failed validation
  | 'USAGE' // bad command line or action input
  | 'INPUT_INVALID' // a CSV / results / thresholds file that cannot be read
  | 'FILE_MISSING'
  | 'BASELINE_MISSING'
  | 'OUTPUT_UNWRITABLE'
  | 'INTERNAL'

export class LoadActionError extends Error {
  readonly code: ErrorCode
  readonly exitCode: number
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; exitCode?: number }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'LoadActionError'
    this.code = code
    this.exitCode = options?.exitCode ?? 2
  }
}

/** One problem found while validating a file: where (file:line, field path) and what was expected. */
export interface Issue {
  file: string
  line?: number
  column?: number
  /** Dotted field path, e.g. `users[0].tasks[1].weight`. */
  field?: string
  message: string
}

export function formatIssue(i: Issue): string {
  const where = [i.file, i.line, i.line !== undefined ? i.column : undefined].filter((x) => x !== undefined).join(':')
  return `${where}: ${i.field ? `${i.field}: ` : ''}${i.message}`
}

/** Thrown when validation found one or more issues; the message lists every one, one per line. */
export class ValidationError extends LoadActionError {
  readonly issues: Issue[]
  constructor(issues: Issue[], code: ErrorCode = 'CONFIG_INVALID') {
    super(code, issues.map(formatIssue).join('\n'))
    this.issues = issues
  }
}
