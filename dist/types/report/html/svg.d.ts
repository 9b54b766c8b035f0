/**
 * Server-side SVG line charts: the charts draw without script (and in previews that block it); the
 * inline script only adds hover read-outs. Colors come from CSS classes so light and dark schemes
 * restyle them. Coordinates are rounded to keep hours of history small.
 */
import { Raw } from './escape.js';
export declare const W = 640;
export declare const H = 230;
export interface Series {
    label: string;
    /** Color slot 1–6 (CSS `.c1`…). */
    color: number;
    x: readonly number[];
    y: readonly (number | null)[];
    /** Upper edge of a shaded band above the line (e.g. the bucket maximum). */
    band?: readonly (number | null)[];
    /** Baselines are dashed. */
    dashed?: boolean;
}
export interface ChartSpec {
    id: string;
    title: string;
    unit: string;
    series: Series[];
    /** Horizontal reference lines, e.g. the baseline's average when only its rows are known. */
    levels?: {
        label: string;
        value: number;
        color: number;
    }[];
    xTicks: {
        v: number;
        label: string;
    }[];
    xDomain: [number, number];
}
/** A "nice" axis top and step (1, 2, 2.5, 5 × 10^n) covering `max` in about 4 ticks. */
export declare function niceScale(max: number): {
    top: number;
    step: number;
};
/** Renders one chart as an inline `<svg>`; `data-*` attributes give the client script the geometry. */
export declare function lineChart(spec: ChartSpec): Raw;
