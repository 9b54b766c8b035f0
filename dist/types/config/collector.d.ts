/**
 * Issue collection for validators: every problem is recorded with its field path and the line the
 * locator finds for it, and validation goes on, so one run reports every issue (k6's Validate() []error).
 */
import type { Issue } from '../errors.js';
/** A field path: keys and list indexes from the document root. */
export type Path = readonly (string | number)[];
/** Finds the line of a path in the source file (YAML/JSON); `key` asks for the key rather than the value. */
export type Locator = (path: Path, key?: boolean) => number | undefined;
/** Renders `users[0].tasks[1].weight`. */
export declare function fieldName(path: Path): string;
export declare class Collector {
    readonly issues: Issue[];
    readonly file: string;
    readonly locate: Locator;
    constructor(file: string, locate: Locator);
    /** Issues in file order (line, then the order found), for reading top to bottom. */
    sorted(): Issue[];
    /** Records one issue at `path`. */
    add(path: Path, message: string, key?: boolean): void;
    /** `expected …, got …` in one place so every message reads the same. */
    expected(path: Path, what: string, got: unknown): void;
    /**
     * Reports keys of `obj` not in `known` (suggesting the closest known one) and returns a copy
     * whose aliased keys (`spawnRate` for `spawn-rate`) are folded into their canonical name.
     */
    keys(path: Path, obj: Record<string, unknown>, known: readonly string[], aliases?: Record<string, string>): Record<string, unknown>;
    /** Returns obj if it is a plain mapping, else records an issue and returns undefined. */
    mapping(path: Path, value: unknown): Record<string, unknown> | undefined;
    /** A finite number > 0 (or ≥ 0 with allowZero). */
    positive(path: Path, value: unknown, allowZero?: boolean): number | undefined;
    /** A duration in seconds ('30s', '5m', plain seconds); zero only when allowed. */
    duration(path: Path, value: unknown, allowZero: boolean): number | undefined;
    string(path: Path, value: unknown): string | undefined;
}
export declare function isMapping(value: unknown): value is Record<string, unknown>;
/** Closest known key by edit distance, when close enough to be a plausible typo. */
export declare function closest(word: string, known: readonly string[]): string | undefined;
