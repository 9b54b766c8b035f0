import type { Hist } from './histogram.js';
import type { HistoryCell, StatsEntryData } from './types.js';
export declare class Acc {
    readonly type: string;
    readonly name: string;
    /** Whole run, up to the last closed second. */
    readonly hist: Hist;
    /** The current second (entries only; Aggregated builds its second from its entries'). */
    readonly sec: Hist;
    numRequests: number;
    numFailures: number;
    totalResponseTime: number;
    minResponseTime: number | null;
    maxResponseTime: number;
    totalContentLength: number;
    lastRequestTimestamp: number | null;
    secRequests: number;
    secFailures: number;
    secResponseTime: number;
    secContentLength: number;
    secMin: number | null;
    secMax: number;
    constructor(type: string, name: string, withSecond?: boolean);
    /** Count one sample (numbers only). Returns true for the first sample of the current second. */
    count(ms: number, bytes: number, failed: boolean, t: number): boolean;
    /** Count one sample and record it into this second's histogram. */
    add(ms: number, bytes: number, failed: boolean, t: number): boolean;
    /** This second as a history cell; `hist` is the second's histogram (default: this entry's own). */
    cell(hist?: Hist): HistoryCell;
    /** Close the current second: fold `secHist` (default: own) into the whole run and reset. */
    closeSecond(secHist?: Hist): void;
    /** Snapshot as results data, including the open second (`open`: its histogram, if not `sec`). */
    data(startTime: number, open?: Hist | null): StatsEntryData;
}
