import type { Timeline } from '../report/html/types.js';
import type { HistorySecond } from '../stats/types.js';
export declare class TimelineCache {
    private readonly maxPoints;
    private step;
    private firstTime;
    private done;
    /** Index in the history of the first second not in `done`. */
    private next;
    constructor(maxPoints?: number);
    /** The timeline of `history` (ascending by time, the last second still open). */
    build(history: readonly HistorySecond[], startTime: number): Timeline;
}
