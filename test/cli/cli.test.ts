import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { validateExport } from '../../src/export/validate-export.js';
import { runCli } from '../helpers/run-cli.js';

const folder = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
after(() => rmSync(folder, { recursive: true, force: true }));

const ARTICLE = 'Rescue teams reached the flooded village on Thursday.\n\nThe regional governor said 40 homes were damaged.\n';

describe('sitrep CLI', () => {
  it('teaches with --help on every command', () => {
    for (const command of ['ingest', 'analyze', 'search', 'show', 'export', 'report']) {
      const result = runCli([command, '--help']);
      assert.equal(result.status, 0, command);
      assert.match(result.stdout, new RegExp(`Usage: sitrep ${command}`, 'u'));
    }
  });

  it('exits 2 on a usage error', () => {
    assert.equal(runCli(['no-such-command']).status, 2);
    assert.equal(runCli(['ingest']).status, 2, 'missing paths');
    assert.equal(runCli(['ingest', '--max-size', 'lots', 'x.txt']).status, 2, 'bad number');
  });

  it('ingests, finds, shows and exports; a missing file fails that file only (exit 1)', () => {
    const db = join(folder, 'a.db');
    const article = join(folder, 'flood.txt');
    writeFileSync(article, ARTICLE);
    const first = runCli(['ingest', '--db', db, article, join(folder, 'missing.txt')]);
    assert.equal(first.status, 1);
    assert.match(first.stderr, /missing\.txt: no such file or folder \[FILE_NOT_FOUND\]/u);
    assert.match(first.stdout, /1 added, 0 already stored, 1 failed/u);
    const again = runCli(['ingest', '--db', db, article]);
    assert.equal(again.status, 0);
    assert.match(again.stdout, /0 added, 1 already stored, 0 failed/u);
    const search = runCli(['search', '--db', db, '--json', 'flooded', 'village']);
    const hits = JSON.parse(search.stdout) as { id: string }[];
    assert.equal(hits.length, 1);
    const show = runCli(['show', '--db', db, (hits[0]?.id ?? '').slice(0, 10)]);
    assert.equal(show.status, 0);
    assert.match(show.stdout, /Rescue teams reached the flooded village/u);
    const missing = runCli(['show', '--db', db, 'doc_ffffffffffffffff']);
    assert.equal(missing.status, 1);
    const exported = runCli(['export', '--db', db]);
    assert.deepEqual(validateExport(JSON.parse(exported.stdout)), []);
  });

  it('reads standard input with -', () => {
    const result = runCli(['analyze', '-', '--json', '-', '--quiet'], { input: ARTICLE });
    assert.equal(result.status, 0, result.stderr);
    const analysis = JSON.parse(result.stdout) as { documents: { text: string; source: { path: string | null } }[] };
    assert.equal(analysis.documents.length, 1);
    assert.equal(analysis.documents[0]?.source.path, null);
  });

  it('analyze writes an export that validates against the contract', () => {
    const out = join(folder, 'out.json');
    const article = join(folder, 'quake.md');
    writeFileSync(article, '---\ntitle: Tremor shakes the valley\noutlet: Valley Voice\npublished: 2024-02-11\n---\nA moderate tremor shook the valley towns overnight.\n');
    const result = runCli(['analyze', article, '--json', out]);
    assert.equal(result.status, 0, result.stderr);
    const analysis = JSON.parse(readFileSync(out, 'utf8')) as { documents: { title: string; published: { value: string; basis: string }; source: { outlet: string } }[] };
    assert.deepEqual(validateExport(analysis), []);
    assert.equal(analysis.documents[0]?.title, 'Tremor shakes the valley');
    assert.deepEqual(analysis.documents[0]?.published, { value: '2024-02-11', basis: 'metadata' });
    assert.equal(analysis.documents[0]?.source.outlet, 'Valley Voice');
  });
});
