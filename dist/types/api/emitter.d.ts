/**
 * A tiny typed event emitter for run handles. Not node:events: an 'error' event without listeners
 * must not throw here (the result promise already carries the error), and listener errors must not
 * reach the engine.
 */
export declare class Emitter<M extends Record<string, unknown>> {
    private readonly map;
    /** Adds a listener; returns `this` for chaining. */
    on<K extends keyof M>(name: K, fn: (value: M[K]) => void): this;
    off<K extends keyof M>(name: K, fn: (value: M[K]) => void): this;
    /** Calls every listener of `name`; a throwing listener is reported on stderr and skipped. */
    protected emit<K extends keyof M>(name: K, value: M[K]): void;
}
