/**
 * A per-user cookie jar, as a requests.Session keeps one: Set-Cookie from a response is sent back as
 * Cookie on later requests to the same host. Deliberately small: host-scoped (Domain/Path ignored),
 * Max-Age ≤ 0 or a past Expires deletes. Enough for session-cookie flows in load tests.
 */
export declare class CookieJar {
    private readonly byHost;
    /** Cached Cookie header per host; rebuilt only when the jar changes. */
    private readonly header;
    /** Stores the cookies of one response's Set-Cookie header(s). */
    store(hostname: string, setCookie: string | string[] | undefined): void;
    /** The Cookie header value for a host, or null when there are none. */
    get(hostname: string): string | null;
}
