import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { resolveAndSave } from '../../src/cli/commands/resolve-and-save.js';
import type { NewsDoc } from '../../src/model/news-doc.js';
import { collectFindings, resolveCorpus } from '../../src/resolve/index.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { createSqliteResolveIndex } from '../../src/store/sqlite/sqlite-resolve-index.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { makeDoc } from './make-doc.js';

const folder = mkdtempSync(join(tmpdir(), 'sitrep-resolve-scale-'));
after(() => rmSync(folder, { recursive: true, force: true }));

const TOWNS = ['Arnhollow', 'Brisk', 'Calder Vale', 'Dunmarsh', 'Elbury', 'Fenwick'];
const FAMILY = ['Orwen', 'Pallis', 'Quade', 'Rennick', 'Sorell', 'Tamsin', 'Ulvar'];

/** Own-written reports: six towns, each in its own months, reported many times, every fifth report a near copy. */
function reports(count: number): NewsDoc[] {
  const docs: NewsDoc[] = [];
  for (let position = 0; position < count; position += 1) {
    const town = TOWNS[position % TOWNS.length] ?? 'Arnhollow';
    const mayor = `Mara ${FAMILY[Math.floor(position / 3) % FAMILY.length] ?? 'Orwen'}`;
    const copy = position % 5 === 4;
    const crews = copy ? 100 + (position - 1) * 7 : 100 + position * 7;
    const date = `2031-${String(1 + 2 * (position % TOWNS.length)).padStart(2, '0')}-${String(1 + (position % 20)).padStart(2, '0')}`;
    const text = [
      `Storm damage closed the main bridge in ${town} on Tuesday, the county roads office said.`,
      `Mayor ${mayor} said ${crews} workers were clearing fallen trees from the river road.`,
      `Schools in ${town} stayed shut while engineers checked the old stone arches of the bridge.`,
      copy ? `The roads office expects the bridge to reopen next week.` : `Report ${position} adds that ferries carried commuters across the river instead.`,
    ].join(' ');
    docs.push(
      makeDoc({
        id: `doc_scale_${position}`,
        outlet: `Outlet ${position % 4}`,
        published: date,
        text,
        mentions: [
          { text: town, type: 'GPE' },
          { text: mayor, type: 'PERSON' },
        ],
        quantities: [{ text: String(crews), value: crews, what: 'workers' }],
        times: [{ text: 'Tuesday', value: date, granularity: 'day' }],
      }),
    );
  }
  return docs;
}

describe('resolve through SQLite at batch size', () => {
  it('gives the findings of the in-memory index when ingest resolves in several batches', () => {
    const memory = resolveCorpus(reports(1_150));
    const store = openSqliteStore(join(folder, 'batches.db'));
    try {
      for (const doc of reports(1_150)) store.putDocument(doc);
      assert.equal(resolveAndSave(store, 500), 1_150, 'three batches of 500');
      assert.deepEqual(collectFindings(store.resolveIndex()), JSON.parse(JSON.stringify(memory)));
      assert.ok(memory.duplicates.length > 0 && memory.conflicts.length > 0 && memory.stories.length > 1);
    } finally {
      store.close();
    }
  });
  it('still finds nothing new to resolve after a full run', () => {
    const store = openSqliteStore(join(folder, 'again.db'));
    try {
      for (const doc of reports(12)) store.putDocument(doc);
      assert.equal(resolveAndSave(store), 12);
      assert.equal(resolveAndSave(store), 0);
    } finally {
      store.close();
    }
  });
});

describe('migration 3', () => {
  it('keeps member lists of a version 2 database in their order and continues them (a repeat of a cached member ignored)', () => {
    const file = join(folder, 'v2.db');
    const db = new Database(file);
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const migration of MIGRATIONS.filter((entry) => entry.version <= 2)) {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(migration.version, migration.name, '2031-01-01T00:00:00Z');
    }
    const add = db.prepare('INSERT INTO resolve_members (kind, key, member) VALUES (?, ?, ?)');
    const count = db.prepare('INSERT INTO resolve_counts (kind, key, count) VALUES (?, ?, 1) ON CONFLICT (kind, key) DO UPDATE SET count = count + 1');
    for (const [key, member] of [['w:bridge', 'd2'], ['w:ferry', 'd9'], ['w:bridge', 'd1'], ['w:bridge', 'd7']]) {
      add.run('term', key, member);
      count.run('term', key);
    }
    // Note: migration 3 alone (migration 5 clears the resolve state a store opened on this file would hold).
    const third = MIGRATIONS.find((entry) => entry.version === 3);
    if (third === undefined) throw new Error('migration 3 is missing');
    db.exec(third.sql);
    try {
      const index = createSqliteResolveIndex(db);
      assert.deepEqual(index.members('term', 'w:bridge'), ['d2', 'd1', 'd7']);
      assert.deepEqual(index.members('term', 'w:bridge', 2), ['d1', 'd7']);
      index.addMember('term', 'w:bridge', 'd1');
      index.addMember('term', 'w:bridge', 'd4');
      assert.deepEqual(index.members('term', 'w:bridge'), ['d2', 'd1', 'd7', 'd4']);
      assert.equal(index.memberCount('term', 'w:bridge'), 4);
      assert.deepEqual(index.members('term', 'w:ferry'), ['d9']);
      assert.deepEqual(index.members('term', 'w:none'), []);
    } finally {
      db.close();
    }
  });
});

