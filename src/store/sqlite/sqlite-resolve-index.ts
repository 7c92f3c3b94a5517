/**
 * The resolve index kept in SQLite: records in `resolve_records` (migration 2; read in stored
 * order through the kind index of migration 4), member lists in `resolve_postings` (migration 3:
 * keyed by kind, key and position in the list; since migration 5 nothing else, a list's size
 * being its last position + 1), so that `sitrep ingest` resolves each new document by indexed
 * lookups. Parsed records and the tails of recently read member lists are cached in memory.
 * Behaves exactly like the in-memory index (src/resolve/resolve-index.ts) for callers that file
 * a member under a list once (resolve does; see {@link ResolveIndex.addMember}).
 */
import type Database from 'better-sqlite3';
import { createMemberCache } from '../../resolve/member-cache.js';
import { createRecordCache } from '../../resolve/record-cache.js';
import type { ResolveIndex } from '../../resolve/resolve-index.js';

/** Records read per query when every record of a kind is read. */
const RECORD_PAGE = 1000;

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
  const count = (kind: string, key: string): number => {
    const last = lastPosition.get(kind, key) as number | undefined;
    return last === undefined ? 0 : last + 1;
  };
  const cache = createRecordCache();
  const lists = createMemberCache({
    newest: (kind, key, limit) => (newestMembers.all(kind, key, limit) as string[]).reverse(),
    count,
  });
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
      addMember.run(kind, key, lists.count(kind, key) ?? count(kind, key), member);
      lists.added(kind, key, member);
    },
    members(kind, key, limit) {
      if (limit === undefined) return allMembers.all(kind, key) as string[];
      return lists.newest(kind, key, limit) ?? (newestMembers.all(kind, key, limit) as string[]).reverse();
    },
    memberCount(kind, key) {
      return lists.count(kind, key) ?? count(kind, key);
    },
    keys(kind) {
      // Note: sorted here, not by SQLite, whose BINARY order (UTF-8 bytes) differs from the in-memory index's for some characters.
      return (keys.all(kind) as string[]).sort();
    },
    transaction(work) {
      if (db.inTransaction) return work();
      try {
        return db.transaction(work)();
      } catch (error) {
        // Note: records read after a put inside the failed transaction would be cached with values SQLite rolled back.
        cache.clear();
        lists.clear();
        throw error;
      }
    },
  };
}
