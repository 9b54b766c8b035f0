/**
 * The LoadControl the API and the web UI hand to the engine: it remembers the wanted load until
 * the runner attaches its user pool, and forgets the pool when the users stop, so a late click in
 * the UI is a no-op rather than a restart.
 */
import type { LoadControl } from '../engine/types.js';
export declare class LoadController implements LoadControl {
    private setter;
    private wanted;
    private closed;
    attach(setLoad: (users: number, spawnRate: number) => void): void;
    detach(): void;
    /** Whether load changes still take effect (false once the run's users are stopping). */
    get open(): boolean;
    /** The last load asked for through setLoad, if any. */
    get target(): {
        users: number;
        spawnRate: number;
    } | null;
    /** Moves the run toward `users` at `spawnRate` users/s; returns false when the run no longer takes changes. */
    setLoad(users: number, spawnRate: number): boolean;
}
