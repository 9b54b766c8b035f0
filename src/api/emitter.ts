/**
 * A tiny typed event emitter for run handles. Not node:events: an 'error' event without listeners
 * must not throw here (the result promise already carries the error), and listener errors must not
 * reach the engine.
 */
export class Emitter<M extends Record<string, unknown>> {
  private readonly map = new Map<keyof M, Set<(v: never) => void>>()

  /** Adds a listener; returns `this` for chaining. */
  on<K extends keyof M>(name: K, fn: (value: M[K]) => void): this {
    let set = this.map.get(name)
    if (!set) this.map.set(name, (set = new Set()))
    set.add(fn as (v: never) => void)
    return this
  }

  off<K extends keyof M>(name: K, fn: (value: M[K]) => void): this {
    this.map.get(name)?.delete(fn as (v: never) => void)
    return this
  }

  /** Calls every listener of `name`; a throwing listener is reported on stderr and skipped. */
  protected emit<K extends keyof M>(name: K, value: M[K]): void {
    for (const fn of [...(this.map.get(name) ?? [])]) {
      try {
        ;(fn as (v: M[K]) => void)(value)
      } catch (e) {
        console.error(`load-action: a '${String(name)}' listener threw: ${(e as Error)?.message ?? e}`)
      }
    }
  }
}
