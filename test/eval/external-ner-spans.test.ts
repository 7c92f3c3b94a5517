import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SpanScorer } from '../../src/annotate/mentions/conll-data.js';
import { detokenise, microOver, spansToTags } from '../../src/eval/external/conll-ner.js';

const DOCUMENT = [
  { words: ['Mara', 'Lind', 'visited', 'Oslo', '.'], tags: ['B-PER', 'I-PER', 'O', 'B-LOC', 'O'] },
  { words: ['Acme', 'Corp', 'grew', '.'], tags: ['B-ORG', 'I-ORG', 'O', 'O'] },
];

test('detokenise joins tokens by spaces and sentences by line breaks', () => {
  const detokenised = detokenise(DOCUMENT);
  assert.equal(detokenised.text, 'Mara Lind visited Oslo .\nAcme Corp grew .');
  assert.deepEqual(detokenised.tokens[1]?.[0], [25, 29]);
});

test('character spans become BIO tags on the tokens they cover; overlaps after the first are dropped', () => {
  const detokenised = detokenise(DOCUMENT);
  const tags = spansToTags(detokenised, [
    { start: 0, end: 9, type: 'PER' },
    { start: 5, end: 9, type: 'LOC' },
    { start: 25, end: 29, type: 'ORG' },
  ]);
  assert.deepEqual(tags, [['B-PER', 'I-PER', 'O', 'O', 'O'], ['B-ORG', 'O', 'O', 'O']]);
});

test('micro over chosen types: a partial span is a miss', () => {
  const detokenised = detokenise(DOCUMENT);
  const tags = spansToTags(detokenised, [{ start: 0, end: 9, type: 'PER' }, { start: 25, end: 29, type: 'ORG' }]);
  const scorer = new SpanScorer();
  DOCUMENT.forEach((sentence, index) => scorer.add(sentence.tags, tags[index] ?? []));
  const micro = microOver(scorer.scores(), ['PER', 'ORG', 'LOC']);
  assert.equal(micro.precision, 0.5);
  assert.ok(Math.abs(micro.recall - 1 / 3) < 1e-12);
  assert.equal(microOver(scorer.scores(), ['MISC']).f1, 0);
});
