import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveAndSave } from '../../src/cli/commands/resolve-and-save.js';
import type { NewsDoc } from '../../src/model/news-doc.js';
import { collectFindings, resolveCorpus } from '../../src/resolve/index.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { makeDoc } from './make-doc.js';

function corpus(): NewsDoc[] {
  const sentence = (place: string, count: string) => `Officials in ${place} said ${count} volunteers were clearing the roads after the storm on Tuesday.`;
  return [
    makeDoc({ id: 'doc_1', outlet: 'One', published: '2033-01-04', text: `${sentence('Marrow', '300')} Governor Ilse Brandt thanked them.`, mentions: [{ text: 'Marrow', type: 'GPE' }, { text: 'Ilse Brandt', type: 'PERSON' }], quantities: [{ text: '300', value: 300, what: 'volunteers' }] }),
    makeDoc({ id: 'doc_2', outlet: 'Two', published: '2033-01-05', text: `${sentence('Marrow', '900')} Brandt asked for more help.`, mentions: [{ text: 'Marrow', type: 'GPE' }, { text: 'Brandt', type: 'PERSON' }], quantities: [{ text: '900', value: 900, what: 'volunteers' }] }),
    makeDoc({ id: 'doc_3', outlet: 'Three', published: '2033-01-05', text: `${sentence('Marrow', '900')} Brandt asked for more help.`, mentions: [{ text: 'Marrow', type: 'GPE' }, { text: 'Brandt', type: 'PERSON' }], quantities: [{ text: '900', value: 900, what: 'volunteers' }] }),
  ];
}

function viaStore(batches: readonly (readonly NewsDoc[])[]): { findings: unknown; mentions: (string | null)[] } {
  const store = openSqliteStore(':memory:');
  try {
    for (const batch of batches) {
      for (const doc of batch) store.putDocument(doc);
      resolveAndSave(store);
    }
    const mentions = [...store.allDocuments()].flatMap((doc) => doc.layers.mentions.map((mention) => mention.entity));
    return { findings: collectFindings(store.resolveIndex()), mentions };
  } finally {
    store.close();
  }
}

describe('analyze and ingest resolve alike', () => {
  const memoryDocs = corpus();
  const memory = resolveCorpus(memoryDocs);
  const memoryMentions = memoryDocs.flatMap((doc) => doc.layers.mentions.map((mention) => mention.entity));

  it('gives the same findings and entity ids in memory and in SQLite', () => {
    const stored = viaStore([corpus()]);
    assert.deepEqual(stored.findings, JSON.parse(JSON.stringify(memory)));
    assert.deepEqual(stored.mentions, memoryMentions);
    assert.ok(memory.conflicts.length > 0 && memory.duplicates.length > 0);
  });
  it('gives the same findings when documents arrive in two ingests', () => {
    const docs = corpus();
    const stored = viaStore([docs.slice(0, 1), docs.slice(1)]);
    assert.deepEqual(stored.findings, JSON.parse(JSON.stringify(memory)));
  });
  it('resolves only documents it has not seen', () => {
    const store = openSqliteStore(':memory:');
    try {
      for (const doc of corpus()) store.putDocument(doc);
      assert.equal(resolveAndSave(store), 3);
      assert.equal(resolveAndSave(store), 0);
    } finally {
      store.close();
    }
  });
});
