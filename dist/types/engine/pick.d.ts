/**
 * Weighted random choice, as Locust picks a task each iteration (random.choice over a list with each
 * task repeated `weight` times): cumulative weights + binary search, no per-pick allocation.
 */
export declare class WeightedPicker<T> {
    private readonly items;
    private readonly cumulative;
    private readonly total;
    private readonly random;
    constructor(items: readonly T[], weights: readonly number[], random?: () => number);
    pick(): T;
}
