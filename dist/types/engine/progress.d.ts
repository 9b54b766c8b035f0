/**
 * The once-a-second progress callback. Uses the recorder's live snapshot when it has one (StatsRecorder
 * does); otherwise reports the user count only. Also ticks the recorder so idle seconds still close.
 */
import type { Clock } from './clock.js';
import type { ProgressEvent, Recorder } from './types.js';
export declare function startProgress(recorder: Recorder, onProgress: ((p: ProgressEvent) => void) | undefined, clock: Clock, t0: number, users: () => number): {
    stop(): void;
};
