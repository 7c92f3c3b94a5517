/**
 * Event tokens read off the shared tokens must equal the event pattern over each passage, on
 * generated text heavy in the characters where the two tokenizations part (digits beside letters,
 * joiners, dots, marks, letters outside ASCII) and on every sentence of the sample corpus.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { eventTokens, eventTokensByPattern } from '../../src/annotate/events/event-tokens.js';
import { splitSentences } from '../../src/annotate/tokens/sentences.js';
import { seededText } from '../helpers/sample-texts.js';

const ALPHABET = ['\u{1D165}', '𐐀', 'ς', 'a', 'b', 'T', 'x', 'E', 's', '1', '9', '٣', 'Ⅻ', '-', '-', "'", '’', '‘', '.', ',', ' ', ' ', ' ', '\n', 'é', 'e\u0301', '\u0301', 'İ', 'K', 'Σ', 'ж', '!', '"', '“', '(', '—'];

function assertSame(text: string, start: number, end: number): void {
  assert.deepEqual(eventTokens(text, start, end), eventTokensByPattern(text, start, end), JSON.stringify(text.slice(start, end)));
}

describe('event tokens from the shared tokens', () => {
  it('equal the event pattern on generated text, for sentences and for any span', () => {
    for (let seed = 1; seed <= 3000; seed += 1) {
      const text = seededText(ALPHABET, seed, 1 + (seed % 61));
      for (const sentence of splitSentences(text)) assertSame(text, sentence.start, sentence.end);
      assertSame(text, 0, text.length);
      assertSame(text, seed % text.length, text.length - (seed % 3));
    }
  });

  it('equal the event pattern on every sentence of the sample corpus', () => {
    const folder = new URL('../../examples/corpus/', import.meta.url);
    const files = readdirSync(folder).filter((file) => file.endsWith('.md') || file.endsWith('.txt') || file.endsWith('.html'));
    assert.ok(files.length > 0);
    for (const file of files) {
      const text = readFileSync(new URL(file, folder), 'utf8');
      for (const sentence of splitSentences(text)) assertSame(text, sentence.start, sentence.end);
    }
  });

  it('read plain words, capitals, curly apostrophes and numbers', () => {
    const text = 'Troops don’t shell 20,000 F16 jets in 19-year rows.';
    assert.deepEqual(
      eventTokens(text, 0, text.length).map((token) => [token.lower, token.capitalised]),
      [['troops', true], ["don't", false], ['shell', false], ['20', false], ['000', false], ['f16', true], ['jets', false], ['in', false], ['19-year', false], ['rows', false]],
    );
  });
});
