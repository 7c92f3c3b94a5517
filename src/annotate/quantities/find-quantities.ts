/**
 * Quantities: numbers in digits or words with their range, approximation and counted noun
 * phrase. Not quantities: model numbers and calibres ("D-30", "122-mm"), years, dates ("August
 * 16", "16 August"), times of day, durations ("six months"), ordinals ("1st"), references ("page 5")
 * and phone numbers.
 * A range's value is its low end; a plural count ("hundreds of") is a range read the same way.
 * The span runs from the qualifier to the end of the counted noun phrase.
 */
import type { Token } from '../tokens/tokenize.js';
import { lookUp, lowerCasedText } from '../tokens/word-index.js';
import { getQuantityLexicon, type QuantityLexicon } from './quantity-lexicon.js';
import { numberStartWords, readNumber, type ReadNumber } from './read-number.js';

/** A quantity before its claimant is known. */
export interface QuantityDraft {
  readonly start: number;
  readonly end: number;
  /** Span of the number itself (without qualifier and counted noun). */
  readonly numberStart: number;
  readonly value: number;
  readonly low?: number;
  readonly high?: number;
  readonly approximate: boolean;
  readonly qualifier?: string;
  readonly what: string | null;
  readonly rule: string;
  readonly confidence: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{2,4}[\s.-]\d{3,4}[\s.-]\d{3,4}\b/gu;
const YEAR = /^\d{4}$/u;
const HYPHEN = '-';
const RANGE_WORDS = new Set(['to', '-', '–', '—']);
const PERCENT_WORDS = new Set(['percent', '%']);
const TRAILING_DOT = /\.$/u;
const MAX_WHAT_WORDS = 3;
const MIN_YEAR = 1900;
const MAX_YEAR = 2099;

/** Lower-case forms of the tokens of the text read last, by token index. Note: the rules around a number read the same few tokens many times. */
const lowerForms: { tokens: readonly Token[] | undefined; readonly forms: (string | undefined)[] } = { tokens: undefined, forms: [] };

function lower(token: Token | undefined): string {
  if (token === undefined) return '';
  const known = lowerForms.forms[token.index];
  if (known !== undefined) return known;
  const form = token.text.toLowerCase();
  const value = form.endsWith('.') ? form.replace(TRAILING_DOT, '') : form;
  lowerForms.forms[token.index] = value;
  return value;
}

function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Why a digit number is not a quantity, or undefined when it may be one. */
function digitExclusion(tokens: readonly Token[], number: ReadNumber, qualified: boolean, rangeEnd = false): string | undefined {
  const lexicon = getQuantityLexicon();
  const token = tokens[number.first];
  const before = tokens[number.first - 1];
  const after = tokens[number.first + 1];
  if (token === undefined) return 'missing';
  if (!rangeEnd && adjacent(before, token) && (before?.kind === 'word' || ((before?.text === '-' || before?.text === ':' || before?.text === '/') && adjacent(tokens[number.first - 2], before)))) return 'model number, time or date';
  if (adjacent(token, after)) {
    if (after?.kind === 'word' && !lexicon.units.has(lower(after))) return 'ordinal or code';
    if ((after?.text === ':' || after?.text === '/' || after?.text === '.') && adjacent(after, tokens[number.first + 2])) return 'time or date';
    if (after?.text === '-' && tokens[number.first + 2]?.kind === 'word' && adjacent(after, tokens[number.first + 2])) return 'calibre or compound';
  }
  if (!qualified && token.text.length === 4 && YEAR.test(token.text)) {
    const value = Number(token.text);
    if ((value >= MIN_YEAR && value <= MAX_YEAR) || lexicon.yearPrepositions.has(lower(before))) return 'year';
  }
  if (lexicon.months.has(lower(before)) || lexicon.months.has(lower(tokens[number.next])) || (tokens[number.next]?.text === ',' && lexicon.months.has(lower(tokens[number.first - 2])))) return 'date';
  if (lexicon.timeWords.has(lower(tokens[number.next]))) return 'time of day';
  const reference = before?.text === '.' ? tokens[number.first - 2] : before;
  if (lexicon.referenceWords.has(lower(reference))) return 'reference';
  return undefined;
}

/** A qualifier phrase with its words. */
interface Qualifier {
  readonly phrase: string;
  readonly words: readonly string[];
}

let qualifierIndex: { readonly lexicon: QuantityLexicon; readonly byLastWord: ReadonlyMap<string, readonly Qualifier[]> } | undefined;

/**
 * The qualifiers by their last word, each list in lexicon order (longest first), split into words
 * once. Note: only the qualifiers ending in the word before a number can match, so only those are tried.
 */
function qualifiersEndingIn(word: string): readonly Qualifier[] {
  const lexicon = getQuantityLexicon();
  if (qualifierIndex?.lexicon !== lexicon) {
    const byLastWord = new Map<string, Qualifier[]>();
    for (const phrase of lexicon.qualifiers) {
      const last = phrase.slice(phrase.lastIndexOf(' ') + 1);
      const qualifier = { phrase, words: phrase.split(' ') };
      const list = byLastWord.get(last);
      if (list === undefined) byLastWord.set(last, [qualifier]);
      else list.push(qualifier);
    }
    qualifierIndex = { lexicon, byLastWord };
  }
  return qualifierIndex.byLastWord.get(word) ?? NO_QUALIFIERS;
}

const NO_QUALIFIERS: readonly Qualifier[] = [];

function qualifierBefore(tokens: readonly Token[], first: number): { phrase: string; first: number } | undefined {
  for (const { phrase, words } of qualifiersEndingIn(lower(tokens[first - 1]))) {
    const start = first - words.length;
    if (start < 0) continue;
    let same = true;
    for (let offset = 0; offset < words.length && same; offset += 1) same = lower(tokens[start + offset]) === words[offset];
    if (same) return { phrase, first: start };
  }
  return undefined;
}

function countedPhrase(text: string, tokens: readonly Token[], at: number): { what: string | null; last: number; first?: number } {
  const lexicon = getQuantityLexicon();
  const token = tokens[at];
  if (token !== undefined && (PERCENT_WORDS.has(lower(token)) || (lower(token) === 'per' && lower(tokens[at + 1]) === 'cent'))) return { what: 'percent', last: lower(token) === 'per' ? at + 1 : at };
  let first = at;
  while (lexicon.leadingSkip.has(lower(tokens[first]))) first += 1;
  let last = first - 1;
  for (let index = first; index < tokens.length && index - first < MAX_WHAT_WORDS; index += 1) {
    const word = tokens[index];
    const value = lower(word);
    if (word === undefined || word.kind !== 'word' || lexicon.stopWords.has(value) || value.endsWith('ly')) break;
    if ((value.endsWith('ed') || value.endsWith('ing')) && (index > first || tokens[index + 1]?.kind !== 'word' || lexicon.stopWords.has(lower(tokens[index + 1])))) break;
    last = index;
  }
  const start = tokens[first];
  const end = tokens[last];
  if (last < first || start === undefined || end === undefined) return { what: null, last: at - 1 };
  return { what: text.slice(start.start, end.end), last, first };
}

function rangeAfter(tokens: readonly Token[], number: ReadNumber, between: boolean): ReadNumber | undefined {
  const joiner = lower(tokens[number.next]);
  if (!(RANGE_WORDS.has(joiner) || (between && joiner === 'and'))) return undefined;
  const high = readNumber(tokens, number.next + 1);
  return high !== undefined && high.value > number.value && high.range === undefined ? high : undefined;
}

/** Find the quantities of a text. */
export function findQuantities(text: string, tokens: readonly Token[]): QuantityDraft[] {
  const phones = [...text.matchAll(PHONE)].map((match) => [match.index, match.index + match[0].length] as const);
  const drafts: QuantityDraft[] = [];
  if (lowerForms.tokens !== tokens) {
    lowerForms.tokens = tokens;
    // Note: one list serves every text (emptied for each), so no list is made per document.
    if (lowerForms.forms.length < tokens.length) lowerForms.forms.length = tokens.length;
    lowerForms.forms.fill(undefined, 0, tokens.length);
  }
  const lowered = lowerCasedText(text);
  const starts = numberStartWords(getQuantityLexicon());
  const hyphens: number[] = [];
  for (let at = text.indexOf(HYPHEN); at >= 0; at = text.indexOf(HYPHEN, at + 1)) hyphens.push(at);
  let hyphen = 0;
  // Note: the phone numbers are in order and do not overlap, and tokens are read in order, so one pointer finds the one that may hold a token.
  let phone = 0;
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    if (lowered !== undefined && token !== undefined && token.kind !== 'number') {
      // Note: a punctuation mark, or a word that is no number word, no phrase start and no hyphenated word, starts no number; most tokens are passed over here.
      while ((hyphens[hyphen] ?? Infinity) < token.start) hyphen += 1;
      if (token.kind !== 'word' || ((hyphens[hyphen] ?? Infinity) >= token.end && lookUp(starts, lowered, token.start, token.end) === undefined)) {
        index += 1;
        continue;
      }
    }
    if (token !== undefined) while ((phones[phone]?.[1] ?? Infinity) <= token.start) phone += 1;
    const inPhone = token !== undefined && (phones[phone]?.[0] ?? Infinity) <= token.start;
    const number = token === undefined || inPhone ? undefined : readNumber(tokens, index);
    if (token === undefined || number === undefined) {
      index += 1;
      continue;
    }
    const qualifier = qualifierBefore(tokens, index);
    const between = lower(tokens[index - 1]) === 'between' || lower(tokens[index - 1]) === 'from';
    const high = rangeAfter(tokens, number, between);
    const excluded = number.digits ? digitExclusion(tokens, number, qualifier !== undefined) : undefined;
    const loneOne = !number.digits && number.value === 1 && number.next === index + 1 && high === undefined;
    if (excluded !== undefined || loneOne || (high !== undefined && high.digits && digitExclusion(tokens, high, true, true) !== undefined)) {
      index = Math.max(number.next, high?.next ?? 0);
      continue;
    }
    const end = high ?? number;
    const counted = countedPhrase(text, tokens, end.next);
    if (counted.first !== undefined && getQuantityLexicon().durationUnits.has(lower(tokens[counted.first]))) {
      // Note: "six months", "two weeks" measure time; the times stage reads them, they are not counts.
      index = Math.max(end.next, counted.last + 1);
      continue;
    }
    const firstToken = tokens[qualifier?.first ?? index] ?? token;
    const lastToken = tokens[Math.max(counted.last, end.next - 1)] ?? token;
    const range = number.range ?? (high === undefined ? undefined : ([number.value, high.range?.[1] ?? high.value] as const));
    const rule = number.range !== undefined ? 'quantities/plural-count' : high !== undefined ? 'quantities/range' : number.digits ? 'quantities/digits' : 'quantities/words';
    const qualifierText = qualifier?.phrase ?? (number.range === undefined ? undefined : number.phrase);
    const approximate = number.range !== undefined || (qualifier !== undefined && !getQuantityLexicon().exactQualifiers.has(qualifier.phrase));
    const confidence = number.digits ? 0.85 : 0.7;
    // Note: built without spreads (cheaper); the optional fields are simply left out.
    const draft: Mutable<QuantityDraft> = { start: firstToken.start, end: lastToken.end, numberStart: token.start, value: number.value, approximate, what: counted.what, rule, confidence };
    if (range !== undefined) {
      draft.low = range[0];
      draft.high = range[1];
    }
    if (qualifierText !== undefined) draft.qualifier = qualifierText;
    drafts.push(draft);
    index = Math.max(end.next, counted.last + 1);
  }
  return drafts;
}
