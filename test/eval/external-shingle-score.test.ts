import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benchmarkTokens, extractionScore, pageCounts, shingleCounts } from '../../src/eval/external/shingle-score.js';

test('tokens are Unicode word runs with case kept', () => {
  assert.deepEqual(benchmarkTokens('Café-au-lait, 3 x_y! Ünter'), ['Café', 'au', 'lait', '3', 'x_y', 'Ünter']);
  assert.deepEqual(benchmarkTokens(' -- !! '), []);
});

test('shingles are 4-token windows counted as a multiset; a short text is one shingle; empty has none', () => {
  const counts = shingleCounts(['a', 'b', 'c', 'd', 'a', 'b', 'c', 'd']);
  assert.equal(counts.size, 4);
  assert.equal(counts.get(['a', 'b', 'c', 'd'].join('\u001f')), 2);
  assert.equal(shingleCounts(['a', 'b']).size, 1);
  assert.equal(shingleCounts([]).size, 0);
});

test('page counts: hand-computed tp/fp/fn normalised to sum 1', () => {
  // truth: one two three four five -> shingles [1234], [2345]
  // predicted: one two three four six -> shingles [1234], [2346]: tp 1, fp 1, fn 1
  const page = pageCounts('one two three four five', 'one two three four six');
  assert.ok(Math.abs(page.tp - 1 / 3) < 1e-12);
  assert.ok(Math.abs(page.fp - 1 / 3) < 1e-12);
  assert.ok(Math.abs(page.fn - 1 / 3) < 1e-12);
  assert.equal(page.exact, false);
  assert.equal(pageCounts('Same words here.', 'same words here').exact, false, 'case is kept');
  assert.equal(pageCounts('Same, words here.', 'Same words -- here').exact, true);
});

test('aggregate: means over pages, empty predictions count in recall only', () => {
  const perfect = pageCounts('alpha beta gamma delta epsilon', 'alpha beta gamma delta epsilon');
  const half = pageCounts('one two three four five', 'one two three four six');
  const empty = pageCounts('one two three four five', '');
  const score = extractionScore([perfect, half, empty]);
  // precision: pages with a prediction: (1 + 0.5) / 2; recall over all three: (1 + 0.5 + 0) / 3
  assert.ok(Math.abs(score.precision - 0.75) < 1e-12);
  assert.ok(Math.abs(score.recall - 0.5) < 1e-12);
  assert.ok(Math.abs(score.f1 - (2 * 0.75 * 0.5) / 1.25) < 1e-12);
  assert.ok(Math.abs(score.accuracy - 1 / 3) < 1e-12);
});
