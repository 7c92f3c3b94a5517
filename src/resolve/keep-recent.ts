/**
 * The one least-recently-used rule of the resolve caches (records, list tails, list sizes,
 * compared sentences).
 */

/**
 * Keep `value` under `key` as the newest entry of `map`, and drop the oldest entry once the map
 * holds more than `limit`. Note: a Map iterates in insertion order, so deleting a key and setting
 * it again moves it to the newest end, and the first key is the one least recently kept.
 */
export function keepRecent<K, V>(map: Map<K, V>, key: K, value: V, limit: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > limit) {
    const oldest = map.keys().next();
    if (oldest.done !== true) map.delete(oldest.value);
  }
}
