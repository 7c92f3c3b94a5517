import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { resolveAndSave } from '../../src/cli/commands/resolve-and-save.js';
import { createDoc, type NewsDoc } from '../../src/model/news-doc.js';
import { createContext, createPipeline } from '../../src/pipeline/pipeline.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';

const folder = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
after(() => rmSync(folder, { recursive: true, force: true }));

/** Every backend the conformance suite runs against. */
const BACKENDS: readonly { name: string; open: (file: string) => Store }[] = [{ name: 'sqlite', open: (file) => openSqliteStore(file) }];

function makeDoc(raw: string, outlet: string, published?: string): NewsDoc {
  const doc = createDoc({ source: { path: `${outlet}.txt`, url: null, format: 'text' }, raw, hints: published === undefined ? { outlet } : { outlet, published }, hintBasis: 'test' });
  return createPipeline().run(doc, createContext());
}

for (const backend of BACKENDS) {
  describe(`store conformance: ${backend.name}`, () => {
    it('stores a document whole and gives it back with its annotations and offsets', () => {
      const store = backend.open(join(folder, `${backend.name}-a.db`));
      const doc = makeDoc('Harbour  cranes stood idle on Tuesday.\n\n\nDockworkers met the minister.', 'The Quay Gazette', '2024-03-05');
      assert.equal(store.putDocument(doc).inserted, true);
      const back = store.getDocument(doc.id);
      assert.ok(back);
      assert.equal(back.text, doc.text);
      assert.equal(back.meta.outlet, 'The Quay Gazette');
      assert.equal(back.meta.published.value, '2024-03-05');
      assert.equal(back.offsets.toRaw(9), doc.offsets.toRaw(9));
      assert.deepEqual(back.layers.sentences, doc.layers.sentences);
      assert.equal(store.getDocument('doc_0000000000000000'), undefined);
      store.close();
    });

    it('gives a stored document\'s text and sentence layer alone, as stored', () => {
      const store = backend.open(join(folder, `${backend.name}-sentences.db`));
      const doc = makeDoc('Harbour cranes stood idle on Tuesday. Dockworkers met the minister.\n\nTalks resume "next week".', 'The Quay Gazette', '2024-03-05');
      store.putDocument(doc);
      const back = store.documentSentences(doc.id);
      assert.ok(back);
      assert.equal(back.text, doc.text);
      assert.ok(doc.layers.sentences.length >= 2);
      assert.deepEqual(back.layers.sentences, doc.layers.sentences);
      assert.equal(store.documentSentences('doc_0000000000000000'), undefined);
      store.close();
    });

    it('is idempotent: the same content again adds nothing', () => {
      const store = backend.open(join(folder, `${backend.name}-b.db`));
      const first = makeDoc('A ferry service resumed after the storm.', 'Coast Daily');
      const again = makeDoc('A ferry service resumed after the storm.', 'Coast Daily');
      assert.equal(store.putDocument(first).inserted, true);
      assert.equal(store.putDocument(again).inserted, false);
      assert.equal(store.countDocuments(), 1);
      store.close();
    });

    it('finds documents by full-text search, ignoring case and diacritics, and lists them with filters', () => {
      const store = backend.open(join(folder, `${backend.name}-c.db`));
      store.putDocument(makeDoc('Engineers inspected the Raška bridge after the flood.', 'River News', '2023-05-01'));
      store.putDocument(makeDoc('The council approved a new budget for schools.', 'Town Crier', '2023-07-09'));
      const hits = store.search('raska BRIDGE');
      assert.equal(hits.length, 1);
      assert.match(hits[0]?.snippet ?? '', /\[Raška\]/u);
      assert.deepEqual(store.search('nonexistentword'), []);
      assert.deepEqual(store.search('"; DROP TABLE documents; --'), []);
      assert.equal(store.listDocuments({ outlet: 'town crier' }).length, 1);
      assert.equal(store.listDocuments({ from: '2023-06' }).length, 1);
      assert.equal(store.listDocuments({ to: '2023-05' }).length, 1);
      assert.equal(store.listDocuments({ limit: 1, offset: 1 }).length, 1);
      store.close();
    });

    it('keeps what is stored when reopened (migrations run once)', () => {
      const file = join(folder, `${backend.name}-d.db`);
      const store = backend.open(file);
      const doc = makeDoc('Grain shipments left the port at dawn.', 'Port Ledger');
      store.putDocument(doc);
      assert.equal(resolveAndSave(store), 1);
      const stories = [...store.findings().stories()];
      store.close();
      const reopened = backend.open(file);
      assert.equal(reopened.countDocuments(), 1);
      const story = [...reopened.findings().stories()][0];
      assert.deepEqual(story, stories[0]);
      assert.deepEqual(story?.documents, [doc.id]);
      assert.equal(reopened.listDocuments({ story: story.id }).length, 1);
      assert.equal(reopened.listDocuments({ story: 'story_none' }).length, 0);
      assert.equal(resolveAndSave(reopened), 0, 'nothing left to resolve');
      reopened.close();
    });
  });
}
