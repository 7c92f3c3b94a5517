/**
 * One pass over a text's tokens for the time extractors: what each word is to them (a month
 * name, a unit, a word no chrono pattern reads, ...), looked up once per distinct word, and
 * where the mandatory word of each of our own patterns occurs (its "anchors", see
 * `anchored-matches.ts`).
 */
import type { Token } from '../tokens/tokenize.js';
import { isInertWord, isMonthRun } from './chrono-windows.js';
import { getTimeLexicon } from './time-lexicon.js';

/** Word classes, as bits. The first four serve chrono's windows, the rest our own patterns. */
export const WordClass = {
  /** A word no chrono pattern can take a letter of. */
  inert: 1 << 0,
  /** A run of letters that can hold chrono's month name. */
  chronoMonth: 1 << 1,
  /** A word that holds a clock mark ("a.m", "noon", "GMT"). */
  clock: 1 << 2,
  /** A number. */
  number: 1 << 3,
  casualDay: 1 << 4,
  partOfDay: 1 << 5,
  weekend: 1 << 6,
  calendarUnit: 1 << 7,
  unit: 1 << 8,
  pluralUnit: 1 << 9,
  month: 1 << 10,
  weekday: 1 << 11,
  vague: 1 << 12,
  set: 1 << 13,
  quarter: 1 << 14,
  season: 1 << 15,
  reportingPeriod: 1 << 16,
  quarterWord: 1 << 17,
  /** A four-digit number from 1800 to 2099. */
  year: 1 << 18,
  /** A number a decade can be written with ("1990" of "1990s", "90" of "'90s"). */
  decade: 1 << 19,
} as const;

/** The anchor classes: those whose positions {@link scanTimeWords} lists. */
const ANCHOR_CLASSES = [
  WordClass.casualDay,
  WordClass.partOfDay,
  WordClass.weekend,
  WordClass.calendarUnit,
  WordClass.unit,
  WordClass.pluralUnit,
  WordClass.month,
  WordClass.weekday,
  WordClass.vague,
  WordClass.set,
  WordClass.quarter,
  WordClass.season,
  WordClass.reportingPeriod,
  WordClass.quarterWord,
  WordClass.year,
  WordClass.decade,
] as const;
const ANCHOR_BITS = ANCHOR_CLASSES.reduce((bits, bit) => bits | bit, 0);

/** Words of our own patterns that are not in the lexicon, by class. */
export const PATTERN_WORDS = {
  casualDay: ['today', 'tonight', 'yesterday', 'tomorrow'],
  partOfDay: ['morning', 'afternoon', 'evening'],
  weekend: ['weekend'],
  calendarUnit: ['week', 'month', 'year', 'quarter'],
  setStart: ['every', 'each'],
  quarter: ['quarter'],
  reportingPeriod: ['quarter', 'period'],
  quarterWord: ['quarter', 'quarterly', 'quarters'],
  /** A unit the duration patterns take besides the lexicon's (its plural). */
  extraUnit: ['centuries'],
} as const;

/** What {@link scanTimeWords} finds. */
export interface TimeScan {
  /** The tokens scanned (those of `tokenize(text)`). */
  readonly tokens: readonly Token[];
  /** Each token's classes (bits of {@link WordClass}). */
  readonly classes: Uint32Array;
  /** The classes of all tokens together. */
  readonly present: number;
  /** Anchor positions by class bit, ascending. */
  anchors(bit: number): readonly number[];
}

/**
 * What a clock time says to be one: minutes, a.m. or p.m., o'clock, noon, midnight, a time zone
 * chrono reads. chrono's extractor keeps a bare hour only with one of these.
 */
export const CLOCK_MARK = /:\d\d|\b[ap]\.?m\b\.?|o'clock|\bnoon\b|\bmidnight\b|\b(?:GMT|UTC|[ECMP][SD]T)\b/iu;
const CACHE_LIMIT = 50_000;
const ASCII_LETTERS = /^[A-Za-z]+$/u;
const LETTER_RUN = /[A-Za-z]+/gu;
const YEAR_NUMBER = /^(?:1[89]|20)\d\d$/u;
const DECADE_NUMBER = /^(?:(?:1[89]|20)\d0|\d0)$/u;
const APOSTROPHE = 39;
const COMPOUND = 1 << 30;

let wordBits: ReadonlyMap<string, number> | undefined;

