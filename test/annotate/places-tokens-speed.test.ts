import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { foldName } from '../../src/annotate/places/fold-name.js';
import { FOLD_GROUP_CYRILLIC, FOLD_GROUP_LATIN, placeTokens } from '../../src/annotate/places/place-tokens.js';

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
type Ranges = readonly (readonly [number, number])[];
/** Printable ASCII, Latin letters with diacritics, combining diacritics, ’. */
const LATIN_RANGES: Ranges = [[0x20, 0x7e], [0xc0, 0xd6], [0xd8, 0xf6], [0xf8, 0x24f], [0x300, 0x36f], [0x1e00, 0x1eff], [0x2019, 0x2019]];
/** Cyrillic letters, combining diacritics, ASCII digits, ' and ’. */
const CYRILLIC_RANGES: Ranges = [[0x400, 0x4ff], [0x300, 0x36f], [0x30, 0x39], [0x27, 0x27], [0x2019, 0x2019]];

function within(text: string, ranges: Ranges): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (!ranges.some(([low, high]) => code >= low && code <= high)) return false;
  }
  return true;
}

function foldGroups(text: string): number {
  return (within(text, LATIN_RANGES) ? FOLD_GROUP_LATIN : 0) | (within(text, CYRILLIC_RANGES) ? FOLD_GROUP_CYRILLIC : 0);
}

const PLAIN_GAP = /^[ .-]+$/u;
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
  'ǅ', 'ʰ', 'א', 'č', 'Č', 'ŀ', 'Ŀ', 'ŉ', 'ạ', 'ø', 'Ł', 'ẞ', 'ſ', 'Ĳ', 'Σ', 'ς', 'а', 'Ο', 'о', 'й', 'Ё', 'ж', 'Р', 'с', 'ѝ', '\ufe70', '¼', '\u2028', '\u3000', '\u037a', '\u1680', '\ufeff', '𝐀', '𝐚', '😀', '\ud800', '\udc00', '`', '/', '_',
];

/** Cyrillic words with Latin letters, digits and plain gaps among them. */
const CYRILLIC_ALPHABET = [...'МоскваРсийДЁёжЖіїЄ', ...'  .-', ...'aBo9', '\u0301', '’', "'", '\t'];

function generated(seed: number, length: number): string {
  const alphabet = seed % 3 === 0 ? CYRILLIC_ALPHABET : ALPHABET;
  let state = seed;
  let text = '';
  for (let index = 0; index < length; index += 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    // Note: letters come more often than the rest, so that words, runs and initials form.
    const pick = (state >> 8) % (alphabet.length + 24);
    text += pick < alphabet.length ? (alphabet[pick] ?? '') : (alphabet[pick % 8] ?? '');
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
    'Обвинять Россию в Москве - Санкт-Петербург. Ёлки 2023 Київ’s Paris Москва.',
    'Aleksandar Vučić met Sauli Niinistö in Łódź-Ŀlo ẞtraße, ŉorth of ÆRØ; ΑΣ.Σ Ηρακλειον in Bel Ѕerbia.',
    ...corpusTexts(),
  ];
  for (let seed = 1; seed <= 6000; seed += 1) texts.push(generated(seed, 1 + (seed % 97)));
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
        assert.equal(tokens.foldGroups(index), foldGroups(token.text));
        assert.equal(tokens.plainGap(index), index > 0 && token.joinedToPrevious && PLAIN_GAP.test(text.slice(tokens.end(index - 1), token.start)));
        if (CONTRACTION.test(token.text)) assert.ok(tokens.hasApostrophe(index), 'a contraction holds an apostrophe');
        compared += 1;
      });
    }
    assert.ok(compared > 20_000, `${compared} tokens compared`);
  });

  it('keeps the tokens of a text when another text is scanned', () => {
    const first = placeTokens('Kyiv and Kharkiv');
    const second = placeTokens('Talks in Geneva, Switzerland, ended.');
    assert.deepEqual([first.length, first.start(2), first.end(2), first.capitalised(2)], [3, 9, 16, true]);
    assert.deepEqual([second.length, second.start(2), second.word(3)], [5, 9, 'Switzerland']);
    second.release();
    assert.equal(second.length, 0, 'released tokens read as none');
    first.release();
    assert.equal(first.end(2), 16, 'tokens that no longer read the scan are kept');
  });

  it('joins the folds of words of one fold group with plain gaps into the fold of their text', () => {
    let joined = 0;
    let cyrillic = 0;
    for (const text of samples()) {
      const tokens = placeTokens(text);
      for (let from = 0; from < tokens.length; from += 1) {
        let groups = tokens.foldGroups(from);
        let key = foldName(tokens.word(from));
        for (let to = from + 1; to < tokens.length && to < from + 8 && tokens.plainGap(to); to += 1) {
          groups &= tokens.foldGroups(to);
          if (groups === 0) break;
          key = `${key} ${foldName(tokens.word(to))}`;
          const run = text.slice(tokens.start(from), tokens.end(to));
          assert.equal(key, foldName(run), JSON.stringify(run));
          joined += 1;
          if (groups === FOLD_GROUP_CYRILLIC) cyrillic += 1;
        }
      }
    }
    assert.ok(cyrillic > 200, `${cyrillic} Cyrillic runs compared`);
    assert.ok(joined > 2_000, `${joined} runs compared`);
  });
});
