import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { analyzeSources } from '../../src/cli/commands/analyze.js';
import { formatGoldScore, scoreAgainstGold, type GoldFile } from '../../src/eval/gold-score.js';
import { mixedScriptWords, normaliseForGold } from '../../src/eval/normalise.js';
import type { SitrepAnalysisExportVersion1 } from '../../src/model/analysis.generated.js';
import { SHARED, SHARED_MISSING } from '../helpers/paths.js';

const folder = mkdtempSync(join(tmpdir(), 'sitrep-eval-'));
after(() => rmSync(folder, { recursive: true, force: true }));

const python = spawnSync('python3', ['--version']).status === 0;

function exportWith(text: string, extra: Partial<SitrepAnalysisExportVersion1['documents'][number]> = {}): SitrepAnalysisExportVersion1 {
  return {
    schema: 'sitrep.analysis/1',
    documents: [
      {
        id: 'doc_a',
        source: { path: 'corpus/a.txt', outlet: 'The Lantern', author: 'Ann Brook' },
        title: null,
        published: { value: '2024-05-02', basis: 'metadata' },
        text,
        cleaning: { removed: [], homoglyphs: { count: 0 } },
        mentions: [{ text: 'Ann Brook', start: 0, end: 9, type: 'PERSON', entity: null }],
        quotes: [],
        quantities: [{ text: '300', start: 0, end: 3, value: 300, approximate: false, what: 'boats', claimant: null, claimantText: 'the coastguard' }],
        times: [],
        places: [],
        events: [],
        ...extra,
      },
    ],
    entities: [],
    stories: [],
    duplicates: [],
    claims: [],
    conflicts: [],
    timeline: [],
  };
}

const GOLD: GoldFile = {
  documents: {
    'a.txt': {
      published: '2024-05',
      outlet: 'Lantern',
      author: 'ann brook',
      homoglyphs: false,
      must_remove: ['Subscribe now'],
      must_keep: ['boats were counted'],
      entities: [['Brook', 'PERSON'], ['Harbourville', 'GPE']],
      not_entities: ['Subscribe'],
      quotes: [],
      quantities: [{ value: 300, claimant: 'coastguard' }, { value: 12, claimant: null }],
      times: [],
      places: [],
    },
  },
};

describe('gold scoring', () => {
  it('normalises like the reference: NFKD, no marks, straight quotes, folded case', () => {
    assert.equal(normaliseForGold('  Raška’s  “Bridge” '), 'raska\'s "bridge"');
    assert.deepEqual(mixedScriptWords('a clean wоrd and а lone one'), ['wоrd']);
  });

  it('counts hits and misses per category on a hand-made case', () => {
    const score = scoreAgainstGold(exportWith('In all 300 boats were counted. Subscribe now'), GOLD);
    assert.deepEqual(score.categories.cleaning, { hit: 2, total: 3 });
    assert.deepEqual(score.categories.metadata, { hit: 3, total: 3 });
    assert.deepEqual(score.categories.entities, { hit: 2, total: 3 });
    assert.deepEqual(score.categories.quantities, { hit: 1, total: 2 });
    assert.ok(score.misses.some((miss) => miss.includes("boilerplate kept: 'Subscribe now'")));
    const { text, worst } = formatGoldScore(score);
    assert.equal(worst, 0.5);
    assert.match(text, /^score: \d+\/\d+ = 0\.\d\d overall, worst category 0\.50 \(documents 1\/1, cleaning 2\/3/mu);
  });

  it('reports exactly what score.py reports on the same export', { skip: SHARED_MISSING || (python ? false : 'python3 is not installed') }, async () => {
    const seeds = join(SHARED, 'seeds');
    const goldFile = join(SHARED, 'gold/seeds.gold.json');
    const { analysis } = await analyzeSources([seeds], { quiet: true });
    const exportFile = join(folder, 'seeds.json');
    writeFileSync(exportFile, JSON.stringify(analysis));
    const reference = spawnSync('python3', [join(SHARED, 'gold/score.py'), exportFile, goldFile], { encoding: 'utf8' });
    const { readFileSync } = await import('node:fs');
    const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as GoldFile;
    const ours = formatGoldScore(scoreAgainstGold(analysis, gold)).text;
    assert.equal(ours, reference.stdout.trimEnd());
  });
});
