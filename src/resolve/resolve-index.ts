/**
 * The resolve index: where resolve keeps what it knows about the corpus (entity keys, story
 * signatures, MinHash bands, claim subjects, timeline dates) so that a new document is resolved
 * by looking things up, never by comparing it with every stored document. Two kinds of data:
 * records (a JSON value under a kind and key) and member lists (ids filed under a kind and key,
 * in the order they were added). The in-memory index below and the SQLite one
 * (src/store/sqlite/sqlite-resolve-index.ts) behave alike: values go through JSON in both, so
 * `sitrep analyze` and `sitrep ingest` resolve the same corpus to the same findings.
 */
import { createRecordCache } from './record-cache.js';

/** A store for resolve's records and member lists. */
export interface ResolveIndex {
  /**
   * The record of this kind and key, or undefined. The value may be shared and is frozen: to
   * change a record, copy it and put the copy.
   */
  getRecord<T>(kind: string, key: string): T | undefined;
  /** Store a record (replacing the value, keeping its original position in {@link records}). */
  putRecord(kind: string, key: string, value: unknown): void;
  /** Every record of a kind, in the order first stored; with an offset, from that position on (optional, default 0). */
  records<T>(kind: string, offset?: number): Iterable<T>;
  /** How many records of a kind are stored. */
  recordCount(kind: string): number;
  /**
   * File `member` under kind and key. A list holds a member once: callers file each member once
   * per list (resolve does, deduplicating within a document); adding one again changes nothing
   * here in memory, and in the SQLite index while it is among the list's newest cached members.
   * Note: that index keeps no index on members, which would double the cost of every filing.
   */
  addMember(kind: string, key: string, member: string): void;
  /** Members filed under kind and key, oldest first; with a limit, only the newest `limit`. */
  members(kind: string, key: string, limit?: number): string[];
  /** How many members are filed under kind and key. */
  memberCount(kind: string, key: string): number;
  /** The keys that have members of a kind, sorted by UTF-16 code units (as `Array.prototype.sort`). */
  keys(kind: string): string[];
  /** Run `work` as one unit (a transaction where the backend has them). */
  transaction<T>(work: () => T): T;
}

/** Member lists from this size on keep a Set beside the list for the "already filed" check. */
const SET_FROM = 16;

interface MemberList {
  readonly list: string[];
  set: Set<string> | undefined;
}

/** An index held in memory, for `sitrep analyze` and tests. */
export function createMemoryIndex(): ResolveIndex {
  const records = new Map<string, Map<string, string>>();
  const members = new Map<string, Map<string, MemberList>>();
  const cache = createRecordCache();
  const tableOf = <V>(tables: Map<string, Map<string, V>>, kind: string): Map<string, V> => {
    let table = tables.get(kind);
    if (table === undefined) {
      table = new Map();
      tables.set(kind, table);
    }
    return table;
  };
  return {
    getRecord<T>(kind: string, key: string): T | undefined {
      return cache.read<T>(kind, key, () => records.get(kind)?.get(key));
    },
    putRecord(kind, key, value) {
      tableOf(records, kind).set(key, JSON.stringify(value));
      cache.forget(kind, key);
    },
    *records<T>(kind: string, offset = 0): Iterable<T> {
      let position = 0;
      for (const json of records.get(kind)?.values() ?? []) {
        if (position >= offset) yield JSON.parse(json) as T;
        position += 1;
      }
    },
    recordCount(kind) {
      return records.get(kind)?.size ?? 0;
    },
    addMember(kind, key, member) {
      const table = tableOf(members, kind);
      const entry = table.get(key);
      if (entry === undefined) {
        table.set(key, { list: [member], set: undefined });
        return;
      }
      // Note: most lists stay short (a band key or sentence of one document), so a Set is only built for long ones.
      if (entry.set !== undefined ? entry.set.has(member) : entry.list.includes(member)) return;
      entry.list.push(member);
      if (entry.set !== undefined) entry.set.add(member);
      else if (entry.list.length >= SET_FROM) entry.set = new Set(entry.list);
    },
    members(kind, key, limit) {
      const list = members.get(kind)?.get(key)?.list ?? [];
      return limit === undefined || list.length <= limit ? [...list] : list.slice(list.length - limit);
    },
    memberCount(kind, key) {
      return members.get(kind)?.get(key)?.list.length ?? 0;
    },
    keys(kind) {
      return [...(members.get(kind)?.keys() ?? [])].sort();
    },
    transaction(work) {
      return work();
    },
  };
}
