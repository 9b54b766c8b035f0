/**
 * ctx.ws for code tasks: `const c = await ctx.ws.connect('/chat')`, then `c.request(msg, { match })`
 * for timed round trips, `send`/`receive`/`waitFor` for free-form conversations, `close()`. Target
 * failures are recorded and reported on the connection (`error`), never thrown; waiting calls
 * (`receive`, `waitFor`) reject on timeout or close, like a socket read would.
 */
import type { WsClient, WsConnectOptions, WsConnection } from '../../engine/types.js';
import { type WsSession } from './session.js';
export declare class WsCodeClient implements WsClient {
    private readonly s;
    constructor(s: WsSession);
    connect(path: string, opts?: WsConnectOptions): Promise<WsConnection>;
}
