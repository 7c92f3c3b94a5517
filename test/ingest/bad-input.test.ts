import assert from 'node:assert/strict';
import { copyFile, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { runIngest } from '../../src/cli/commands/ingest.js';
import { processSources } from '../../src/cli/process-sources.js';
import { openStore } from '../../src/store/open-store.js';
import { collect, fixture } from './ingest-helpers.js';

let folder = '';

before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sitrep-bad-input-'));
});

after(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Write the bad files of the batch into a folder of their own. */
async function writeBadFiles(target: string): Promise<void> {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(target, { recursive: true });
  await writeFile(join(target, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  await writeFile(join(target, 'latin1.txt'), Buffer.from('Caf\xe9 owners in the square complained about the noise.', 'latin1'));
  await writeFile(join(target, 'empty.txt'), '');
  await writeFile(join(target, 'blank.md'), '  \n\n \t\n');
  const big = await open(join(target, 'huge.txt'), 'w');
  try {
    await big.truncate(50 * 1024 * 1024);
    await big.write('A very large file.', 0);
  } finally {
    await big.close();
  }
  await copyFile(fixture('empty-page.html'), join(target, 'no-article.html'));
  await copyFile(fixture('empty-feed.xml'), join(target, 'no-items.xml'));
  await writeFile(join(target, 'lines.jsonl'), '{"text": "The first line holds a short report on a market."}\n{"text": "broken\n{"text": "The third line holds a report on a school."}\n');
  await writeFile(join(target, 'with-bad-sidecar.txt'), 'A short note whose sidecar is broken.');
  await writeFile(join(target, 'with-bad-sidecar.txt.meta.json'), '[1, 2');
  await writeFile(join(target, 'good-new.txt'), 'A new note about the harbour, written for this test, that must be stored.');
}

test('every kind of bad input gets its own error naming the file and the reason', async () => {
  const target = join(folder, 'each');
  await writeBadFiles(target);
  const { inputs, errors } = await collect([target, join(folder, 'does-not-exist.txt')]);
  const byFile = new Map(errors.map((error) => [error.file ?? '', error]));
  const expect = (suffix: string, code: string, words: string): void => {
    const found = [...byFile.entries()].find(([file]) => file.endsWith(suffix));
    assert.ok(found !== undefined, `no error for ${suffix}; got ${[...byFile.keys()].join(', ')}`);
    assert.equal(found[1].code, code, suffix);
    assert.ok(found[1].message.includes(words), `${suffix}: ${found[1].message}`);
  };
  expect('binary.txt', 'BINARY_FILE', 'binary');
  expect('latin1.txt', 'INVALID_UTF8', 'UTF-8');
  expect('empty.txt', 'FILE_EMPTY', 'empty');
  expect('blank.md', 'FILE_EMPTY', 'white space');
  expect('huge.txt', 'FILE_TOO_LARGE', '50.0 MiB');
  expect('no-article.html', 'NO_ARTICLE', 'no article');
  expect('no-items.xml', 'NO_ARTICLE', 'no items');
  expect('lines.jsonl:2', 'MALFORMED_RECORD', 'not valid JSON');
  expect('with-bad-sidecar.txt.meta.json', 'MALFORMED_METADATA', 'sidecar');
  expect('does-not-exist.txt', 'FILE_NOT_FOUND', 'no such file');
  assert.equal(errors.length, 10);
  assert.deepEqual(inputs.map((input) => input.raw.slice(0, 20)).sort(), ['A new note about the', 'The first line holds', 'The third line holds']);
});

test('a bad batch loses nothing already stored and adds the good new documents (runIngest, SQLite)', async () => {
  const db = join(folder, 'store.db');
  const quiet = { db, quiet: true };
  assert.equal(await runIngest([fixture('records.json'), fixture('feed.rss')], quiet), 0);
  const store = openStore(db);
  const before = store.listDocuments().map((row) => row.id).sort();
  const texts = new Map(before.map((id) => [id, store.getDocument(id)?.text]));
  store.close();
  assert.equal(before.length, 4);

  const target = join(folder, 'batch');
  await writeBadFiles(target);
  const code = await runIngest([target, join(folder, 'missing-folder')], quiet);
  assert.equal(code, 1, 'some files failed');

  const reopened = openStore(db);
  try {
    const after = reopened.listDocuments().map((row) => row.id);
    for (const id of before) {
      assert.ok(after.includes(id), `document ${id} was lost`);
      assert.equal(reopened.getDocument(id)?.text, texts.get(id));
    }
    assert.equal(after.length, before.length + 3, 'the three good new documents were added');
    assert.ok(reopened.search('harbour').length > 0);
  } finally {
    reopened.close();
  }
});

test('ingest is idempotent: the same content twice, even under another name, adds nothing', async () => {
  const copy = join(folder, 'renamed-copy.html');
  await copyFile(fixture('article.html'), copy);
  const store = openStore(':memory:');
  try {
    const put = async (sources: string[]): Promise<boolean[]> => {
      const results: boolean[] = [];
      for await (const item of processSources(sources)) if (item.kind === 'doc') results.push(store.putDocument(item.doc).inserted);
      return results;
    };
    assert.deepEqual(await put([fixture('article.html'), fixture('records.jsonl')]), [true, true, true, true]);
    const count = store.countDocuments();
    assert.deepEqual(await put([copy, fixture('records.jsonl')]), [false, false, false, false]);
    assert.equal(store.countDocuments(), count);
  } finally {
    store.close();
  }
});
