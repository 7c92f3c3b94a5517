/**
 * Which of chrono-node's casual English parsers can match a window of text: a parser whose
 * pattern cannot match there gives no result and leaves nothing behind, so it is left out.
 *
 * Each test is a superset of what its parser's pattern needs: a digit for a clock time, four
 * digits and a separator for "2023-10-05", a month name with a day or a year beside it for the
 * month parsers, one of its words (anywhere, any case) for the others. A parser this module does
 * not know always runs.
 */
import { chronoMonthWords, holdsMonthStart, isAsciiDigit as isDigit, isAsciiLetter as isLetter, isMonthRun, isSpace } from './chrono-vocabulary.js';

/** What a window holds, as bits. */
const DIGIT = 1 << 0;
const YEAR_MONTH_DAY = 1 << 1;
const ISO = 1 << 2;
const SLASH = 1 << 3;
const SLASH_MONTH = 1 << 4;
const MONTH = 1 << 5;
const DAY_BEFORE_MONTH = 1 << 6;
const DAY_AFTER_MONTH = 1 << 7;
const YEAR_BEFORE_MONTH = 1 << 8;

/** Words (lower case, found anywhere) one of which each word-led parser needs. */
const PARSER_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['ENTimeUnitWithinFormatParser', ['in', 'for']],
  ['ENWeekdayParser', ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'week']],
  ['ENTimeUnitAgoFormatParser', ['ago', 'before', 'earlier']],
  ['ENTimeUnitLaterFormatParser', ['later', 'after', 'from now', 'henceforth', 'forward', 'out']],
  ['ENCasualDateParser', ['now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'yesterday', 'night']],
  ['ENCasualTimeParser', ['morning', 'afternoon', 'evening', 'night', 'midday', 'noon']],
  ['ENEndOfCurrentMonthParser', ['month']],
  ['ENRelativeDateFormatParser', ['this', 'last', 'past', 'next', 'after']],
  ['ENTimeUnitCasualRelativeFormatParser', ['this', 'last', 'past', 'next', 'after', '+', '-']],
]);

/** What the digit- and month-led parsers need (all of the bits). */
const PARSER_HOLDS: ReadonlyMap<string, number> = new Map([
  ['ENYearMonthDayParser', YEAR_MONTH_DAY],
  ['ISOFormatParser', ISO],
  ['SlashDateFormatParser', SLASH],
  ['ENSlashMonthFormatParser', SLASH_MONTH],
  ['ENTimeExpressionParser', DIGIT],
  ['ENMonthNameLittleEndianParser', MONTH | DAY_BEFORE_MONTH],
  ['ENMonthNameMiddleEndianParser', MONTH | DAY_AFTER_MONTH],
  ['ENYearMonthNameParser', MONTH | YEAR_BEFORE_MONTH],
  ['ENMonthNameParser', MONTH],
]);

/** Whether the two letters before `end` are `pair` (lower case). */
function endsWith(text: string, end: number, pair: string): boolean {
  return end >= 2 && (text.charCodeAt(end - 2) | 32) === pair.charCodeAt(0) && (text.charCodeAt(end - 1) | 32) === pair.charCodeAt(1);
}

function skipSpaceBack(text: string, end: number, most: number): number {
  let position = end;
  while (position > 0 && position > end - most && isSpace(text.charCodeAt(position - 1))) position -= 1;
  return position;
}

function skipSpace(text: string, start: number): number {
  let position = start;
  while (position < text.length && isSpace(text.charCodeAt(position))) position += 1;
  return position;
}

/** An ordinal or a day number ends at `end`: a digit, or "st", "nd", "rd", "th" ("5th", "first", "twenty-third"). */
function endsOrdinal(text: string, end: number): boolean {
  return (end > 0 && isDigit(text.charCodeAt(end - 1))) || endsWith(text, end, 'st') || endsWith(text, end, 'nd') || endsWith(text, end, 'rd') || endsWith(text, end, 'th');
}

/** The little-endian parser's day before a month at `start`: "5 March", "5th of March", "fifth-March". */
function dayBefore(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (before === 45 || before === 47) return endsOrdinal(text, start - 1);
  let position = skipSpaceBack(text, start, 3);
  if (endsWith(text, position, 'of')) position = skipSpaceBack(text, position - 2, 3);
  return endsOrdinal(text, position);
}

/** The middle-endian parser's day after a month ending at `end`: "March 5", "Sept. 17", "March, fifth". */
function dayAfter(text: string, end: number): boolean {
  let position = text.charCodeAt(end) === 46 ? end + 1 : end;
  const next = text.charCodeAt(position);
  if (next === 45 || next === 47) position += 1;
  else {
    position = skipSpace(text, position);
    if (text.charCodeAt(position) === 44) position = skipSpace(text, position + 1);
  }
  const code = text.charCodeAt(position);
  if (isDigit(code)) return true;
  const lower = code | 32;
  // Note: ordinal words start with f, s, t, e or n ("first", "second", "third", "eighth", "ninth").
  return lower === 102 || lower === 115 || lower === 116 || lower === 101 || lower === 110;
}

