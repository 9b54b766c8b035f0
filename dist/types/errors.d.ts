/**
 * Errors with stable codes (undici style). Anything thrown as a LoadActionError is a user-facing
 * problem: the CLI prints `message` on one line and exits with `exitCode` (2 for input/usage/tool
 * errors). Anything else that escapes is a bug and is printed with its stack.
 */
export type ErrorCode = 'CONFIG_INVALID' | 'USAGE' | 'INPUT_INVALID' | 'FILE_MISSING' | 'BASELINE_MISSING' | 'OUTPUT_UNWRITABLE' | 'INTERNAL';
export declare class LoadActionError extends Error {
    readonly code: ErrorCode;
    readonly exitCode: number;
    constructor(code: ErrorCode, message: string, options?: {
        cause?: unknown;
        exitCode?: number;
    });
}
/** One problem found while validating a file: where (file:line, field path) and what was expected. */
export interface Issue {
    file: string;
    line?: number;
    column?: number;
    /** Dotted field path, e.g. `users[0].tasks[1].weight`. */
    field?: string;
    message: string;
}
export declare function formatIssue(i: Issue): string;
/** Thrown when validation found one or more issues; the message lists every one, one per line. */
export declare class ValidationError extends LoadActionError {
    readonly issues: Issue[];
    constructor(issues: Issue[], code?: ErrorCode);
}
