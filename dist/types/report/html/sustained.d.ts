/**
 * The "Sustained run" section: first vs last window of the run (requests/s, p95), the generator's
 * own memory (it should stay flat), and the spikes of a shaped run with their recovery times. From
 * stats/degradation.ts and meta.spikes; shown only when there is something to show.
 */
import type { Degradation } from '../../stats/degradation.js';
import type { SpikeData } from '../../stats/types.js';
import { type Raw } from './escape.js';
export interface SustainedModel {
    degradation: Degradation | null;
    spikes: SpikeData[];
    /** Run start (epoch s), for spike offsets. */
    startTime: number;
}
export declare function sustainedSection(s: SustainedModel | undefined): Raw | null;
