import type { EventBus, EventListener, EventListeners, EventMap, EventName, Recorder } from './types.js';
export declare class Events implements EventBus {
    private readonly lists;
    /** Where listener errors go (set by the run once the recorder exists). */
    onError: (e: unknown) => void;
    on<K extends EventName>(name: K, fn: EventListener<K>): void;
    off<K extends EventName>(name: K, fn: EventListener<K>): void;
    /** Adds listeners given as a map (`{ request: fn }` or lists of functions). */
    addAll(map: EventListeners): void;
    has(name: EventName): boolean;
    /** Awaits every listener in order (testStart, testStop); errors go to onError. */
    emit<K extends Exclude<EventName, 'request'>>(name: K, event: EventMap[K]): Promise<void>;
    /** A recorder that tells request listeners about every request, then records it. */
    wrap(recorder: Recorder): Recorder;
    private list;
}
/** Records a listener's error like any user-code exception. */
export declare function recordListenerError(recorder: Recorder, e: unknown): void;
