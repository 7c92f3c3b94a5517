/**
 * The resolve index: where resolve keeps what it knows about the corpus (entity keys, story
 * signatures, MinHash bands, claim subjects, timeline dates) so that a new document is resolved
 * by looking things up, never by comparing it with every stored document. Two kinds of data:
 * records (a JSON value under a kind and key) and member lists (ids filed under a kind and key,
 * in the order they were added). The in-memory index below and the SQLite one
 * (src/store/sqlite/sqlite-resolve-index.ts) behave alike: values go through JSON in both, so
 * `sitrep analyze` and `sitrep ingest` resolve the same corpus to the same findings.
 */

/** A store for resolve's records and member lists. */
export interface ResolveIndex {
  /** The record of this kind and key, or undefined. */
  getRecord<T>(kind: string, key: string): T | undefined;
  /** Store a record (replacing the value, keeping its original position in {@link records}). */
  putRecord(kind: string, key: string, value: unknown): void;
  /** Every record of a kind, in the order first stored. */
  records<T>(kind: string): Iterable<T>;
  /** File `member` under kind and key (adding it again changes nothing). */
  addMember(kind: string, key: string, member: string): void;
  /** Members filed under kind and key, oldest first; with a limit, only the newest `limit`. */
  members(kind: string, key: string, limit?: number): string[];
  /** How many members are filed under kind and key. */
  memberCount(kind: string, key: string): number;
  /** Run `work` as one unit (a transaction where the backend has them). */
  transaction<T>(work: () => T): T;
}

/** An index held in memory, for `sitrep analyze` and tests. */
export function createMemoryIndex(): ResolveIndex {
  const records = new Map<string, Map<string, string>>();
  const members = new Map<string, { list: string[]; set: Set<string> }>();
  const kindOf = (kind: string): Map<string, string> => {
    let table = records.get(kind);
    if (table === undefined) {
      table = new Map();
      records.set(kind, table);
    }
    return table;
  };
  return {
    getRecord<T>(kind: string, key: string): T | undefined {
      const json = records.get(kind)?.get(key);
      return json === undefined ? undefined : (JSON.parse(json) as T);
    },
    putRecord(kind, key, value) {
      kindOf(kind).set(key, JSON.stringify(value));
    },
    *records<T>(kind: string): Iterable<T> {
      for (const json of records.get(kind)?.values() ?? []) yield JSON.parse(json) as T;
    },
    addMember(kind, key, member) {
      const slot = `${kind}\u0000${key}`;
      let entry = members.get(slot);
      if (entry === undefined) {
        entry = { list: [], set: new Set() };
        members.set(slot, entry);
      }
      if (entry.set.has(member)) return;
      entry.set.add(member);
      entry.list.push(member);
    },
    members(kind, key, limit) {
      const list = members.get(`${kind}\u0000${key}`)?.list ?? [];
      return limit === undefined || list.length <= limit ? [...list] : list.slice(list.length - limit);
    },
    memberCount(kind, key) {
      return members.get(`${kind}\u0000${key}`)?.list.length ?? 0;
    },
    transaction(work) {
      return work();
    },
  };
}
