import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readTimeML, scoreTimexes } from '../../src/eval/external/tempeval.js';

test('TimeML reader: plain text, gold spans and the DCT left out of the gold', () => {
  const source = '<DOC><DCT><TIMEX3 tid="t0" type="DATE" value="2001-02-03" functionInDocument="CREATION_TIME">Feb 3</TIMEX3></DCT><TEXT>We met <TIMEX3 tid="t1" type="DATE" value="2001-02-02">yesterday</TIMEX3> &amp; left.</TEXT></DOC>';
  const document = readTimeML(source);
  assert.ok(document !== null);
  assert.equal(document.text, 'We met yesterday & left.');
  assert.deepEqual(document.gold, [{ start: 7, end: 16, type: 'DATE', value: '2001-02-02' }]);
  assert.equal(readTimeML('<DOC>no text element</DOC>'), null);
});

test('task A figures: strict and relaxed spans, type and value on relaxed matches', () => {
  const gold = [
    { start: 0, end: 9, type: 'DATE', value: '2001-02-02' },
    { start: 20, end: 30, type: 'DURATION', value: 'P2D' },
  ];
  const found = [
    { start: 0, end: 9, type: 'DATE', value: '2001-02-02' },
    { start: 22, end: 30, type: 'DATE', value: 'P2D' },
    { start: 40, end: 45, type: 'DATE', value: '2001' },
  ];
  const score = scoreTimexes([{ gold, found }]);
  assert.ok(Math.abs(score.strictF1 - (2 * (1 / 3) * (1 / 2)) / (1 / 3 + 1 / 2)) < 1e-12);
  assert.ok(Math.abs(score.relaxedPrecision - 2 / 3) < 1e-12);
  assert.equal(score.relaxedRecall, 1);
  assert.equal(score.typeAccuracy, 0.5);
  assert.equal(score.valueAccuracy, 1);
  assert.ok(Math.abs(score.valueF1 - score.relaxedF1) < 1e-12);
});
