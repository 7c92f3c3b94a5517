/**
 * The resolve index kept in SQLite: records in `resolve_records` (migration 2; read in stored
 * order through the kind index of migration 4), member lists in `resolve_postings` (migration 3:
 * keyed by kind, key and position in the list; since migration 5 nothing else, a list's size
 * being its last position + 1), so that `sitrep ingest` resolves each new document by indexed
 * lookups. Parsed records and the tails of recently read member lists are cached in memory.
 * Members filed inside a transaction are held in memory until it commits and then inserted in
 * key order (see {@link PendingList}).
 * Behaves exactly like the in-memory index (src/resolve/resolve-index.ts) for callers that file
 * a member under a list once (resolve does; see {@link ResolveIndex.addMember}).
 */
import type Database from 'better-sqlite3';
import { createMemberCache } from '../../resolve/member-cache.js';
import { createRecordCache } from '../../resolve/record-cache.js';
import type { ResolveIndex } from '../../resolve/resolve-index.js';
import { keepRecent } from '../../resolve/keep-recent.js';

/** Records read per query when every record of a kind is read. */
const RECORD_PAGE = 1000;
/**
 * List sizes kept in memory. Note: resolve asks the size of a list for every term of a document
 * (its document frequency) and every sentence (background or not), far more lists than the
 * member cache holds tails of; a size is a few bytes, and each one kept spares a b-tree lookup
 * that, once the index outgrows the page cache, reads a page from disk.
 */
const COUNT_CACHE_SIZE = 1 << 17;

/**
 * Members filed under one list in the open transaction, not yet inserted. Note: the postings
 * b-tree takes a batch's members at random keys (hashes, ids); once the batch's leaf pages
 * outgrow the page cache, SQLite spills dirty pages to the log mid-transaction and writes and
 * reads many of them again as later documents touch them. Held here and inserted at commit in key
 * order, each leaf page is dirtied in one run and never revisited by the batch.
 */
interface PendingList {
  readonly kind: string;
  readonly key: string;
  /** Position of the first pending member (the list's size in the database). */
  readonly start: number;
  readonly members: string[];
}

