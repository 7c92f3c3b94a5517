import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyzeSources } from '../../src/cli/commands/analyze.js';
import { resolveAndSave } from '../../src/cli/commands/resolve-and-save.js';
import { buildExport, NO_FINDINGS, streamsOf } from '../../src/export/analysis-export.js';
import { exportPieces, writePieces } from '../../src/export/export-stream.js';
import type { NewsDoc } from '../../src/model/news-doc.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';

const CORPUS = fileURLToPath(new URL('../../examples/corpus/', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'sitrep-export-stream-'));
after(() => rmSync(folder, { recursive: true, force: true }));

let docs: readonly NewsDoc[] = [];
let built = '';

before(async () => {
  const outcome = await analyzeSources([CORPUS], { quiet: true });
  docs = outcome.docs;
  built = `${JSON.stringify(outcome.analysis, null, 2)}\n`;
  assert.ok(outcome.findings.conflicts.length > 0 && outcome.findings.duplicates.length > 0 && outcome.findings.timeline.length > 0);
});

describe('the streamed export', () => {
  it('is the built export, text for text, from findings built in memory', () => {
    const outcome = buildExport(docs);
    assert.equal([...exportPieces(docs, streamsOf(NO_FINDINGS))].join(''), `${JSON.stringify(outcome, null, 2)}\n`, 'empty finding lists');
  });

  it('of the sample corpus resolved in a store is the in-memory export, text for text', () => {
    const store = openSqliteStore(join(folder, 'corpus.db'));
    try {
      for (const doc of docs) store.putDocument(doc);
      assert.equal(resolveAndSave(store), docs.length);
      const streamed = [...exportPieces(store.allDocuments(), store.findings())];
      assert.ok(streamed.length > 1, 'written in several pieces');
      assert.equal(streamed.join(''), built);
    } finally {
      store.close();
    }
  });

  it('waits for a full sink to drain', async () => {
    const written: string[] = [];
    const waiting: (() => void)[] = [];
    const sink = {
      write(piece: string): boolean {
        written.push(piece);
        return written.length % 2 === 0;
      },
      once(_event: 'drain', listener: () => void): void {
        waiting.push(listener);
        setImmediate(() => waiting.shift()?.());
      },
    };
    await writePieces(['a', 'b', 'c', 'd'], sink);
    assert.deepEqual(written, ['a', 'b', 'c', 'd']);
  });
});
