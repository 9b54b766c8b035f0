/**
 * Server-sent events for the live page: one `update` event per refresh, sent to every open page.
 * The refresh timer runs only while a run is live and pages are open, and never keeps the process
 * alive by itself.
 */
import type { ServerResponse } from 'node:http';
import type { LiveUpdate } from './view.js';
export declare class EventStream {
    private readonly clients;
    private readonly render;
    private timer;
    private last;
    constructor(render: (fresh?: boolean) => LiveUpdate);
    /** Opens a stream for a page and sends it the current picture at once. */
    add(res: ServerResponse): void;
    /** Sends a freshly rendered update now (state and load changes). */
    push(): void;
    /** Refreshes open pages every `ms` until the run is over. */
    every(ms: number): void;
    close(): void;
    private broadcast;
    private send;
}
