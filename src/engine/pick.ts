/**
 * Weighted random choice, as Locust picks a task each iteration (random.choice over a list with each
 * task repeated `weight` times): cumulative weights + binary search, no per-pick allocation.
 */
export class WeightedPicker<T> {
  private readonly items: readonly T[]
  private readonly cumulative: Float64Array
  private readonly total: number
  private readonly random: () => number
  constructor(items: readonly T[], weights: readonly number[], random: () => number = Math.random) {
    this.items = items
    this.cumulative = new Float64Array(weights.length)
    let sum = 0
    weights.forEach((w, i) => (this.cumulative[i] = sum += w))
    this.total = sum
    this.random = random
  }

  pick(): T {
    if (this.items.length === 1) return this.items[0] as T
    const x = this.random() * this.total
    let lo = 0
    let hi = this.cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((this.cumulative[mid] as number) > x) hi = mid
      else lo = mid + 1
    }
    return this.items[lo] as T
  }
}
