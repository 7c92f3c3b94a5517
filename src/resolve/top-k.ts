/**
 * The first `count` items of a list in an order, without sorting the whole list: what
 * `[...items].sort(compare).slice(0, count)` gives (for an order with no ties), in time linear in
 * the list for a small count. Resolve ranks thousands of posting hits to keep a dozen.
 */

/** The `count` smallest items by `compare` (a strict order: no two items compare equal), smallest first. */
export function firstInOrder<T>(items: Iterable<T>, count: number, compare: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  if (count <= 0) return kept;
  for (const item of items) {
    const last = kept[kept.length - 1];
    if (kept.length >= count && last !== undefined && compare(item, last) >= 0) continue;
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const other = kept[middle];
      if (other !== undefined && compare(other, item) <= 0) low = middle + 1;
      else high = middle;
    }
    kept.splice(low, 0, item);
    if (kept.length > count) kept.pop();
  }
  return kept;
}