/** The year-month parser's year before a month at `start`: "2009 May", "2009-May", "2009 of May", "300 BC May". */
function yearBefore(text: string, start: number): boolean {
  let position = skipSpaceBack(text, start, Number.POSITIVE_INFINITY);
  const before = text.charCodeAt(position - 1);
  if (before === 45 || before === 46 || before === 47 || before === 44) position = skipSpaceBack(text, position - 1, Number.POSITIVE_INFINITY);
  else if (endsWith(text, position, 'of')) position = skipSpaceBack(text, position - 2, Number.POSITIVE_INFINITY);
  if (position > 0 && isDigit(text.charCodeAt(position - 1))) return true;
  return endsWith(text, position, 'be') || endsWith(text, position, 'ad') || endsWith(text, position, 'bc') || endsWith(text, position, 'ce');
}

/** What a window's digits hold (bits). */
function digitBits(text: string): number {
  let bits = 0;
  let index = 0;
  while (index < text.length) {
    if (!isDigit(text.charCodeAt(index))) {
      index += 1;
      continue;
    }
    const start = index;
    while (index < text.length && isDigit(text.charCodeAt(index))) index += 1;
    bits |= DIGIT;
    const next = text.charCodeAt(index);
    const after = text.charCodeAt(index + 1);
    const separator = next === 45 || next === 46 || next === 47;
    if (separator && isDigit(after)) bits |= SLASH;
    if (index - start >= 4 && (separator || isSpace(next)) && (isDigit(after) || isLetter(after))) bits |= YEAR_MONTH_DAY;
    if (index - start >= 4 && next === 45 && isDigit(after)) bits |= ISO;
    if (next === 47 && isDigit(after) && isDigit(text.charCodeAt(index + 2)) && isDigit(text.charCodeAt(index + 3)) && isDigit(text.charCodeAt(index + 4))) bits |= SLASH_MONTH;
  }
  return bits;
}

/** What a window's month names hold (bits): a month, and a day or year beside it. */
function monthBits(text: string): number {
  const months = chronoMonthWords();
  let bits = 0;
  let index = 0;
  while (index < text.length) {
    if (!isLetter(text.charCodeAt(index))) {
      index += 1;
      continue;
    }
    const start = index;
    while (index < text.length && isLetter(text.charCodeAt(index))) index += 1;
    if (index - start < 3 || !holdsMonthStart(text, start, index)) continue;
    const run = text.slice(start, index);
    if (!isMonthRun(run)) continue;
    bits |= MONTH;
    // Note: a month written together with chrono's other words ("fifthofmarch") may have its day or year inside.
    if (!months.has(run.toLowerCase())) return bits | DAY_BEFORE_MONTH | DAY_AFTER_MONTH | YEAR_BEFORE_MONTH;
    if (dayBefore(text, start)) bits |= DAY_BEFORE_MONTH;
    if (dayAfter(text, index)) bits |= DAY_AFTER_MONTH;
    if (yearBefore(text, start)) bits |= YEAR_BEFORE_MONTH;
  }
  return bits;
}

interface ParserTests {
  /** For each parser, what the digit- and month-led tests must all hold (0: none). */
  readonly holds: readonly number[];
  /** Parsers that always run (no test known), as a mask. */
  readonly always: number;
  /** Words by their first character code (ASCII), each with the parsers (mask) it lets run. */
  readonly byFirst: readonly (readonly { readonly word: string; readonly parsers: number }[])[];
}

let tests: { readonly names: readonly string[]; readonly tests: ParserTests } | undefined;

function testsFor(names: readonly string[]): ParserTests {
  if (tests?.names === names) return tests.tests;
  const byWord = new Map<string, number>();
  const holds: number[] = [];
  let always = 0;
  names.forEach((name, index) => {
    holds.push(PARSER_HOLDS.get(name) ?? 0);
    const words = PARSER_WORDS.get(name);
    if (words === undefined && !PARSER_HOLDS.has(name)) always |= 1 << index;
    for (const word of words ?? []) byWord.set(word, (byWord.get(word) ?? 0) | (1 << index));
  });
  const byFirst = Array.from({ length: 128 }, (): { word: string; parsers: number }[] => []);
  for (const [word, parsers] of byWord) byFirst[word.charCodeAt(0)]?.push({ word, parsers });
  const built: ParserTests = { holds, always, byFirst };
  tests = { names, tests: built };
  return built;
}

/** Lower case of an ASCII capital; any other character as it is. */
function foldAscii(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** The word-led parsers (mask) one of whose words occurs in the text (ASCII letters without case). */
function wordParsers(text: string, byFirst: ParserTests['byFirst']): number {
  let mask = 0;
  for (let index = 0; index < text.length; index += 1) {
    const first = foldAscii(text.charCodeAt(index));
    if (first >= 128) continue;
    for (const { word, parsers } of byFirst[first] ?? []) {
      if ((mask & parsers) === parsers || index + word.length > text.length) continue;
      let offset = 1;
      while (offset < word.length && foldAscii(text.charCodeAt(index + offset)) === word.charCodeAt(offset)) offset += 1;
      if (offset === word.length) mask |= parsers;
    }
  }
  return mask;
}

/**
 * The parsers (by index in `names`, a bit each) whose pattern can match the window's text.
 * Note: words are compared on ASCII letters without case, a superset of chrono's `i` flag
 * (without `u`, no other letter matches an ASCII one).
 */
export function parsersFor(windowText: string, names: readonly string[]): number {
  const { holds, always, byFirst } = testsFor(names);
  const held = digitBits(windowText) | monthBits(windowText);
  let mask = always | wordParsers(windowText, byFirst);
  for (let index = 0; index < holds.length; index += 1) {
    const needs = holds[index] as number;
    if (needs !== 0 && (held & needs) === needs) mask |= 1 << index;
  }
  return mask;
}
