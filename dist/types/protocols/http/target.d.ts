/**
 * Base URL handling: origin for the connection, base path to prefix, and credentials from
 * `user:pass@` turned into a Basic Authorization header. The credential-free form is the only one
 * that appears in names and messages.
 */
export interface Origin {
    /** scheme://host:port, no credentials. */
    origin: string;
    https: boolean;
    hostname: string;
    port: number;
    /** Path of the base URL without trailing slash ('' for none), prefixed to relative paths like Locust. */
    basePath: string;
    /** `Basic …` when the URL had credentials. */
    authorization: string | null;
}
/** Parses a base or absolute URL (cached: hosts repeat on every request). */
export declare function parseOrigin(url: string): Origin;
/** Absolute http(s) URL? (then it names its own origin). */
export declare function isAbsolute(path: string): boolean;
/** Removes user:pass@ from a URL for names and messages. */
export declare function stripCredentials(url: string): string;
