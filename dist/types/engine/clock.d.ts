/** Time source for the engine; injectable so unit tests can drive waits without real time. */
export interface Clock {
    /** Monotonic milliseconds. */
    now(): number;
    /** Epoch seconds (for results). */
    epoch(): number;
    /** Resolves after `ms`, or early (never rejecting) when the signal aborts. */
    sleep(ms: number, signal?: AbortSignal): Promise<void>;
}
export declare const realClock: Clock;
