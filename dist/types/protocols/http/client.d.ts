/**
 * ctx.http for code tasks: Locust's self.client. Every call is timed and recorded; target failures
 * never throw (the response has status 0 and `error`, as Locust's), only the user's hard stop does.
 * `check` plays catch_response: return a string (failure text) or false to fail, true to pass
 * whatever the status, nothing to keep the status rule.
 */
import type { HttpClient, HttpRequestOptions, HttpResponse } from '../../engine/types.js';
import type { HttpSession } from './session.js';
export declare class HttpCodeClient implements HttpClient {
    private readonly session;
    constructor(session: HttpSession);
    request(method: string, path: string, opts?: HttpRequestOptions): Promise<HttpResponse>;
    get(path: string, opts?: HttpRequestOptions): Promise<HttpResponse>;
    post(path: string, opts?: HttpRequestOptions): Promise<HttpResponse>;
    put(path: string, opts?: HttpRequestOptions): Promise<HttpResponse>;
    patch(path: string, opts?: HttpRequestOptions): Promise<HttpResponse>;
    delete(path: string, opts?: HttpRequestOptions): Promise<HttpResponse>;
}
