/**
 * The character scanner of the time stage that stands in for a pattern must answer as the pattern
 * does: the time zone after a date that the chrono reader leaves to chrono. Compared on the
 * sample corpus and the seeds (every position) and on generated text dense in the characters the
 * pattern reads.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ZONE_AFTER, zoneAfter } from '../../src/annotate/times/chrono-common.js';
import { SAMPLE_CORPUS, SEED_ARTICLES, articleTexts } from '../helpers/sample-texts.js';


/** Generated strings of `length` characters drawn from `alphabet` (a fixed pseudo-random sequence). */
function generated(alphabet: readonly string[], count: number, length: number): string[] {
  let state = 7;
  const next = (size: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return (state >> 8) % size;
  };
  const texts: string[] = [];
  for (let index = 0; index < count; index += 1) {
    let text = '';
    const size = 1 + next(length);
    for (let position = 0; position < size; position += 1) text += alphabet[next(alphabet.length)] ?? '';
    texts.push(text);
  }
  return texts;
}

describe('times: scanners equal their patterns', () => {
  it('reads a time zone after a date as the pattern does, at every position of the corpus and the seeds', () => {
    const texts = [...articleTexts(SAMPLE_CORPUS), ...articleTexts(SEED_ARTICLES)];
    assert.ok(texts.length > 0);
    let matched = 0;
    for (const text of texts) {
      for (let from = 0; from <= text.length; from += 1) {
        const expected = ZONE_AFTER.test(text.slice(from));
        if (expected) matched += 1;
        if (zoneAfter(text, from) !== expected) assert.fail(`position ${from}: ${JSON.stringify(text.slice(from, from + 12))}`);
      }
    }
    assert.ok(matched > 100, `many positions match (${matched})`);
  });

  it('reads a time zone after a date as the pattern does on generated text', () => {
    const alphabet = [' ', ' ', '\n', '\u00a0', ',', '(', ')', '.', '_', '1', 'E', 'S', 'T', 'G', 'M', 'e', 's', 't', 'x', 'é', 'İ', '-'];
    let matched = 0;
    for (const text of generated(alphabet, 200_000, 9)) {
      const expected = ZONE_AFTER.test(text);
      if (expected) matched += 1;
      assert.equal(zoneAfter(text, 0), expected, JSON.stringify(text));
      assert.equal(zoneAfter(`March 5${text}`, 7), expected, JSON.stringify(text));
    }
    assert.ok(matched > 1000, `many generated texts match (${matched})`);
    // Note: cases that differ by one character, where a scanner could go wrong.
    for (const [text, expected] of [
      [' EST', true],
      [', (GMT)', true],
      [' ESTX', true],
      [' ESTXY', false],
      [' E', false],
      [' Est1', false],
      [' Est_', false],
      ['(, EST', false],
      [' ,EST', true],
      [' Esté', true],
      [' est', false],
    ] as const) {
      assert.equal(ZONE_AFTER.test(text), expected, JSON.stringify(text));
      assert.equal(zoneAfter(text, 0), expected, JSON.stringify(text));
    }
  });
});
