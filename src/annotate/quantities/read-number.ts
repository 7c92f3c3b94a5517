/**
 * Read one number at a token: digits with thousands separators or decimals ("20,000", "1.2"),
 * optionally scaled ("1.2 million"); number words ("two", "twenty-five", "three hundred and
 * twenty"); set phrases ("a dozen"); and plural counts ("hundreds of") read as a range.
 */
import type { Token } from '../tokens/tokenize.js';
import { wordIndex, type WordIndex } from '../tokens/word-index.js';
import { getQuantityLexicon, type QuantityLexicon } from './quantity-lexicon.js';

/** A number read from the tokens. */
export interface ReadNumber {
  readonly value: number;
  /** For a plural count ("hundreds of"), its range. */
  readonly range?: readonly [number, number];
  /** Token index of the first token. */
  readonly first: number;
  /** Token index after the last token. */
  readonly next: number;
  /** Written in digits. */
  readonly digits: boolean;
  /** The phrase read, lower-case, for plural counts and set phrases. */
  readonly phrase?: string;
}

const THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/u;
const PLAIN = /^\d+(?:\.\d+)?$/u;
const HYPHEN = '-';

function lower(token: Token | undefined): string {
  return token === undefined ? '' : token.text.toLowerCase();
}

/** The set phrases and plural counts of one first word, as words, each list in lexicon order (longest first). */
interface PhraseStart {
  readonly vague: readonly (readonly [readonly string[], string, readonly [number, number]])[];
  readonly fixed: readonly (readonly [readonly string[], string, number])[];
}

let phraseStarts: { readonly lexicon: QuantityLexicon; readonly byFirst: ReadonlyMap<string, PhraseStart> } | undefined;

/**
 * The lexicon's set phrases and plural counts by first word. Note: most word tokens start none of
 * them, and only the phrases of a token's own first word are tried.
 */
function phrasesByFirst(lexicon: QuantityLexicon): ReadonlyMap<string, PhraseStart> {
  if (phraseStarts?.lexicon !== lexicon) {
    const byFirst = new Map<string, { vague: (readonly [readonly string[], string, readonly [number, number]])[]; fixed: (readonly [readonly string[], string, number])[] }>();
    const entry = (phrase: string): { vague: (readonly [readonly string[], string, readonly [number, number]])[]; fixed: (readonly [readonly string[], string, number])[] } => {
      const first = phrase.split(' ')[0] ?? '';
      let found = byFirst.get(first);
      if (found === undefined) {
        found = { vague: [], fixed: [] };
        byFirst.set(first, found);
      }
      return found;
    };
    for (const [phrase, range] of lexicon.vague) entry(phrase).vague.push([phrase.split(' '), phrase, range]);
    for (const [phrase, value] of lexicon.fixed) entry(phrase).fixed.push([phrase.split(' '), phrase, value]);
    phraseStarts = { lexicon, byFirst };
  }
  return phraseStarts.byFirst;
}

let startIndex: { readonly lexicon: QuantityLexicon; readonly words: WordIndex<true> } | undefined;

/**
 * The words a number may start with, as an index of the lower-cased text: number words and the
 * first words of set phrases and plural counts. Note: a hyphenated number ("twenty-five") is
 * found by its hyphen, not here.
 */
export function numberStartWords(lexicon: QuantityLexicon): WordIndex<true> {
  if (startIndex?.lexicon !== lexicon) startIndex = { lexicon, words: wordIndex([...lexicon.smallNumbers.keys(), ...phrasesByFirst(lexicon).keys()].map((word) => [word, true] as const), false) };
  return startIndex.words;
}

/**
 * The token after `words` read from token `at` on (whose lower case is the first word), or -1;
 * `lowers` keeps the lower-case forms of the tokens after `at` read so far (by offset), for the next phrase.
 */
function matchPhrase(tokens: readonly Token[], at: number, words: readonly string[], lowers: string[]): number {
  for (let offset = 1; offset < words.length; offset += 1) {
    const word = (lowers[offset] ??= lower(tokens[at + offset]));
    if (word !== words[offset]) return -1;
  }
  return at + words.length;
}

/** The value of a digit token, or undefined when it is not a plain number. */
export function digitValue(text: string): number | undefined {
  if (THOUSANDS.test(text)) return Number(text.replaceAll(',', ''));
  if (PLAIN.test(text)) return Number(text);
  return undefined;
}

function wordValue(word: string): number | undefined {
  const small = getQuantityLexicon().smallNumbers;
  const direct = small.get(word);
  if (direct !== undefined) return direct;
  // Note: as splitting at the hyphens into exactly two parts, without making the list.
  const hyphen = word.indexOf(HYPHEN);
  if (hyphen < 0 || word.includes(HYPHEN, hyphen + 1)) return undefined;
  const tens = small.get(word.slice(0, hyphen));
  const units = small.get(word.slice(hyphen + 1));
  return tens !== undefined && units !== undefined && tens >= 20 && units < 10 ? tens + units : undefined;
}

type Previous = 'none' | 'unit' | 'tens' | 'scale';

function readWords(tokens: readonly Token[], at: number): ReadNumber | undefined {
  const { scales } = getQuantityLexicon();
  let total = 0;
  let current = 0;
  let next = at;
  let previous: Previous = 'none';
  while (next < tokens.length) {
    const word = lower(tokens[next]);
    const value = wordValue(word);
    const scale = scales.get(word);
    if (value !== undefined && (previous === 'none' || previous === 'scale' || (previous === 'tens' && value < 10))) {
      current += value;
      previous = value >= 20 && value % 10 === 0 ? 'tens' : 'unit';
    } else if (scale !== undefined && previous !== 'none') {
      current = (current === 0 ? 1 : current) * scale;
      if (scale >= 1000) {
        total += current;
        current = 0;
      }
      previous = 'scale';
    } else if (word === 'and' && previous === 'scale' && wordValue(lower(tokens[next + 1])) !== undefined) {
      next += 1;
      continue;
    } else break;
    next += 1;
  }
  return previous === 'none' ? undefined : { value: total + current, first: at, next, digits: false };
}

/** Read the number that starts at token `at`, if any. */
export function readNumber(tokens: readonly Token[], at: number): ReadNumber | undefined {
  const token = tokens[at];
  if (token === undefined) return undefined;
  const lexicon = getQuantityLexicon();
  if (token.kind === 'number') {
    const value = digitValue(token.text);
    if (value === undefined) return undefined;
    const scale = lexicon.scales.get(lower(tokens[at + 1]));
    return scale === undefined ? { value, first: at, next: at + 1, digits: true } : { value: value * scale, first: at, next: at + 2, digits: true };
  }
  if (token.kind !== 'word') return undefined;
  const phrases = phrasesByFirst(lexicon).get(lower(token));
  if (phrases === undefined) return readWords(tokens, at);
  const lowers: string[] = [];
  for (const [words, phrase, range] of phrases.vague) {
    const next = matchPhrase(tokens, at, words, lowers);
    if (next > 0) return { value: range[0], range, first: at, next, digits: false, phrase };
  }
  for (const [words, phrase, value] of phrases.fixed) {
    const next = matchPhrase(tokens, at, words, lowers);
    if (next > 0) return { value, first: at, next, digits: false, phrase };
  }
  return readWords(tokens, at);
}
