/**
 * The run's event bus (Locust's `events`): testStart, testStop and request listeners. Request events
 * come from a Recorder wrapper that is put in front of the stats only when someone listens, so a run
 * without listeners pays nothing for the feature.
 */
import { describeError } from './traceback.ts'
import type { EventBus, EventListener, EventListeners, EventMap, EventName, Recorder, RequestEvent } from './types.ts'

export class Events implements EventBus {
  private readonly lists: { [K in EventName]: EventListener<K>[] } = { testStart: [], testStop: [], request: [] }
  /** Where listener errors go (set by the run once the recorder exists). */
  onError: (e: unknown) => void = () => {}

  on<K extends EventName>(name: K, fn: EventListener<K>): void {
    if (typeof fn !== 'function') throw new TypeError(`events.on('${name}', fn): expected a function`)
    this.list(name).push(fn)
  }

  off<K extends EventName>(name: K, fn: EventListener<K>): void {
    const l = this.list(name)
    const i = l.indexOf(fn)
    if (i >= 0) l.splice(i, 1)
  }

  /** Adds listeners given as a map (`{ request: fn }` or lists of functions). */
  addAll(map: EventListeners): void {
    for (const name of Object.keys(map) as EventName[]) {
      const v = map[name]
      for (const fn of Array.isArray(v) ? v : [v]) if (fn) this.on(name, fn as EventListener<typeof name>)
    }
  }

  has(name: EventName): boolean {
    return this.lists[name].length > 0
  }

  /** Awaits every listener in order (testStart, testStop); errors go to onError. */
  async emit<K extends Exclude<EventName, 'request'>>(name: K, event: EventMap[K]): Promise<void> {
    for (const fn of [...this.list(name)]) {
      try {
        await fn(event)
      } catch (e) {
        this.onError(e)
      }
    }
  }

  /** A recorder that tells request listeners about every request, then records it. */
  wrap(recorder: Recorder): Recorder {
    const listeners = this.lists.request
    const onError = (e: unknown) => this.onError(e)
    const request: Recorder['request'] = (type, name, responseTime, contentLength, error) => {
      recorder.request(type, name, responseTime, contentLength, error)
      if (listeners.length === 0) return
      const ev: RequestEvent = { type, name, responseTime, contentLength, error }
      for (const fn of listeners) {
        try {
          fn(ev)
        } catch (e) {
          onError(e)
        }
      }
    }
    // A proxy rather than a copy: other methods (present or added to Recorder later) keep `this` = recorder.
    const wrapped = new Proxy(recorder, {
      get(target, key) {
        if (key === 'request') return request
        const v = Reflect.get(target, key, target) as unknown
        return typeof v === 'function' ? v.bind(target) : v
      },
    })
    return wrapped
  }

  private list<K extends EventName>(name: K): EventListener<K>[] {
    const l = this.lists[name] as EventListener<K>[] | undefined
    if (!l) throw new TypeError(`unknown event '${String(name)}'; events: ${Object.keys(this.lists).join(', ')}`)
    return l
  }
}

/** Records a listener's error like any user-code exception. */
export function recordListenerError(recorder: Recorder, e: unknown): void {
  const { message, traceback } = describeError(e)
  recorder.exception(message, traceback)
}