/** Lower-case word -> anchor classes. */
function getWordBits(): ReadonlyMap<string, number> {
  if (wordBits === undefined) {
    const lexicon = getTimeLexicon();
    const bits = new Map<string, number>();
    const add = (words: Iterable<string>, bit: number): void => {
      for (const word of words) bits.set(word, (bits.get(word) ?? 0) | bit);
    };
    const units = [...lexicon.units.keys()];
    add(PATTERN_WORDS.casualDay, WordClass.casualDay);
    add(PATTERN_WORDS.partOfDay, WordClass.partOfDay);
    add(PATTERN_WORDS.weekend, WordClass.weekend);
    add(PATTERN_WORDS.calendarUnit, WordClass.calendarUnit);
    add([...units, ...units.map((unit) => `${unit}s`), ...PATTERN_WORDS.extraUnit], WordClass.unit);
    add([...units.map((unit) => `${unit}s`), ...PATTERN_WORDS.extraUnit], WordClass.pluralUnit);
    add(lexicon.months, WordClass.month);
    add(lexicon.weekdays, WordClass.weekday);
    add([...lexicon.vague.keys()].map((phrase) => phrase.split(' ').at(-1) ?? phrase), WordClass.vague);
    add([...lexicon.sets.keys(), ...PATTERN_WORDS.setStart], WordClass.set);
    add(PATTERN_WORDS.quarter, WordClass.quarter);
    add(lexicon.seasons.keys(), WordClass.season);
    add(PATTERN_WORDS.reportingPeriod, WordClass.reportingPeriod);
    add(PATTERN_WORDS.quarterWord, WordClass.quarterWord);
    wordBits = bits;
  }
  return wordBits;
}

const classCache = new Map<string, number>();

function wordClasses(word: string): number {
  let bits = classCache.get(word);
  if (bits === undefined) {
    const known = getWordBits();
    bits = 0;
    if (ASCII_LETTERS.test(word)) {
      bits |= known.get(word.toLowerCase()) ?? 0;
      if (isInertWord(word)) bits |= WordClass.inert;
      if (isMonthRun(word)) bits |= WordClass.chronoMonth;
    } else {
      for (const match of word.matchAll(LETTER_RUN)) {
        const runBits = known.get(match[0].toLowerCase()) ?? 0;
        if (runBits !== 0) bits |= runBits | COMPOUND;
        if (isMonthRun(match[0])) bits |= WordClass.chronoMonth;
      }
    }
    if (CLOCK_MARK.test(word)) bits |= WordClass.clock;
    if (classCache.size >= CACHE_LIMIT) classCache.clear();
    classCache.set(word, bits);
  }
  return bits;
}

function numberClasses(text: string, tokens: readonly Token[], index: number): number {
  const token = tokens[index] as Token;
  let bits = WordClass.number;
  if (token.text.length === 4 && YEAR_NUMBER.test(token.text)) bits |= WordClass.year;
  const after = tokens[index + 1];
  if (after !== undefined && after.start === token.end && (text.charCodeAt(after.start) | 32) === 115 && DECADE_NUMBER.test(token.text)) bits |= WordClass.decade;
  return bits;
}

/** Classify a text's tokens (those of `tokenize(text)`) and list the anchors of each class. */
export function scanTimeWords(text: string, tokens: readonly Token[]): TimeScan {
  const classes = new Uint32Array(tokens.length);
  const anchors = new Map<number, number[]>();
  const note = (bit: number, position: number): void => {
    const list = anchors.get(bit);
    if (list === undefined) anchors.set(bit, [position]);
    else list.push(position);
  };
  let present = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    let bits = 0;
    if (token.kind === 'word') bits = wordClasses(token.text);
    else if (token.kind === 'number') bits = numberClasses(text, tokens, index);
    classes[index] = bits & ~COMPOUND;
    present |= bits;
    const anchorBits = bits & ANCHOR_BITS;
    if (anchorBits === 0) continue;
    if ((bits & COMPOUND) === 0) {
      for (const bit of ANCHOR_CLASSES) if ((anchorBits & bit) !== 0) note(bit, token.start);
      // Note: "'90s" starts at its apostrophe.
      if ((anchorBits & WordClass.decade) !== 0 && text.charCodeAt(token.start - 1) === APOSTROPHE) note(WordClass.decade, token.start - 1);
      continue;
    }
    const known = getWordBits();
    for (const match of token.text.matchAll(LETTER_RUN)) {
      const runBits = known.get(match[0].toLowerCase()) ?? 0;
      for (const bit of ANCHOR_CLASSES) if ((runBits & bit) !== 0) note(bit, token.start + match.index);
    }
  }
  for (const list of anchors.values()) list.sort((a, b) => a - b);
  const none: readonly number[] = [];
  return { tokens, classes, present: present & ~COMPOUND, anchors: (bit) => anchors.get(bit) ?? none };
}
