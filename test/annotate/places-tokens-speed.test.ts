import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { foldName } from '../../src/annotate/places/fold-name.js';
import { placeTokens } from '../../src/annotate/places/place-tokens.js';

/** The token pattern and tests the one-pass scanner replaces, as the reference. */
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’ʼ][\p{L}\p{M}]{2,})*/gu;
const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const SENTENCE_END = /(?:^|[.!?:;•|\n])[\s"“”'‘’«»()[\]*\-–—]*$/u;
const LINE_START = /(?:^|\n)[\s"“'‘«(*\-–—]*$/u;
const GAP_SPACE = /^[ \t\u00a0]*(?:[-‐‑][ \t\u00a0]*)?$/u;
const GAP_ABBREVIATION = /^\.[ \t\u00a0]*$/u;
const SHORT_ABBREVIATION = /^\p{Lu}\p{Ll}{0,2}$/u;
const NON_LETTER = /\P{L}/gu;
/** Ranges of printable ASCII, Latin letters with diacritics, combining diacritics, ’ and ʼ. */
const FOLDS_ALONE_RANGES: readonly (readonly [number, number])[] = [[0x20, 0x7e], [0xc0, 0xd6], [0xd8, 0xf6], [0xf8, 0x24f], [0x300, 0x36f], [0x1e00, 0x1eff], [0x2019, 0x2019], [0x2bc, 0x2bc]];

function foldsAlone(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (!FOLDS_ALONE_RANGES.some(([low, high]) => code >= low && code <= high)) return false;
  }
  return true;
}
const CONTRACTION = /['’ʼ](?:ve|ll|re|nt|[dsm])$/iu;

interface ReferenceToken {
  start: number;
  end: number;
  text: string;
  capitalised: boolean;
  allCaps: boolean;
  sentenceInitial: boolean;
  lineInitial: boolean;
  joinedToPrevious: boolean;
}

function referenceTokens(text: string): ReferenceToken[] {
  const tokens: ReferenceToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const word = match[0];
    const before = text.slice(Math.max(0, start - 12), start);
    const previous = tokens.at(-1);
    const gap = previous ? text.slice(previous.end, start) : '';
    const letters = word.replace(NON_LETTER, '');
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      capitalised: UPPER_START.test(word),
      allCaps: letters.length >= 2 && !HAS_LOWER.test(letters),
      sentenceInitial: previous === undefined || SENTENCE_END.test(before),
      lineInitial: previous === undefined || LINE_START.test(before),
      joinedToPrevious: previous !== undefined && (GAP_SPACE.test(gap) || (GAP_ABBREVIATION.test(gap) && SHORT_ABBREVIATION.test(previous.text))),
    });
  }
  return tokens;
}

/** Characters of every class the scanner tells apart: cases, marks, digits, apostrophes, gaps, quotes, surrogates. */
const ALPHABET = [
  ...'aBcDeSTtMF09 .,;:!?-\'"\n\t()[]*|',
  '\u00a0', '“', '”', '‘', '’', 'ʼ', '«', '»', '–', '—', '‐', '‑', '•', 'é', 'É', '\u0301', 'ß', 'Д', 'д', 'Ω', 'ω', '中', '²', '½', 'Ⅻ',
  'ǅ', 'ʰ', 'א', 'č', 'Č', 'ŀ', 'Ŀ', 'ŉ', 'ạ', 'ø', 'Ł', 'ẞ', 'ſ', 'Ĳ', 'Σ', 'ς', 'а', 'Ο', '\ufe70', '¼', '\u2028', '\u3000', '\u037a', '\u1680', '\ufeff', '𝐀', '𝐚', '😀', '\ud800', '\udc00', '`', '/', '_',
];

function generated(seed: number, length: number): string {
  let state = seed;
  let text = '';
  for (let index = 0; index < length; index += 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    // Note: letters come more often than the rest, so that words, runs and initials form.
    const pick = (state >> 8) % (ALPHABET.length + 24);
    text += pick < ALPHABET.length ? (ALPHABET[pick] ?? '') : (ALPHABET[pick % 8] ?? '');
  }
  return text;
}

function corpusTexts(): string[] {
  const folder = new URL('../../examples/corpus/', import.meta.url);
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(new URL(entry.name, folder), 'utf8'));
}

function samples(): string[] {
  const texts = [
    'Fighting near St. Louis, Mo., and in Sainte-Anne-des-Monts, U.S.Army said.',
    "The O'Brien2 farm, rock'n'roll, Côte d'Ivoire ʼand Hawaiʻi (HI) in NEW YORK CITY.\n\n“Kyiv” —Kharkiv",
    'Mt.  Kenya - Ft - Worth\tcity; Dr. Who: ŁÓDŹ and Москва, Pоland.',
    'Aleksandar Vučić met Sauli Niinistö in Łódź-Ŀlo ẞtraße, ŉorth of ÆRØ; ΑΣ.Σ Ηρακλειον in Bel Ѕerbia.',
    ...corpusTexts(),
  ];
  for (let seed = 1; seed <= 3000; seed += 1) texts.push(generated(seed, 1 + (seed % 97)));
  return texts;
}

describe('placeTokens, one pass over the characters', () => {
  it('finds the tokens and flags of the word pattern and its tests', () => {
    let compared = 0;
    for (const text of samples()) {
      const expected = referenceTokens(text);
      const tokens = placeTokens(text);
      assert.equal(tokens.length, expected.length, JSON.stringify(text));
      expected.forEach((token, index) => {
        const actual = {
          start: tokens.start(index),
          end: tokens.end(index),
          text: tokens.word(index),
          capitalised: tokens.capitalised(index),
          allCaps: tokens.allCaps(index),
          sentenceInitial: tokens.sentenceInitial(index),
          lineInitial: tokens.lineInitial(index),
          joinedToPrevious: tokens.joinedToPrevious(index),
        };
        assert.deepEqual(actual, token, `${JSON.stringify(text)} token ${index}`);
        assert.equal(tokens.foldsAlone(index), foldsAlone(token.text));
        if (CONTRACTION.test(token.text)) assert.ok(tokens.hasApostrophe(index), 'a contraction holds an apostrophe');
        compared += 1;
      });
    }
    assert.ok(compared > 20_000, `${compared} tokens compared`);
  });

  it('joins the folds of plainly joined Latin words into the fold of their text', () => {
    let joined = 0;
    for (const text of samples()) {
      const tokens = placeTokens(text);
      for (let from = 0; from < tokens.length; from += 1) {
        if (!tokens.foldsAlone(from)) continue;
        let key = foldName(tokens.word(from));
        for (let to = from + 1; to < tokens.length && to < from + 8 && tokens.plainJoin(to); to += 1) {
          key = `${key} ${foldName(tokens.word(to))}`;
          const run = text.slice(tokens.start(from), tokens.end(to));
          assert.ok(foldsAlone(run), JSON.stringify(run));
          assert.equal(key, foldName(run), JSON.stringify(run));
          joined += 1;
        }
      }
    }
    assert.ok(joined > 2_000, `${joined} runs compared`);
  });
});
