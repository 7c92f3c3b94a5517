/**
 * The cue search over the lower-cased text (each word token looked up in a word index of the cue
 * forms) must find exactly the cues of the word-by-word search it replaces. A text holding İ
 * cannot be lower-cased as a whole (see lowerCasedText), so the same text with an İ word after it
 * is read word by word: both
 * readings are compared on the sample corpus and on generated text heavy in cue forms glued to
 * digits, underscores, capitals and apostrophes.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { findCues } from '../../src/annotate/quotes/find-cues.js';
import { tokenize } from '../../src/annotate/tokens/tokenize.js';
import { seededText } from '../helpers/sample-texts.js';

const PIECES = ['said', 'Said', 'SAID', 'says', 'told', 'according', 'According', 'to', 'essays', 'warned', 'the', 'he', "she's", 'Russia’s', '9', '_', '-', ' ', ' ', ' ', ',', '.', '\n', 'é', 'in a statement', 'told reporters', 'saying', 'reported'];

function bothWays(text: string): void {
  const none = (): boolean => false;
  const whole = findCues(text, tokenize(text), none);
  // Note: the İ word comes after the text, so every position, token index and cue of the text stays the same.
  const slow = `${text}\nİ`;
  const wordByWord = findCues(slow, tokenize(slow), none).filter((cue) => cue.end <= text.length);
  assert.deepEqual(whole, wordByWord, JSON.stringify(text.slice(0, 200)));
}

describe('cue search over the lower-cased text', () => {
  it('finds the cues of the word-by-word search on generated text', () => {
    for (let seed = 1; seed <= 2000; seed += 1) bothWays(seededText(PIECES, seed, 1 + (seed % 40)));
  });

  it('finds the cues of the word-by-word search on the sample corpus', () => {
    const folder = new URL('../../examples/corpus/', import.meta.url);
    const files = readdirSync(folder).filter((file) => file.endsWith('.md') || file.endsWith('.txt'));
    assert.ok(files.length > 0);
    for (const file of files) bothWays(readFileSync(new URL(file, folder), 'utf8'));
  });

  it('finds a cue right after a digit or an underscore', () => {
    assert.deepEqual(findCues('9said it', tokenize('9said it'), () => false).map((cue) => cue.form), ['said']);
    assert.deepEqual(findCues('x_told them', tokenize('x_told them'), () => false).map((cue) => cue.form), ['told']);
  });
});

describe('word counts read without cutting the span out', () => {
  it('equal the count of the pattern over the slice, up to the limit', async () => {
    const { countWords } = await import('../../src/annotate/quotes/text-scan.js');
    const samples = ['', 'one two', '  x9 y-z 𝐀𝐁 é e\u0301 ', '…—“quoted” 3,5 αβ', '𝐀', 'a\ud835', '\udc00b c'];
    for (let seed = 1; seed <= 500; seed += 1) samples.push(seededText(PIECES, seed, 1 + (seed % 12)));
    for (const sample of samples) {
      for (let start = 0; start <= sample.length; start += 3) {
        for (let end = start; end <= sample.length; end += 2) {
          const expected = sample.slice(start, end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
          for (const limit of [1, 3, 100]) assert.equal(countWords(sample, start, end, limit), Math.min(expected, limit), JSON.stringify([sample, start, end, limit]));
        }
      }
    }
  });
});
