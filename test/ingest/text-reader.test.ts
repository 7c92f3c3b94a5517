import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { collect, fixture } from './ingest-helpers.js';

test('plain text is taken as it is, with no metadata', async () => {
  const { inputs, errors } = await collect([fixture('plain.txt')]);
  assert.deepEqual(errors, []);
  assert.equal(inputs[0]?.source.format, 'text');
  assert.ok(inputs[0]?.raw.startsWith('Volunteers plant trees along the canal\n\n'));
  assert.deepEqual(inputs[0]?.hints, {});
});

test('Markdown front matter gives title, outlet, author, published and url; image syntax becomes its alt text', async () => {
  const { inputs } = await collect([fixture('story.md')]);
  const input = inputs[0];
  assert.equal(input?.source.format, 'markdown');
  assert.equal(input?.hints.title, 'Museum reopens its east wing');
  assert.equal(input?.hints.outlet, 'Riverside Review');
  assert.equal(input?.hints.author, 'Noor Haddad');
  assert.equal(input?.hints.url, 'https://review.example.org/museum-east-wing');
  assert.ok(input?.hints.published?.startsWith('2030-11-20'));
  assert.ok(!input?.raw.includes('---'));
  assert.ok(input?.raw.includes('The restored gallery') && !input.raw.includes('gallery.jpg'));
});

test('a sidecar <file>.meta.json gives metadata and is not ingested itself', async () => {
  const { inputs } = await collect([fixture('')]);
  const withSidecar = inputs.filter((input) => input.source.path?.endsWith('with-sidecar.txt'));
  assert.equal(withSidecar.length, 1);
  assert.equal(withSidecar[0]?.hints.title, 'Village hall gets a new roof');
  assert.equal(withSidecar[0]?.hints.outlet, 'Hamlet News');
  assert.equal(withSidecar[0]?.hintBasis, 'sidecar');
  assert.ok(!inputs.some((input) => input.source.path?.endsWith('.meta.json')));
});

test('stdin (-) is read with the format sniffed from its content', async () => {
  const { inputs, errors } = await collect(['-'], {}, () => Promise.resolve('---\ntitle: Typed in\n---\nA note written on the command line.\n'));
  assert.deepEqual(errors, []);
  assert.equal(inputs[0]?.hints.title, 'Typed in');
  assert.equal(inputs[0]?.source.path, null);
});

test('folders are walked recursively; hidden files and unknown extensions are skipped', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'sitrep-walk-'));
  try {
    await writeFile(join(folder, 'top.txt'), 'A note at the top of the tree.');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(folder, 'deeper', 'deepest'), { recursive: true });
    await writeFile(join(folder, 'deeper', 'deepest', 'low.md'), 'A note deep in the tree.');
    await writeFile(join(folder, '.hidden.txt'), 'Not to be read.');
    await writeFile(join(folder, 'picture.png'), 'not really a picture');
    const { inputs, errors } = await collect([folder]);
    assert.deepEqual(errors, []);
    assert.deepEqual(inputs.map((input) => input.raw.trim()).sort(), ['A note at the top of the tree.', 'A note deep in the tree.']);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('bad input: a malformed sidecar is an error naming the sidecar; other files go on', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'sitrep-sidecar-'));
  try {
    await writeFile(join(folder, 'a.txt'), 'First note with a broken sidecar.');
    await writeFile(join(folder, 'a.txt.meta.json'), '{"title": "cut off');
    await writeFile(join(folder, 'b.txt'), 'Second note, fine.');
    const { inputs, errors } = await collect([folder]);
    assert.equal(errors.length, 1);
    assert.equal(errors[0]?.code, 'MALFORMED_METADATA');
    assert.ok(errors[0]?.message.includes('a.txt.meta.json'));
    assert.deepEqual(inputs.map((input) => input.raw), ['Second note, fine.']);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('bad input on stdin: empty, binary and invalid UTF-8 bytes are named <stdin>', async () => {
  const cases: [Uint8Array, string][] = [
    [new Uint8Array(), 'FILE_EMPTY'],
    [new Uint8Array([0x00, 0x01, 0x02, 0x41]), 'BINARY_FILE'],
    [new Uint8Array([0x41, 0x42, 0xff, 0xfe, 0x43]), 'INVALID_UTF8'],
  ];
  for (const [bytes, code] of cases) {
    const { inputs, errors } = await collect(['-'], {}, () => Promise.resolve(bytes));
    assert.equal(inputs.length, 0, code);
    assert.equal(errors[0]?.code, code);
    assert.ok(errors[0]?.message.startsWith('<stdin>:'));
  }
});
