/**
 * Which user class each spawned user gets, in spawn order, as Locust 2.x dispatches them: weights
 * normalised so the smallest is 2 (Python round, half to even), then a smooth weighted round-robin
 * (nginx / the `roundrobin` package Locust uses) over one cycle of sum(weights) picks, repeated.
 * Weights 5:1 give AAABAAAAABAA…, so the mix is right during ramp-up too.
 */

/** Python's round(): halves go to the even neighbour. */
export function pyRound(x: number): number {
  const r = Math.round(x)
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r
}

/** One cycle of class indexes, e.g. weights [2, 5, 6] → 13 indexes. */
export function weightedCycle(weights: readonly number[]): number[] {
  if (weights.length === 0) return []
  if (weights.length === 1) return [0]
  const min = Math.min(...weights)
  const norm = weights.map((w) => pyRound((2 * w) / min))
  const length = norm.reduce((a, b) => a + b, 0)
  const current = norm.map(() => 0)
  const out: number[] = []
  for (let n = 0; n < length; n++) {
    let best = -1
    for (let i = 0; i < norm.length; i++) {
      current[i] = (current[i] as number) + (norm[i] as number)
      // Strictly greater: the first of equal candidates wins, as in roundrobin.smooth.
      if (best < 0 || (current[i] as number) > (current[best] as number)) best = i
    }
    current[best] = (current[best] as number) - length
    out.push(best)
  }
  return out
}

/** Class index of the k-th spawned user (0-based). */
export function classForUser(cycle: readonly number[], k: number): number {
  return cycle[k % cycle.length] as number
}
