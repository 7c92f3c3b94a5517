/**
 * The character scanner of the time stage that stands in for a pattern must answer as the pattern
 * does: the time zone after a date that the chrono reader leaves to chrono. Compared on the
 * sample corpus and the seeds (every position) and on generated text dense in the characters the
 * pattern reads. The time scan's look-up of a word in place must answer as its table does for
 * the word in lower case.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ZONE_AFTER, zoneAfter } from '../../src/annotate/times/chrono-common.js';
import { listedWordBits, listedWords, wordBitsAt } from '../../src/annotate/times/time-scan.js';
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

describe('times: the time scan looks words up in place as its table does', () => {
  const LETTER_RUN = /[A-Za-z]+/gu;
  const check = (text: string): number => {
    let listed = 0;
    for (const match of text.matchAll(LETTER_RUN)) {
      const expected = listedWordBits(match[0].toLowerCase());
      if (expected !== 0) listed += 1;
      const found = wordBitsAt(text, match.index, match.index + match[0].length);
      if (found !== expected) assert.fail(`${JSON.stringify(match[0])}: ${found} against ${expected}`);
    }
    return listed;
  };

  it('on every listed word in every case, and on the words of the corpus and the seeds', () => {
    const words = listedWords().filter((word) => /^[a-z]+$/u.test(word));
    assert.ok(words.length > 50);
    for (const word of words) {
      const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
      assert.ok(check(` ${word} ${word.toUpperCase()} ${capitalised}.`) === 3, word);
      // Note: one letter more, one less or one changed is another word (most often none of the list).
      check(` ${word}s ${word.slice(1)} ${word.slice(0, -1)}x x${word} `);
    }
    const texts = [...articleTexts(SAMPLE_CORPUS), ...articleTexts(SEED_ARTICLES)];
    let listed = 0;
    for (const text of texts) listed += check(text);
    assert.ok(listed > 100, `many corpus words are listed (${listed})`);
  });

  it('on generated letter runs', () => {
    let listed = 0;
    // Note: pieces of listed words, so that many runs are listed words and many miss one by a letter.
    const pieces = ['mon', 'th', 'day', 'Day', 'week', 'YEAR', 'year', 's', 'a', 'e', 'end', 'M', 'ON', 'ago', 'noon', 'x', 'sun', 'jan', 'uary', 'to', 'night', ' ', ' ', '.'];
    for (const text of generated(pieces, 100_000, 5)) listed += check(text);
    assert.ok(listed > 100, `many generated words are listed (${listed})`);
    assert.equal(wordBitsAt('monthx', 0, 6), 0);
    assert.notEqual(wordBitsAt('MONTH', 0, 5), 0);
  });
});
