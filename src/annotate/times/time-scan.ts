/**
 * One pass over a text's characters for the time extractors: where chrono's windows start
 * (a month name, a clock mark, a number that begins a numeric date), and where the mandatory
 * word of each of our own patterns occurs (its "anchors", see `anchored-matches.ts`).
 *
 * Words are runs of ASCII letters, numbers runs of ASCII digits (what JavaScript's `\w` and
 * `\d` take, save the underscore). Note: most words are none of the listed ones, and the pass
 * tells them apart without a lookup: a word is looked up only when a listed word has its first
 * and last letter and its length, or when it holds a month name's first three letters (chrono
 * also reads "inmarch"). The pass reads the text in order, which keeps it cheap even when the
 * stages before have pushed everything else out of the processor's caches.
 */
import { bigramOf, chronoMonthWords, isMonthRun, isSpace, monthBigrams as monthBigramTable, monthStarts as monthStartTable, trigramOf } from './chrono-vocabulary.js';
import { getTimeLexicon } from './time-lexicon.js';

/** Anchor classes, as bits: the mandatory word of a pattern. */
export const WordClass = {
  casualDay: 1 << 0,
  partOfDay: 1 << 1,
  weekend: 1 << 2,
  calendarUnit: 1 << 3,
  unit: 1 << 4,
  pluralUnit: 1 << 5,
  month: 1 << 6,
  weekday: 1 << 7,
  vague: 1 << 8,
  set: 1 << 9,
  quarter: 1 << 10,
  season: 1 << 11,
  reportingPeriod: 1 << 12,
  quarterWord: 1 << 13,
  /** A four-digit number from 1800 to 2099. */
  year: 1 << 14,
  /** A number a decade can be written with ("1990" of "1990s", "90" of "'90s"). */
  decade: 1 << 15,
} as const;

const ANCHOR_CLASSES = Object.values(WordClass);
const CLOCK_BIT = 1 << 16;
const MONTH_BIT = 1 << 17;
const RELATIVE_BIT = 1 << 18;

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
  /**
   * chrono's casual days that the extractor's check for relative words misses: after a weekday
   * ("Monday tmr"), chrono's merge drops the tag the extractor rejects them by.
   */
  chronoCasualDays: ['tmr', 'tmrw', 'overmorrow', 'lastnight'],
  /** Whole words {@link CLOCK_MARK} finds. */
  clock: ['am', 'pm', 'noon', 'midnight', 'gmt', 'utc', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt'],
} as const;

/**
 * What a clock time says to be one: minutes, a.m. or p.m., o'clock, noon, midnight, a time zone
 * chrono reads. chrono's extractor keeps a bare hour only with one of these.
 */
export const CLOCK_MARK = /:\d\d|\b[ap]\.?m\b\.?|o'clock|\bnoon\b|\bmidnight\b|\b(?:GMT|UTC|[ECMP][SD]T)\b/iu;

/**
 * What each numeric date chrono reads holds ("2023-10-05", "2023 10 5", "10/5/23", "10/2023"),
 * or the minutes of a clock time ("10:30"; in a result chrono's extractor keeps, always after a
 * digit).
 */
const NUMERIC_DATE_OR_MINUTES = /\d{4}[-./\s]\d|\d[-./]\d{1,2}[-./]\d|\d\/\d{4}|\d:\d\d/u;
/** Most digits of a {@link NUMERIC_DATE_OR_MINUTES} match before its separator, and its longest reach after. */
const DATE_DIGITS_BEFORE = 4;
const DATE_REACH_AFTER = 6;

/** Kinds of chrono's window seeds, as bits. */
export const SeedKind = {
  /** A run of letters that can hold chrono's month name. */
  month: 1,
  /** A clock mark ("a.m", "noon", "GMT"). */
  clock: 2,
  /** A number that starts a numeric date or a clock time's minutes ("2023-10-05", "10:30"). */
  date: 4,
  /**
   * A relative date chrono's extractor keeps although it names no month and has no digit:
   * "this" joined to a unit ("thisyear", where its check for relative words finds no word
   * boundary), and the month of "end of the month" (after a weekday, chrono's merge drops the
   * tag the extractor rejects it by).
   */
  relative: 8,
  /**
   * A number with "-", "." or "/" and a digit after it ("1/2"): chrono's slash date, which the
   * extractor rejects without a year by its parser tag, but keeps with a weekday before it
   * ("Sunday, 1/2": chrono's merge with the weekday drops the tag) or a year after it ("1/2 1999").
   */
  slash: 16,
} as const;

