/** A Recorder that keeps every call, for tests that check exactly what was recorded. */
import type { Recorder } from '../../../src/engine/types.ts'

export interface Recorded {
  type: string
  name: string
  ms: number
  bytes: number
  error: string | null
}

export class ListRecorder implements Recorder {
  readonly requests: Recorded[] = []
  readonly exceptions: { message: string; traceback: string }[] = []
  readonly userCounts: number[] = []
  request(type: string, name: string, ms: number, bytes: number, error: string | null): void {
    this.requests.push({ type, name, ms, bytes, error })
  }
  exception(message: string, traceback: string): void {
    this.exceptions.push({ message, traceback })
  }
  setUserCount(n: number): void {
    this.userCounts.push(n)
  }
  count(name: string): number {
    return this.requests.filter((r) => r.name === name).length
  }
}