/** A resolve index over an open SQLite database (migrated to version 2 or later). */
export function createSqliteResolveIndex(db: Database.Database): ResolveIndex {
  const getRecord = db.prepare('SELECT body_json FROM resolve_records WHERE kind = ? AND key = ?').pluck();
  const putRecord = db.prepare('INSERT INTO resolve_records (kind, key, body_json) VALUES (?, ?, ?) ON CONFLICT (kind, key) DO UPDATE SET body_json = excluded.body_json');
  const recordPage = db.prepare('SELECT rowid AS position, body_json AS json FROM resolve_records WHERE kind = ? AND rowid > ? ORDER BY rowid LIMIT ?');
  const firstPage = db.prepare('SELECT rowid AS position, body_json AS json FROM resolve_records WHERE kind = ? ORDER BY rowid LIMIT ? OFFSET ?');
  const recordCount = db.prepare('SELECT count(*) FROM resolve_records WHERE kind = ?').pluck();
  const addMember = db.prepare('INSERT INTO resolve_postings (kind, key, seq, member) VALUES (?, ?, ?, ?)');
  const allMembers = db.prepare('SELECT member FROM resolve_postings WHERE kind = ? AND key = ? ORDER BY seq').pluck();
  const newestMembers = db.prepare('SELECT member FROM resolve_postings WHERE kind = ? AND key = ? ORDER BY seq DESC LIMIT ?').pluck();
  const lastPosition = db.prepare('SELECT seq FROM resolve_postings WHERE kind = ? AND key = ? ORDER BY seq DESC LIMIT 1').pluck();
  const keys = db.prepare('SELECT DISTINCT key FROM resolve_postings WHERE kind = ?').pluck();
  const storedCount = (kind: string, key: string): number => {
    const last = lastPosition.get(kind, key) as number | undefined;
    return last === undefined ? 0 : last + 1;
  };
  const pending = new Map<string, PendingList>();
  /** Whether a transaction this index opened is running (members filed outside one are inserted at once). */
  let buffering = false;
  const pendingOf = (kind: string, key: string): PendingList | undefined => (pending.size === 0 ? undefined : pending.get(`${kind}\u0000${key}`));
  const counted = new Map<string, number>();
  const remember = (slot: string, size: number): void => keepRecent(counted, slot, size, COUNT_CACHE_SIZE);
  const count = (kind: string, key: string): number => {
    const open = pendingOf(kind, key);
    if (open !== undefined) return open.start + open.members.length;
    const slot = `${kind}\u0000${key}`;
    let size = counted.get(slot);
    if (size === undefined) {
      size = storedCount(kind, key);
      remember(slot, size);
    }
    return size;
  };
  const newest = (kind: string, key: string, limit: number): string[] => {
    const open = pendingOf(kind, key);
    if (open !== undefined && open.members.length >= limit) return open.members.slice(open.members.length - limit);
    const stored = (newestMembers.all(kind, key, limit - (open?.members.length ?? 0)) as string[]).reverse();
    return open === undefined ? stored : [...stored, ...open.members];
  };
  const flushPending = (): void => {
    if (pending.size === 0) return;
    // Note: SQLite compares keys as UTF-8 bytes, which this order matches except for some characters; only locality depends on it.
    const open = [...pending.values()].sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    pending.clear();
    for (const list of open) for (let at = 0; at < list.members.length; at += 1) addMember.run(list.kind, list.key, list.start + at, list.members[at]);
  };
  const cache = createRecordCache();
  const lists = createMemberCache({ newest, count });
  return {
    getRecord<T>(kind: string, key: string): T | undefined {
      return cache.read<T>(kind, key, () => getRecord.get(kind, key) as string | undefined);
    },
    putRecord(kind, key, value) {
      putRecord.run(kind, key, JSON.stringify(value));
      cache.forget(kind, key);
    },
    *records<T>(kind: string, offset = 0): Iterable<T> {
      // Note: pages instead of one iterator (better-sqlite3 refuses other statements while one is open),
      // so the JSON of a large kind (conflicts, claims) is never in memory all at once.
      let after = 0;
      for (let first = true; ; first = false) {
        const page = (first ? firstPage.all(kind, RECORD_PAGE, offset) : recordPage.all(kind, after, RECORD_PAGE)) as { position: number; json: string }[];
        for (const row of page) yield JSON.parse(row.json) as T;
        const last = page[page.length - 1];
        if (last === undefined || page.length < RECORD_PAGE) return;
        after = last.position;
      }
    },
    recordCount(kind) {
      return recordCount.get(kind) as number;
    },
    addMember(kind, key, member) {
      // Note: no index on the member (migration 5): a repeat among the cached newest members is ignored, and resolve never files one otherwise.
      if (lists.holds(kind, key, member) === true) return;
      const position = lists.count(kind, key) ?? count(kind, key);
      const slot = `${kind}\u0000${key}`;
      if (!buffering) {
        addMember.run(kind, key, position, member);
        lists.added(kind, key, member);
        remember(slot, position + 1);
        return;
      }
      lists.added(kind, key, member);
      remember(slot, position + 1);
      const open = pending.get(slot);
      if (open === undefined) pending.set(slot, { kind, key, start: position, members: [member] });
      else open.members.push(member);
    },
    members(kind, key, limit) {
      if (limit === undefined) {
        const stored = allMembers.all(kind, key) as string[];
        const open = pendingOf(kind, key);
        return open === undefined ? stored : [...stored, ...open.members];
      }
      return lists.newest(kind, key, limit) ?? newest(kind, key, limit);
    },
    memberCount(kind, key) {
      return lists.count(kind, key) ?? count(kind, key);
    },
    keys(kind) {
      // Note: sorted here, not by SQLite, whose BINARY order (UTF-8 bytes) differs from the in-memory index's for some characters.
      const found = new Set(keys.all(kind) as string[]);
      for (const open of pending.values()) if (open.kind === kind) found.add(open.key);
      return [...found].sort();
    },
    transaction(work) {
      if (db.inTransaction) return work();
      try {
        return db.transaction(() => {
          buffering = true;
          try {
            const result = work();
            flushPending();
            return result;
          } finally {
            buffering = false;
          }
        })();
      } catch (error) {
        // Note: records read after a put inside the failed transaction would be cached with values SQLite rolled back.
        cache.clear();
        lists.clear();
        pending.clear();
        counted.clear();
        throw error;
      }
    },
  };
}