/** What {@link scanTimeWords} finds. */
export interface TimeScan {
  /** Where chrono's windows start: month names, clock marks and numeric dates (positions, ascending). */
  readonly seeds: readonly number[];
  /** The kind of each seed (bits of {@link SeedKind}). */
  readonly seedKinds: readonly number[];
  /** Anchor positions by class (a bit of {@link WordClass}), ascending; see {@link anchorsOf}. */
  readonly anchors: ReadonlyMap<number, readonly number[]>;
  /** Whether the text holds neither long s nor the Kelvin sign, so our patterns can be tried from anchors (see `anchored-matches.ts`). */
  readonly anchorable: boolean;
}

const LOWER_A = 97;
const NONE: readonly number[] = [];
const LETTERS = 26;
/** Word lengths told apart by the first filter (longer ones share the last slot). */
const LENGTHS = 16;
const APOSTROPHE = 39;
/** Long s and the Kelvin sign: `\\w` takes them under the `i` and `u` flags. */
const LONG_S = 0x17f;
const KELVIN = 0x212a;
const PERIOD = 46;

interface Words {
  /** Lower-case word -> classes (anchor bits, clock, month). */
  readonly bits: ReadonlyMap<string, number>;
  /** 1 where some listed word has that first letter, last letter and length. */
  readonly shapes: Uint8Array;
  /**
   * The listed words of ASCII letters, by hash (see {@link hashOf}; open addressing): slot ->
   * 1 + index into {@link Words.listed} (0: empty). Note: the scan looks a word up in place,
   * without making its lower-case string; a listed word with another character can never be a
   * scanned word.
   */
  readonly slots: Int32Array;
  readonly listed: readonly string[];
  readonly listedBits: Int32Array;
}

const SLOT_BITS = 12;
const SLOT_MASK = (1 << SLOT_BITS) - 1;
const LOWER_WORD = /^[a-z]+$/u;

/** Hash of the letters `[start, end)` of a text in lower case (ASCII letters only). */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0;
  for (let index = start; index < end; index += 1) hash = (Math.imul(hash, 31) + (text.charCodeAt(index) | 32)) | 0;
  return (hash ^ (hash >>> SLOT_BITS)) & SLOT_MASK;
}

/** Whether the letters `[start, end)` of a text are `word` in any case (ASCII letters, `word` lower case). */
function sameLetters(text: string, start: number, end: number, word: string): boolean {
  if (word.length !== end - start) return false;
  for (let index = start; index < end; index += 1) if ((text.charCodeAt(index) | 32) !== word.charCodeAt(index - start)) return false;
  return true;
}

/** The classes of a listed word (lower case; 0 when it is none), by the table the look-up in place must equal (for tests). */
export function listedWordBits(word: string): number {
  return getWords().bits.get(word) ?? 0;
}

/** The classes of the ASCII letters `[start, end)` of a text, read in place (for tests; see {@link knownBits}). */
export function wordBitsAt(text: string, start: number, end: number): number {
  return knownBits(getWords(), text, start, end);
}

/** The listed words (lower case). */
export function listedWords(): readonly string[] {
  return [...getWords().bits.keys()];
}

/** The classes of the ASCII letters `[start, end)` (what `bits.get(text.slice(start, end).toLowerCase()) ?? 0` is, read in place). */
function knownBits(table: Words, text: string, start: number, end: number): number {
  const { slots, listed, listedBits } = table;
  for (let slot = hashOf(text, start, end); ; slot = (slot + 1) & SLOT_MASK) {
    const entry = slots[slot] ?? 0;
    if (entry === 0) return 0;
    if (sameLetters(text, start, end, listed[entry - 1] ?? '')) return listedBits[entry - 1] ?? 0;
  }
}

let words: Words | undefined;

/** Where a word's first and last letter and length fall in {@link Words.shapes} (the scan computes the same inline). */
function shapeOf(first: number, last: number, length: number): number {
  return ((first - LOWER_A) * LETTERS + (last - LOWER_A)) * LENGTHS + Math.min(length, LENGTHS - 1);
}


