import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_ERROR_KM, distanceKm, summariseErrors } from '../../src/eval/external/geo-errors.js';
import { parseGwnLine, scoreGeo } from '../../src/eval/external/geoparsing.js';

test('distance: one degree of latitude is about 111 km; same point is 0', () => {
  assert.ok(Math.abs(distanceKm(0, 0, 1, 0) - 111.19) < 0.1);
  assert.equal(distanceKm(10, 20, 10, 20), 0);
});

test('error summary: accuracy under 161 km, mean, AUC by the trapezoid rule', () => {
  const summary = summariseErrors([0, 100, 1000]);
  assert.equal(summary.count, 3);
  assert.ok(Math.abs(summary.accuracy161 - 2 / 3) < 1e-12);
  assert.ok(Math.abs(summary.meanKm - 1100 / 3) < 1e-9);
  const logs = [0, Math.log(101), Math.log(1001)];
  const expected = ((logs[0]! + logs[1]!) / 2 + (logs[1]! + logs[2]!) / 2) / (2 * Math.log(MAX_ERROR_KM));
  assert.ok(Math.abs(summary.auc - expected) < 1e-12);
  assert.equal(summariseErrors([0, 0]).auc, 0);
  assert.ok(Math.abs(summariseErrors([50_000, 50_000]).auc - Math.log(MAX_ERROR_KM + 1) / Math.log(MAX_ERROR_KM)) < 1e-12, 'errors are capped');
});

test('peers-gwn lines: fields read from the end, names may hold commas', () => {
  const spans = parseGwnLine('Town, Region, Land,,Town,,10.5,,-3.25,,7,,11||Other,,Other,,1,,2,,20,,25||broken');
  assert.deepEqual(spans, [
    { start: 7, end: 11, lat: 10.5, lon: -3.25 },
    { start: 20, end: 25, lat: 1, lon: 2 },
  ]);
  assert.deepEqual(parseGwnLine(''), []);
});

test('geo score: exact spans for F1, overlapping spans for errors', () => {
  const gold = [[{ start: 0, end: 5, lat: 0, lon: 0 }, { start: 10, end: 15, lat: 0, lon: 0 }]];
  const predicted = [[{ start: 0, end: 5, lat: 0, lon: 0 }, { start: 11, end: 15, lat: 1, lon: 0 }, { start: 30, end: 33, lat: 0, lon: 0 }]];
  const score = scoreGeo(gold, predicted);
  assert.ok(Math.abs(score.precision - 1 / 3) < 1e-12);
  assert.ok(Math.abs(score.recall - 1 / 2) < 1e-12);
  assert.equal(score.errorsKm.length, 2);
  assert.equal(score.errorsKm[0], 0);
  assert.ok((score.errorsKm[1] ?? 0) > 100);
});
