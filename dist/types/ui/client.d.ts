/**
 * The live page's script: applies server-sent updates (fragments rendered by the report's code),
 * then runs the report's own client (`render`: sorting, hover read-outs) on the new content, and
 * sends the form's start / change / stop. Embedded with Function.prototype.toString(), so it must
 * stay self-contained (no imports, no outer variables). Fragments come escaped from the server;
 * status text is set with textContent only.
 */
export declare function liveClient(render: () => void): void;
