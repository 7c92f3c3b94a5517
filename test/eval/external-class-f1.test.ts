import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classificationScore } from '../../src/eval/external/class-f1.js';

test('weighted and macro F1 over gold classes, hand-computed', () => {
  // gold A A A B; predicted A A B none
  const score = classificationScore([
    { gold: 'A', predicted: 'A' },
    { gold: 'A', predicted: 'A' },
    { gold: 'A', predicted: 'B' },
    { gold: 'B', predicted: '(none)' },
  ]);
  // A: P 1, R 2/3, F1 0.8; B: P 0, R 0, F1 0
  assert.deepEqual(score.classes.map((item) => item.label), ['A', 'B']);
  assert.ok(Math.abs((score.classes[0]?.f1 ?? 0) - 0.8) < 1e-12);
  assert.equal(score.classes[1]?.f1, 0);
  assert.ok(Math.abs(score.weightedF1 - 0.6) < 1e-12);
  assert.ok(Math.abs(score.macroF1 - 0.4) < 1e-12);
  assert.equal(score.accuracy, 0.5);
});

test('a label never in the gold costs precision but is not a class of its own', () => {
  const score = classificationScore([{ gold: 'A', predicted: 'Z' }, { gold: 'A', predicted: 'A' }]);
  assert.equal(score.classes.length, 1);
  assert.equal(score.classes[0]?.precision, 1);
  assert.equal(score.classes[0]?.recall, 0.5);
});
