/**
 * Read one number at a token: digits with thousands separators or decimals ("20,000", "1.2"),
 * optionally scaled ("1.2 million"); number words ("two", "twenty-five", "three hundred and
 * twenty"); set phrases ("a dozen"); and plural counts ("hundreds of") read as a range.
 */
import type { Token } from '../tokens/tokenize.js';
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

let phraseStarts: { readonly lexicon: QuantityLexicon; readonly words: ReadonlySet<string> } | undefined;

/**
 * The first words of the lexicon's set phrases and plural counts. Note: most word tokens start
 * none of them, and testing this first spares trying every phrase at every word.
 */
function phraseFirstWords(lexicon: QuantityLexicon): ReadonlySet<string> {
  if (phraseStarts?.lexicon !== lexicon) {
    const words = new Set([...lexicon.vague, ...lexicon.fixed].map(([phrase]) => phrase.split(' ')[0] ?? ''));
    phraseStarts = { lexicon, words };
  }
  return phraseStarts.words;
}

function matchPhrase(tokens: readonly Token[], at: number, phrase: string): number {
  const words = phrase.split(' ');
  for (let offset = 0; offset < words.length; offset += 1) if (lower(tokens[at + offset]) !== words[offset]) return -1;
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
  const parts = word.split(HYPHEN);
  if (parts.length !== 2) return undefined;
  const tens = small.get(parts[0] ?? '');
  const units = small.get(parts[1] ?? '');
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
  if (!phraseFirstWords(lexicon).has(lower(token))) return readWords(tokens, at);
  for (const [phrase, range] of lexicon.vague) {
    const next = matchPhrase(tokens, at, phrase);
    if (next > 0) return { value: range[0], range, first: at, next, digits: false, phrase };
  }
  for (const [phrase, value] of lexicon.fixed) {
    const next = matchPhrase(tokens, at, phrase);
    if (next > 0) return { value, first: at, next, digits: false, phrase };
  }
  return readWords(tokens, at);
}