function getWords(): Words {
  if (words === undefined) {
    const lexicon = getTimeLexicon();
    const bits = new Map<string, number>();
    const add = (list: Iterable<string>, bit: number): void => {
      for (const word of list) bits.set(word, (bits.get(word) ?? 0) | bit);
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
    add(PATTERN_WORDS.clock, CLOCK_BIT);
    add(PATTERN_WORDS.chronoCasualDays, RELATIVE_BIT);
    add(chronoMonthWords(), MONTH_BIT);
    const shapes = new Uint8Array(LETTERS * LETTERS * LENGTHS);
    for (const word of bits.keys()) shapes[shapeOf(word.charCodeAt(0), word.charCodeAt(word.length - 1), word.length)] = 1;
    const listed = [...bits.keys()].filter((word) => LOWER_WORD.test(word));
    if (listed.length * 2 > SLOT_MASK) throw new Error('time words: too many listed words for the look-up table');
    const slots = new Int32Array(SLOT_MASK + 1);
    listed.forEach((word, index) => {
      let slot = hashOf(word, 0, word.length);
      while (slots[slot] !== 0) slot = (slot + 1) & SLOT_MASK;
      slots[slot] = index + 1;
    });
    words = { bits, shapes, slots, listed, listedBits: Int32Array.from(listed, (word) => bits.get(word) ?? 0) };
  }
  return words;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}


/**
 * Whether the digits `[start, end)` hold the start of a {@link NUMERIC_DATE_OR_MINUTES} match.
 * Note: a match starts at one of the last four digits of a run, and a separator ("-./:", or
 * white space after four digits) and a digit follow the run; only then is the pattern run.
 */
function startsDate(text: string, start: number, end: number): boolean {
  const next = text.charCodeAt(end);
  const separated = next === 45 || next === 46 || next === 47 || next === 58 || (end - start >= DATE_DIGITS_BEFORE && isSpace(next));
  return separated && isDigit(text.charCodeAt(end + 1)) && NUMERIC_DATE_OR_MINUTES.test(text.slice(Math.max(start, end - DATE_DIGITS_BEFORE), end + DATE_REACH_AFTER));
}

/** Whether digits ending at `end` are followed by "-", "." or "/" and a digit. */
function startsSlash(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  return (next === 45 || next === 46 || next === 47) && isDigit(text.charCodeAt(end + 1));
}

function isYear(text: string, start: number, end: number): boolean {
  if (end - start !== 4) return false;
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  return first === 49 ? second === 56 || second === 57 : first === 50 && second === 48;
}

/** Whether digits `[start, end)` followed by "s" can be a decade ("1990s", "'90s"). */
function isDecade(text: string, start: number, end: number): boolean {
  if ((text.charCodeAt(end) | 32) !== 115 || text.charCodeAt(end - 1) !== 48) return false;
  return end - start === 2 || isYear(text, start, end);
}

/** Whether the letters `[start, end)` begin or end a clock mark written with a period or apostrophe ("a.m", "o'clock"). */
function isSplitClockMark(text: string, start: number, end: number, first: number): boolean {
  if (end - start === 1) return (first === 97 || first === 112) && text.charCodeAt(end) === PERIOD && (text.charCodeAt(end + 1) | 32) === 109;
  return end - start === 5 && first === 99 && text.charCodeAt(start - 1) === APOSTROPHE && (text.charCodeAt(start - 2) | 32) === 111 && text.slice(start, end).toLowerCase() === 'clock';
}

/** The anchor positions of a class (a bit of {@link WordClass}) in a scan, ascending. */
export function anchorsOf(scan: TimeScan, bit: number): readonly number[] {
  return scan.anchors.get(bit) ?? NONE;
}

/** Whether the letters at `start` are "this" (any case). */
function startsWithThis(text: string, start: number): boolean {
  return (text.charCodeAt(start + 1) | 32) === 104 && (text.charCodeAt(start + 2) | 32) === 105 && (text.charCodeAt(start + 3) | 32) === 115;
}

/** Whether the letters `[start, end)` are "month" ending "end of the month" or "day of month" (any case, any white space). */
function isEndOfMonth(text: string, start: number, end: number): boolean {
  if (text.slice(start, end).toLowerCase() !== 'month') return false;
  let position = skipSpaceBack(text, start);
  if (position === start) return false;
  if (wordBefore(text, position) === 'the') position = skipSpaceBack(text, position - 3);
  if (wordBefore(text, position) !== 'of') return false;
  position = skipSpaceBack(text, position - 2);
  const word = wordBefore(text, position);
  return word === 'end' || word === 'day';
}

function skipSpaceBack(text: string, end: number): number {
  let position = end;
  while (position > 0 && isSpace(text.charCodeAt(position - 1))) position -= 1;
  return position;
}

/** The run of ASCII letters ending at `end`, lower case. */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && ((text.charCodeAt(start - 1) | 32) >= 97 && (text.charCodeAt(start - 1) | 32) <= 122)) start -= 1;
  return text.slice(start, end).toLowerCase();
}

