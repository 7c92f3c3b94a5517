/**
 * SQLite schema migrations, applied in order and recorded in `schema_migrations`. Never edit a
 * migration that has shipped; add the next one.
 */

/** One migration. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** All migrations, in order. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents and full-text search',
    sql: `
      CREATE TABLE documents (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        path TEXT,
        url TEXT,
        format TEXT NOT NULL,
        record INTEGER,
        title TEXT,
        outlet TEXT,
        author TEXT,
        published TEXT,
        published_basis TEXT NOT NULL,
        language TEXT NOT NULL,
        raw TEXT NOT NULL,
        text TEXT NOT NULL,
        meta_json TEXT NOT NULL,
        offsets_json TEXT NOT NULL,
        cleaning_json TEXT NOT NULL,
        layers_json TEXT NOT NULL,
        diagnostics_json TEXT NOT NULL,
        ingested_at TEXT NOT NULL
      );
      CREATE INDEX documents_outlet ON documents(outlet);
      CREATE INDEX documents_published ON documents(published);
      CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='seq', tokenize='unicode61 remove_diacritics 2');
      CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
      END;
      CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
      END;
      CREATE TABLE findings (
        kind TEXT NOT NULL,
        id TEXT NOT NULL,
        body_json TEXT NOT NULL,
        PRIMARY KEY (kind, id)
      );
    `,
  },
  {
    version: 2,
    name: 'resolve index: records and member lists',
    sql: `
      CREATE TABLE resolve_records (
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        body_json TEXT NOT NULL,
        PRIMARY KEY (kind, key)
      );
      CREATE TABLE resolve_members (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        member TEXT NOT NULL,
        UNIQUE (kind, key, member)
      );
      CREATE INDEX resolve_members_lookup ON resolve_members(kind, key, seq);
      CREATE TABLE resolve_counts (
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (kind, key)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 3,
    name: 'resolve index: member lists clustered by list and position',
    // Note: the rowid table of migration 2 kept three b-trees (rows, the unique check, the lookup
    // index) plus an AUTOINCREMENT counter per filed member; a list's position now comes from its
    // count, and "the newest N of a list" is one contiguous range of the primary key.
    sql: `
      CREATE TABLE resolve_postings (
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        seq INTEGER NOT NULL,
        member TEXT NOT NULL,
        PRIMARY KEY (kind, key, seq)
      ) WITHOUT ROWID;
      INSERT INTO resolve_postings (kind, key, seq, member)
        SELECT kind, key, row_number() OVER (PARTITION BY kind, key ORDER BY seq) - 1, member FROM resolve_members;
      CREATE UNIQUE INDEX resolve_postings_member ON resolve_postings(kind, key, member);
      DROP TABLE resolve_members;
    `,
  },
  {
    version: 4,
    name: 'resolve index: records of a kind in the order stored',
    // Note: an index on kind alone holds the rowid too, so reading every record of a kind in the
    // order stored (for the findings) is an index range, paged, with no sort of the whole kind.
    sql: `
      CREATE INDEX resolve_records_kind ON resolve_records(kind);
    `,
  },
  {
    version: 5,
    name: 'findings read from the resolve index; member lists without counts or member index; resolve state rebuilt',
    // Note: the findings table held a copy of what the resolve records say, rewritten whole after
    // every ingest; findings are now read from the resolve records themselves, which carry what the
    // copy added (copies marked on claims). A list's size is its last position + 1, and resolve
    // files a member under a list once, so `resolve_counts` and the unique index on members (one
    // more b-tree write each per filed member) go. Resolve state is derived from the stored
    // documents, so it is cleared here and rebuilt, document by document in stored order, by the
    // next command that reads or adds findings (src/cli/commands/resolve-and-save.ts); no
    // document is touched.
    sql: `
      DROP TABLE findings;
      DROP INDEX resolve_postings_member;
      DROP TABLE resolve_counts;
      DELETE FROM resolve_records;
      DELETE FROM resolve_postings;
    `,
  },
];
