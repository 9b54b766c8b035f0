/**
 * The report's charts from the view model: four over time (requests/s, failures/s, response times,
 * users) and the percentile distribution, each with the baseline dashed when one is known. Also
 * returns the numbers the hover read-out needs, embedded as JSON.
 */
import type { ChartSpec } from './svg.js';
import type { ReportModel } from './types.js';
/** What the client script reads for hover read-outs: shared x arrays and per-chart series. */
export interface ChartData {
    xs: Record<string, number[]>;
    charts: Record<string, {
        unit: string;
        xLabels?: string[];
        series: {
            label: string;
            xs: string;
            y: (number | null)[];
            max?: (number | null)[];
        }[];
    }>;
}
/** Seconds as m:ss, or h:mm:ss past an hour. */
export declare function clock(s: number): string;
export declare function timeTicks(end: number): ChartSpec['xTicks'];
/** Position of percentile p on the "nines" axis: 90 % → 1, 99 % → 2 …; 100 % sits half a nine past 99.99 %. */
export declare function ninesX(p: number): number;
/** Chart specs plus hover data for a model. */
export declare function buildCharts(m: ReportModel): {
    specs: ChartSpec[];
    data: ChartData;
};