function ascending(a: number, b: number): number {
  return a - b;
}

function isAscending(positions: readonly number[]): boolean {
  for (let index = 1; index < positions.length; index += 1) if ((positions[index] as number) < (positions[index - 1] as number)) return false;
  return true;
}

function note(anchors: Map<number, number[]>, bit: number, position: number): void {
  const positions = anchors.get(bit);
  if (positions === undefined) anchors.set(bit, [position]);
  else positions.push(position);
}

/** Scan a text for chrono's window seeds and the anchors of our own patterns. */
export function scanTimeWords(text: string): TimeScan {
  const table = getWords();
  const { shapes } = table;
  const monthStarts = monthStartTable();
  const monthBigrams = monthBigramTable();
  const seeds: number[] = [];
  const seedKinds: number[] = [];
  const anchors = new Map<number, number[]>();
  const length = text.length;
  let anchorable = true;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    const lower = code | 32;
    if (lower >= 97 && lower <= 122) {
      const start = index;
      // Note: a, b are the two letters before the current one (-1 before the second letter).
      let a = -1;
      let b = lower;
      let monthStart = false;
      for (index += 1; index < length; index += 1) {
        const next = text.charCodeAt(index) | 32;
        if (next < 97 || next > 122) break;
        if (a >= 0 && !monthStart && monthBigrams[bigramOf(a, b)] === 1) monthStart = monthStarts[trigramOf(a, b, next)] === 1;
        a = b;
        b = next;
      }
      const end = index;
      let bits = 0;
      const size = end - start;
      if (shapes[((lower - LOWER_A) * LETTERS + (b - LOWER_A)) * LENGTHS + (size < LENGTHS ? size : LENGTHS - 1)] === 1) bits = knownBits(table, text, start, end);
      if (monthStart && (bits & MONTH_BIT) === 0 && isMonthRun(text.slice(start, end))) bits |= MONTH_BIT;
      if (bits === 0 && end - start <= 5 && isSplitClockMark(text, start, end, lower)) bits = CLOCK_BIT;
      if ((bits & RELATIVE_BIT) !== 0 || (size > 4 && lower === 116 && startsWithThis(text, start)) || (size === 5 && lower === 109 && isEndOfMonth(text, start, end))) {
        seeds.push(start);
        seedKinds.push(SeedKind.relative);
      }
      if (bits === 0) continue;
      for (const bit of ANCHOR_CLASSES) if ((bits & bit) !== 0) note(anchors, bit, start);
      if ((bits & (MONTH_BIT | CLOCK_BIT)) !== 0) {
        seeds.push(start);
        seedKinds.push(((bits & MONTH_BIT) !== 0 ? SeedKind.month : 0) | ((bits & CLOCK_BIT) !== 0 ? SeedKind.clock : 0));
      }
    } else if (code >= 48 && code <= 57) {
      const start = index;
      for (index += 1; index < length; index += 1) {
        const next = text.charCodeAt(index);
        if (next < 48 || next > 57) break;
      }
      const end = index;
      if (end - start === 4 && isYear(text, start, end)) note(anchors, WordClass.year, start);
      if (isDecade(text, start, end)) {
        // Note: "'90s" starts at its apostrophe.
        if (text.charCodeAt(start - 1) === APOSTROPHE) note(anchors, WordClass.decade, start - 1);
        note(anchors, WordClass.decade, start);
      }
      if (startsDate(text, start, end)) {
        seeds.push(start);
        seedKinds.push(SeedKind.date);
      } else if (startsSlash(text, end)) {
        seeds.push(start);
        seedKinds.push(SeedKind.slash);
      }
    } else {
      if (code === LONG_S || code === KELVIN) anchorable = false;
      index += 1;
    }
  }
  // Note: the positions come in text order but for a decade's apostrophe, so most lists need no sort.
  for (const positions of anchors.values()) if (!isAscending(positions)) positions.sort(ascending);
  return { seeds, seedKinds, anchors, anchorable };
}
