import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type AttributionTally, readBratAttributions, tallyAttributions } from '../../src/eval/external/polnear.js';

const ANN = ['T1\tSource 0 4\tLena', 'T2\tCue 5 9\tsaid', 'T3\tContent 10 30\tthe bridge would open', 'E1\tCue:T2 Source:T1 Content:T3', 'T4\tContent 40 50\tsomething', 'E2\tCue:T2 Content:T4'].join('\n');

test('BRAT attributions: content span and source when present', () => {
  const gold = readBratAttributions(ANN);
  assert.equal(gold.length, 2);
  assert.deepEqual(gold[0]?.content, { start: 10, end: 30 });
  assert.equal(gold[0]?.source?.text, 'Lena');
  assert.equal(gold[1]?.source, undefined);
});

test('one-to-one matching by overlap; source right by span or by text', () => {
  const tally: AttributionTally = { predicted: 0, gold: 0, matched: 0, withSource: 0, sourceRight: 0 };
  tallyAttributions(
    [
      { start: 12, end: 28, speakerSpan: { start: 0, end: 4, text: 'Lena' }, speakerText: 'Lena' },
      { start: 14, end: 20, speakerText: 'someone' },
      { start: 60, end: 70, speakerText: null },
    ],
    readBratAttributions(ANN),
    tally,
  );
  assert.deepEqual(tally, { predicted: 3, gold: 2, matched: 1, withSource: 1, sourceRight: 1 });
});