describe('records of a kind in SQLite', () => {
  it('are read in the order first stored across pages, a replaced record keeping its place', () => {
    const store = openSqliteStore(join(folder, 'records.db'));
    try {
      const index = store.resolveIndex();
      index.transaction(() => {
        for (let position = 0; position < 2500; position += 1) {
          index.putRecord('claim', `c${position}`, { position });
          if (position % 2 === 0) index.putRecord('other', `o${position}`, { position });
        }
        index.putRecord('claim', 'c7', { position: 7, replaced: true });
      });
      const read = [...index.records<{ position: number; replaced?: boolean }>('claim')];
      assert.equal(read.length, 2500);
      assert.deepEqual(read.slice(0, 3).map((record) => record.position), [0, 1, 2]);
      assert.deepEqual(read[7], { position: 7, replaced: true });
      assert.ok(read.every((record, position) => record.position === position));
      assert.deepEqual([...index.records('none')], []);
    } finally {
      store.close();
    }
  });
});


describe('migration 5', () => {
  it('drops the findings table and rebuilds the resolve state of a version 4 database from its documents', () => {
    const file = join(folder, 'v4.db');
    const docs = reports(30);
    const first = openSqliteStore(file);
    for (const doc of docs) first.putDocument(doc);
    resolveAndSave(first);
    const findings = collectFindings(first.resolveIndex());
    first.close();
    // Note: a version 4 database is this schema with the findings table of migration 1, the counts of migration 2 and the member index of migration 3, and no row for migration 5.
    const db = new Database(file);
    db.exec(`
      CREATE TABLE findings (kind TEXT NOT NULL, id TEXT NOT NULL, body_json TEXT NOT NULL, PRIMARY KEY (kind, id));
      INSERT INTO findings VALUES ('stories', 'story_old', '{}');
      CREATE TABLE resolve_counts (kind TEXT NOT NULL, key TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID;
      INSERT INTO resolve_counts SELECT kind, key, count(*) FROM resolve_postings GROUP BY kind, key;
      CREATE UNIQUE INDEX resolve_postings_member ON resolve_postings(kind, key, member);
      DELETE FROM schema_migrations WHERE version = 5;
    `);
    db.close();
    const store = openSqliteStore(file);
    try {
      const tables = new Database(file, { readonly: true });
      assert.equal(tables.prepare("SELECT count(*) FROM sqlite_master WHERE name IN ('findings', 'resolve_counts', 'resolve_postings_member')").pluck().get(), 0);
      tables.close();
      assert.equal(store.countDocuments(), 30, 'every document kept');
      assert.equal([...store.unresolvedDocuments()].length, 30, 'to be resolved again');
      assert.deepEqual(collectFindings(store.resolveIndex()).stories, []);
      assert.equal(resolveAndSave(store), 30);
      assert.deepEqual(collectFindings(store.resolveIndex()), findings);
    } finally {
      store.close();
    }
  });
});

describe('member lists without a member index', () => {
  it('hold each member once, also when one document names an entity twice or reports one entry in two sentences', () => {
    const twice = makeDoc({
      id: 'doc_twice',
      outlet: 'Outlet 9',
      published: '2031-03-03',
      text: 'Storm damage closed the main bridge in Kyiv on Tuesday, the roads office said. Storm damage also closed the old bridge in Kiev that same Tuesday, the roads office said. Engineers checked the arches.',
      mentions: [
        { text: 'Kyiv', type: 'GPE' },
        { text: 'Kiev', type: 'GPE' },
      ],
      times: [
        { text: 'on Tuesday', value: '2031-03-03', granularity: 'day' },
        { text: 'same Tuesday', value: '2031-03-03', granularity: 'day' },
      ],
    });
    const file = join(folder, 'once.db');
    const store = openSqliteStore(file);
    try {
      for (const doc of [...reports(40), twice]) store.putDocument(doc);
      resolveAndSave(store);
      const memory = resolveCorpus([...reports(40), twice]);
      const findings = collectFindings(store.resolveIndex());
      assert.deepEqual(findings, JSON.parse(JSON.stringify(memory)));
      const kyiv = findings.entities.find((entity) => entity.documents.includes('doc_twice') && entity.type === 'GPE');
      assert.deepEqual(kyiv?.documents, ['doc_twice'], 'Kyiv and Kiev are one entity, filed with the document once');
      assert.ok(findings.timeline.some((entry) => entry.documents.join() === 'doc_twice'), 'one entry for both sentences');
    } finally {
      store.close();
    }
    const db = new Database(file, { readonly: true });
    try {
      assert.equal(db.prepare('SELECT count(*) FROM (SELECT kind, key, member FROM resolve_postings GROUP BY kind, key, member HAVING count(*) > 1)').pluck().get(), 0);
    } finally {
      db.close();
    }
  });
});
