/**
 * The LoadControl the API and the web UI hand to the engine: it remembers the wanted load until
 * the runner attaches its user pool, and forgets the pool when the users stop, so a late click in
 * the UI is a no-op rather than a restart.
 */
import type { LoadControl } from '../engine/types.ts'

export class LoadController implements LoadControl {
  private setter: ((users: number, spawnRate: number) => void) | null = null
  private wanted: { users: number; spawnRate: number } | null = null
  private closed = false

  attach(setLoad: (users: number, spawnRate: number) => void): void {
    if (this.closed) return
    this.setter = setLoad
    if (this.wanted) setLoad(this.wanted.users, this.wanted.spawnRate)
  }

  detach(): void {
    this.setter = null
    this.closed = true
  }

  /** Whether load changes still take effect (false once the run's users are stopping). */
  get open(): boolean {
    return !this.closed
  }

  /** The last load asked for through setLoad, if any. */
  get target(): { users: number; spawnRate: number } | null {
    return this.wanted
  }

  /** Moves the run toward `users` at `spawnRate` users/s; returns false when the run no longer takes changes. */
  setLoad(users: number, spawnRate: number): boolean {
    if (this.closed) return false
    this.wanted = { users, spawnRate }
    this.setter?.(users, spawnRate)
    return true
  }
}
