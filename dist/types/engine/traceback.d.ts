/** Message and traceback of a user-code error, as Locust's exceptions table groups them. */
/**
 * The stack frames only (like Python's format_tb), without Node's internal frames: those vary with
 * scheduling (`processTicksAndRejections` appears or not), which would split one error into several rows.
 */
export declare function describeError(e: unknown): {
    message: string;
    traceback: string;
};
