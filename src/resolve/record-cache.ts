/**
 * A bounded cache of parsed resolve-index records, shared by both index backends. Most lookups
 * of a document pass read records that earlier passes read too (recent documents, claims on a
 * busy subject head, well-known entities, the open stories), so parsing each stored JSON value
 * once and handing out the same object saves most of the JSON work. Cached values are deeply
 * frozen: a caller that wants to change a record copies it and puts the copy, and a mutation
 * by mistake throws instead of silently changing what the next reader sees.
 */
import { keepRecent } from './keep-recent.js';

/**
 * Cached records kept at most (default of {@link createRecordCache}). Note: duplicate candidates
 * and related documents can be of any age, so with 8,192 entries their document records missed
 * more as the corpus grew (generated articles, in memory: 2.0 document-record misses per document
 * over the first 2,000 of 10k, 5.0 over the last; flat at 2.0 with 65,536), and through SQLite
 * each miss is a b-tree read and a JSON parse. A parsed record takes several KiB (at 30k through
 * SQLite: peak RSS 869 MiB with 8,192, 1,147 MiB with 32,768, 1,365 MiB with 65,536), so the
 * limit is a share of the 2 GiB budget, not all of the corpus.
 */
export const RECORD_CACHE_SIZE = 32_768;

/** A cache of parsed records by kind and key; misses are cached too. */
export interface RecordCache {
  /** The parsed, frozen value under kind and key; `load` gives the stored JSON on a miss. */
  read<T>(kind: string, key: string, load: () => string | undefined): T | undefined;
  /** Drop what is cached under kind and key (call it whenever the stored value changes). */
  forget(kind: string, key: string): void;
  /** Drop everything (after a rolled-back transaction). */
  clear(): void;
}

/** Freeze a parsed JSON value and everything inside it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const inner of Object.values(value)) deepFreeze(inner);
  return Object.freeze(value);
}

/** A least-recently-used cache of parsed records (limit: entries kept, default {@link RECORD_CACHE_SIZE}). */
export function createRecordCache(limit = RECORD_CACHE_SIZE): RecordCache {
  const entries = new Map<string, unknown>();
  return {
    read<T>(kind: string, key: string, load: () => string | undefined): T | undefined {
      const slot = `${kind}\u0000${key}`;
      if (entries.has(slot)) {
        const hit = entries.get(slot);
        keepRecent(entries, slot, hit, limit);
        return hit as T | undefined;
      }
      const json = load();
      const value: unknown = json === undefined ? undefined : deepFreeze(JSON.parse(json));
      keepRecent(entries, slot, value, limit);
      return value as T | undefined;
    },
    forget(kind, key) {
      entries.delete(`${kind}\u0000${key}`);
    },
    clear() {
      entries.clear();
    },
  };
}
