/**
 * The report's inline script: sortable tables, the endpoint filter and hover read-outs on charts.
 * Written as a typed function and embedded with `Function.prototype.toString()`, so it is type
 * checked like the rest; it must stay self-contained (no imports, no outer variables) and work
 * without the charts' data (the SVGs are drawn on the server).
 */
export declare function reportClient(): void;
