/** Time source for the engine; injectable so unit tests can drive waits without real time. */
export interface Clock {
  /** Monotonic milliseconds. */
  now(): number
  /** Epoch seconds (for results). */
  epoch(): number
  /** Resolves after `ms`, or early (never rejecting) when the signal aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

export const realClock: Clock = {
  now: () => performance.now(),
  epoch: () => Date.now() / 1000,
  sleep(ms, signal) {
    return new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve()
      const done = () => {
        clearTimeout(timer)
        signal?.removeEventListener('abort', done)
        resolve()
      }
      const timer = setTimeout(done, Math.max(0, ms))
      signal?.addEventListener('abort', done, { once: true })
    })
  },
}
