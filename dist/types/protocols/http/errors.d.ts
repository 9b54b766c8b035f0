/** Python repr() of a str: single quotes unless the text has ' and no ". */
export declare function pyRepr(s: string): string;
/** `HTTPError('404 Client Error: Not Found for url: /x')`, or null when the status is not an error. */
export declare function statusError(status: number, reason: string, url: string): string | null;
/** A failure decided by a check (expect, capture, check callback), as catch_response's failure(). */
export declare function checkError(message: string): string;
/** Where the request went, for the urllib3-style timeout texts. */
export interface Target {
    https: boolean;
    hostname: string;
    port: number;
}
/** Maps an undici/Node error of a failed exchange to Locust's text. */
export declare function connectionError(err: unknown, target: Target, timeoutSeconds: number): string;
