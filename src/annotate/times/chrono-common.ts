/**
 * The commonest windows of chrono (see `chrono-windows.ts`) read without chrono: one date written
 * with a full month name, "12 March 2024", "Thursday, March 12, 2024", "March 12", "March 2024",
 * "in March", among words no chrono pattern can take. chrono's cost is mostly fixed per window
 * (every parser's pattern, every refiner, date arithmetic), and such windows are most of them.
 *
 * The reader is strict: it answers only for a window whose chunks (white-space delimited) are the
 * date's own, "on" or "in", and words of ASCII letters that no chrono pattern can take a letter of
 * (with an opening or closing mark such as "(" or ","); a window with anything else (a digit
 * outside the date, another of chrono's words, a second month, an abbreviated month, a day
 * chrono would not accept, a capitalised word of two to four letters right after the date, which
 * chrono may read as a time zone) is left to chrono. Its answers equal chrono's on every window
 * it reads (see test/annotate/times-chrono-common.test.ts).
 */
import { isValidDay } from './calendar.js';
import { chronoMonthWords, isInertWord, isSpace } from './chrono-vocabulary.js';
import type { TimeCandidate, TimeSpec } from './time-candidate.js';
import { getTimeLexicon } from './time-lexicon.js';

const RULE_CHRONO = 'times/chrono/chrono';
const RULE_MIDDLE_ENDIAN = 'times/chrono/ENMonthNameMiddleEndianParser';
const RULE_MONTH = 'times/chrono/ENMonthNameParser';
const CONFIDENCE = 0.9;
/** May alone is a month for chrono only right after "in" (its filter of unlikely results); May with a day and no year is left to chrono. */
const MAY = 5;
/** Years read here (chrono reads others too, but they are left to it). */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2099;
/** The year chrono checks a day without a year against (its reference instant's, a leap year). */
const REFERENCE_YEAR = 2000;
/**
 * What may follow a date and be read by chrono as a time zone (a capitalised word of 2 to 4
 * letters; a superset). {@link zoneAfter} reads it without a pattern (this is its reference).
 */
export const ZONE_AFTER = /^\s*(?:,\s*)?\(?[A-Z][A-Za-z]{1,3}\)?(?!\w)/u;
/** A letter (any script). */
const LETTER = /^\p{L}$/u;
const HYPHEN = 45;
const PERIOD = 46;
const COMMA = 44;
const OPEN_PARENTHESIS = 40;
const UNDERSCORE = 95;
/**
 * The connectives a window may hold besides the date (any case). Note: chrono reads "after",
 * "before", "earlier" and "later" only right after a time unit with its number ("two days
 * earlier"), and a window the reader reads holds no unit but in a relative period ("last year"),
 * where a qualifier, not a number, stands before it.
 */
const CONNECTIVES: ReadonlySet<string> = new Set(['on', 'in', 'the', 'a', 'an', 'of', 'by', 'since', 'and', 'with', 'for', 'after', 'before', 'earlier', 'later']);

/** Chunk kinds. */
const PLAIN = 0;
const CONNECTIVE = 1;
const WEEKDAY = 2;
const MONTH = 3;
const NUMBER = 4;
const OTHER = 5;

/** A chunk of a window: its kind, where its core (without marks) lies, and its marks. */
interface Chunk {
  kind: number;
  /** Start and end of the core (letters or digits, with an ordinal suffix). */
  start: number;
  end: number;
  /** The mark before the core (0: none) and after it (0: none). */
  open: number;
  close: number;
  /** Month 1-12, or a number's value, or a weekday 0-6. */
  value: number;
  /** Digits of a number (without an ordinal suffix), or whether a month is capitalised (1) or lower case (0). */
  size: number;
  /** A number with an ordinal suffix ("23rd"), or an abbreviated month ("Nov."). */
  ordinal: boolean;
}

/** What a lower-case word is to the reader, as bits of {@link getNames}'s table: a name's kind (shifted by {@link NAME_SHIFT}) and value, and whether it is a connective. */
const NAME_MONTH = 1;
const NAME_ABBREVIATION = 2;
const NAME_WEEKDAY = 3;
const NAME_SHIFT = 8;
const NAME_VALUE = 0xff;
const NAME_KIND = 0xf;
const CONNECTIVE_BIT = 1 << 12;

let names: ReadonlyMap<string, number> | undefined;

/**
 * Month names (value 1-12), chrono's abbreviations of them ("jan", "sept"; value the month),
 * weekdays (value 0-6) and connectives, lower case: one look-up tells what a word is.
 */
function getNames(): ReadonlyMap<string, number> {
  if (names === undefined) {
    const lexicon = getTimeLexicon();
    const table = new Map<string, number>();
    const add = (word: string, bits: number): void => {
      table.set(word, (table.get(word) ?? 0) | bits);
    };
    lexicon.months.forEach((month, index) => add(month, (NAME_MONTH << NAME_SHIFT) | (index + 1)));
    for (const word of chronoMonthWords()) {
      if (lexicon.months.includes(word)) continue;
      const index = lexicon.months.findIndex((month) => month.startsWith(word));
      if (index >= 0) add(word, (NAME_ABBREVIATION << NAME_SHIFT) | (index + 1));
    }
    lexicon.weekdays.forEach((weekday, index) => {
      // Note: a word is one name at most (a weekday that were also a month would be read as the month, as before).
      if (!table.has(weekday)) add(weekday, (NAME_WEEKDAY << NAME_SHIFT) | index);
    });
    for (const word of CONNECTIVES) add(word, CONNECTIVE_BIT);
    names = table;
  }
  return names;
}

function isOpening(code: number): boolean {
  return code === 40 || code === 34 || code === 0x201c;
}

function isClosing(code: number): boolean {
  return code === 44 || code === 46 || code === 59 || code === 58 || code === 41 || code === 34 || code === 0x201d || code === 33 || code === 63;
}

function isLetter(code: number): boolean {
  const lower = code | 32;
  return lower >= 97 && lower <= 122;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Whether the letters `[start, end)` are capitalised (first upper case, the rest lower case), lower case (0) or neither (-1). */
function letterCase(text: string, start: number, end: number): number {
  const first = text.charCodeAt(start);
  let capital = first >= 65 && first <= 90 ? 1 : 0;
  for (let index = start + 1; index < end; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 97) return -1;
  }
  if (capital === 0 && first < 97) capital = -1;
  return capital;
}

const ORDINALS: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/** Classify the chunk `[start, end)` (a non-empty run of non-space characters). */
function chunkAt(text: string, start: number, end: number): Chunk {
  const chunk: Chunk = { kind: OTHER, start, end, open: 0, close: 0, value: 0, size: 0, ordinal: false };
  let coreStart = start;
  let coreEnd = end;
  if (coreStart < coreEnd && isOpening(text.charCodeAt(coreStart))) chunk.open = text.charCodeAt(coreStart++);
  if (coreEnd > coreStart && isClosing(text.charCodeAt(coreEnd - 1))) chunk.close = text.charCodeAt(--coreEnd);
  if (coreStart >= coreEnd) return chunk;
  chunk.start = coreStart;
  chunk.end = coreEnd;
  const first = text.charCodeAt(coreStart);
  if (isDigit(first)) {
    let index = coreStart;
    let value = 0;
    while (index < coreEnd && isDigit(text.charCodeAt(index))) value = value * 10 + text.charCodeAt(index++) - 48;
    chunk.size = index - coreStart;
    if (index < coreEnd) {
      if (coreEnd - index !== 2 || !ORDINALS.has(text.slice(index, coreEnd))) return chunk;
      chunk.ordinal = true;
    }
    // Note: a leading zero ("05") is left to chrono.
    if (first === 48) return chunk;
    chunk.kind = NUMBER;
    chunk.value = value;
    return chunk;
  }
  for (let index = coreStart; index < coreEnd; index += 1) {
    const code = text.charCodeAt(index);
    if (isLetter(code)) continue;
    if ((code > 127 && LETTER.test(text.charAt(index))) || code === HYPHEN) {
      chunk.kind = compoundIsPlain(text, coreStart, coreEnd) ? PLAIN : OTHER;
      return chunk;
    }
    return chunk;
  }
  const word = text.slice(coreStart, coreEnd);
  // Note: one look-up of the lower-case word (a name counts only capitalised or in lower case, "MARCH" is none; a connective in any case).
  const bits = getNames().get(word.toLowerCase()) ?? 0;
  const name = (bits >> NAME_SHIFT) & NAME_KIND;
  const casing = name === 0 ? -1 : letterCase(text, coreStart, coreEnd);
  if (casing >= 0 && (name === NAME_MONTH || name === NAME_ABBREVIATION)) {
    chunk.kind = MONTH;
    chunk.value = bits & NAME_VALUE;
    chunk.size = casing;
    if (name === NAME_ABBREVIATION) {
      chunk.ordinal = true;
      // Note: the period of "Nov." belongs to the month name.
      if (chunk.close === PERIOD) {
        chunk.close = 0;
        chunk.end += 1;
      }
    }
    return chunk;
  }
  if (casing >= 0 && name === NAME_WEEKDAY) {
    chunk.kind = WEEKDAY;
    chunk.value = bits & NAME_VALUE;
    return chunk;
  }
  if (chunk.open === 0 && (bits & CONNECTIVE_BIT) !== 0) chunk.kind = CONNECTIVE;
  else if (isInertWord(word)) chunk.kind = PLAIN;
  return chunk;
}

/**
 * Whether a word with letters outside ASCII ("Vučić") or a hyphen between letters ("Ust-Luga")
 * is plain: chrono's patterns (without the `u` flag) take a letter outside ASCII for a
 * non-word character, so each run of ASCII letters in the word must be one no chrono pattern
 * can take a letter of (then a hyphen between two of them has no number or unit beside it).
 */
function compoundIsPlain(text: string, start: number, end: number): boolean {
  let index = start;
  while (index < end) {
    const code = text.charCodeAt(index);
    if (!isLetter(code)) {
      if (code === HYPHEN) {
        if (index === start || index === end - 1 || !isWordLetter(text, index - 1) || !isWordLetter(text, index + 1)) return false;
      } else if (code <= 127 || !LETTER.test(text.charAt(index))) return false;
      index += 1;
      continue;
    }
    const runStart = index;
    while (index < end && isLetter(text.charCodeAt(index))) index += 1;
    if (!isInertWord(text.slice(runStart, index))) return false;
  }
  return true;
}

/** Whether the character at `index` is a letter (ASCII or not). */
function isWordLetter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return isLetter(code) || (code > 127 && LETTER.test(text.charAt(index)));
}

/**
 * Whether {@link ZONE_AFTER} matches `text` from `from`. Note: the pattern has one way to match:
 * its white space and marks are taken whole (giving any back leaves a space or mark where a
 * capital must stand), and its letters must be the whole run after the capital (a letter given
 * back stands where `(?!\w)` forbids one; a closing parenthesis is no word character either way).
 */
export function zoneAfter(text: string, from: number): boolean {
  let index = from;
  while (index < text.length && isSpace(text.charCodeAt(index))) index += 1;
  if (text.charCodeAt(index) === COMMA) {
    index += 1;
    while (index < text.length && isSpace(text.charCodeAt(index))) index += 1;
  }
  if (text.charCodeAt(index) === OPEN_PARENTHESIS) index += 1;
  const capital = text.charCodeAt(index);
  if (!(capital >= 65 && capital <= 90)) return false;
  const start = index + 1;
  index = start;
  while (index < text.length && isLetter(text.charCodeAt(index))) index += 1;
  const letters = index - start;
  if (letters < 1 || letters > 3) return false;
  const next = text.charCodeAt(index);
  return !(isDigit(next) || next === UNDERSCORE);
}

/**
 * Whether a time zone chrono applies to a date (a result without a clock time) may follow from
 * `from`: what {@link zoneAfter} finds, with its letters all upper case. Note: chrono's zone
 * refiner reads the same shape in any case, but on a result that is only a date it applies the
 * zone only when the word is written in capitals ("EST", not "Serb").
 */
function dateZoneAfter(text: string, from: number): boolean {
  if (!zoneAfter(text, from)) return false;
  let index = from;
  while (!isLetter(text.charCodeAt(index))) index += 1;
  for (; index < text.length && isLetter(text.charCodeAt(index)); index += 1) {
    const code = text.charCodeAt(index);
    if (code < 65 || code > 90) return false;
  }
  return true;
}

function chunksOf(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let index = 0;
  while (index < text.length) {
    if (isSpace(text.charCodeAt(index))) {
      index += 1;
      continue;
    }
    const start = index;
    while (index < text.length && !isSpace(text.charCodeAt(index))) index += 1;
    chunks.push(chunkAt(text, start, index));
  }
  return chunks;
}

/** Whether a chunk is the connective "in" (any case, without marks). */
function followsIn(text: string, chunk: Chunk | undefined): boolean {
  return chunk !== undefined && chunk.kind === CONNECTIVE && chunk.close === 0 && text.slice(chunk.start, chunk.end).toLowerCase() === 'in';
}

function isDay(chunk: Chunk | undefined): chunk is Chunk {
  return chunk !== undefined && chunk.kind === NUMBER && chunk.size <= 2 && chunk.value >= 1 && chunk.value <= 31;
}

function isYear(chunk: Chunk | undefined): chunk is Chunk {
  return chunk !== undefined && chunk.kind === NUMBER && !chunk.ordinal && chunk.size === 4 && chunk.value >= FIRST_YEAR && chunk.value <= LAST_YEAR;
}

/** The relative periods chrono reads as one result of their own, which the extractor never keeps ("last year"). */
const PERIOD_QUALIFIERS: ReadonlySet<string> = new Set(['this', 'last', 'past', 'next']);
const PERIOD_UNITS: ReadonlySet<string> = new Set(['week', 'month', 'year']);

/** The lower-case core of a chunk of letters in one case (null for another chunk). */
function lowerWord(text: string, chunk: Chunk): string | null {
  if (letterCase(text, chunk.start, chunk.end) < 0) return null;
  return text.slice(chunk.start, chunk.end).toLowerCase();
}

/**
 * Whether chunks `index` and `index + 1` are a relative period ("last year", "this month,"):
 * chrono reads it as a result of its own that the extractor rejects (its text holds a relative
 * word), and reads the date beside it as it would without it (none of chrono's refiners joins
 * the two: they join a relative result only when it ends in "before", "from", "after" or
 * "since", or starts with "+" or "-"; and read "last year" after a month only after "end of",
 * and "end" is none of the words the reader accepts).
 */
function isRelativePeriod(text: string, chunks: readonly Chunk[], index: number): boolean {
  const qualifier = chunks[index] as Chunk;
  const unit = chunks[index + 1];
  if (unit === undefined || qualifier.kind !== OTHER || unit.kind !== OTHER || qualifier.open !== 0 || qualifier.close !== 0 || unit.open !== 0) return false;
  if (unit.close !== 0 && unit.close !== COMMA && unit.close !== PERIOD) return false;
  const qualifierWord = lowerWord(text, qualifier);
  const unitWord = lowerWord(text, unit);
  return qualifierWord !== null && unitWord !== null && PERIOD_QUALIFIERS.has(qualifierWord) && PERIOD_UNITS.has(unitWord);
}

/**
 * Whether chunks `index` and `index + 1` are "and" and a second day after a date without a year
 * ("March 12 and 13"): chrono reads the first day alone, as without them ("and" joins no range
 * in chrono), and nothing in "and 13" unless a time zone follows the number ("13 EST" is an hour
 * for chrono) or the number ends the window's text before a year or "of" (left to chrono).
 */
function pairedDay(text: string, chunks: readonly Chunk[], index: number): boolean {
  const connective = chunks[index];
  const second = chunks[index + 1];
  if (connective === undefined || connective.kind !== CONNECTIVE || connective.close !== 0 || lowerWord(text, connective) !== 'and') return false;
  if (!isDay(second) || second.open !== 0 || second.ordinal || (second.close !== 0 && second.close !== COMMA && second.close !== PERIOD)) return false;
  const following = chunks[index + 2];
  if (following !== undefined && (following.kind !== PLAIN || following.open !== 0)) return false;
  return !zoneAfter(text, second.end);
}

/** A date's spec with the fields stated, in the order chrono's extractor gives them (built without a spread). */
function dateSpec(year: number | undefined, month: number, day: number | undefined): TimeSpec {
  if (year === undefined) return day === undefined ? { kind: 'absolute', month } : { kind: 'absolute', month, day };
  return day === undefined ? { kind: 'absolute', year, month } : { kind: 'absolute', year, month, day };
}

/**
 * The candidates chrono gives a window's text (positions in the window), when the window is one
 * this module reads (see the module note); else undefined.
 */
export function readCommonWindow(text: string): TimeCandidate[] | undefined {
  const chunks = chunksOf(text);
  let month = -1;
  for (let index = 0; index < chunks.length; index += 1) {
    const kind = (chunks[index] as Chunk).kind;
    if (kind === MONTH) {
      if (month >= 0) return undefined;
      month = index;
    }
  }
  if (month < 0) return undefined;
  const name = chunks[month] as Chunk;
  let first = month;
  let last = month;
  let year: number | undefined;
  let day: number | undefined;
  let rule = RULE_MONTH;
  let lowerAlone = false;
  /** The last chunk of a second day after the date ("March 12 and 13"), which chrono does not read (-1: none). */
  let extra = -1;
  const before = chunks[month - 1];
  const after = chunks[month + 1];
  if (name.open === 0 && isDay(before) && before.close === 0) {
    // "12 March 2024", "Thursday 12 March 2024" (little endian).
    first = month - 1;
    day = before.value;
    rule = RULE_CHRONO;
    if (name.close !== 0) return undefined;
    // Note: without a year chrono may read the month alone instead, so that is left to it.
    if (!isYear(after) || after.open !== 0) return undefined;
    year = after.value;
    last = month + 1;
  } else if (name.close === 0 && isDay(after) && after.open === 0) {
    // "March 12, 2024", "March 12" (middle endian).
    day = after.value;
    last = month + 1;
    rule = RULE_MIDDLE_ENDIAN;
    const next = chunks[month + 2];
    if (isYear(next) && next.open === 0 && (after.close === 0 || after.close === 44) && !after.ordinal) {
      year = next.value;
      last = month + 2;
    } else if (after.close !== 0 && after.close !== 44) return undefined;
    else if (after.close === 0 && pairedDay(text, chunks, month + 2)) extra = month + 3;
  } else if (isYear(after) && after.open === 0 && (name.close === 0 || name.close === 44)) {
    // "March 2024", "March, 2024".
    year = after.value;
    last = month + 1;
  } else if (name.size !== 1 || name.ordinal) {
    // Note: a month name alone in lower case is never kept ("may", "march"), a capitalised abbreviation is left to chrono.
    if (name.size !== 0) return undefined;
    lowerAlone = true;
  }
  const weekday = chunks[first - 1];
  // Note: without a year chrono may drop a weekday's date (or read another), so that is left to it.
  if (day !== undefined && year !== undefined && weekday !== undefined && weekday.kind === WEEKDAY && weekday.open === 0 && (weekday.close === 0 || weekday.close === 44) && (chunks[first] as Chunk).open === 0) {
    first -= 1;
    rule = RULE_CHRONO;
  }
  for (let index = 0; index < chunks.length; index += 1) {
    if (index >= first && index <= Math.max(last, extra)) continue;
    const kind = (chunks[index] as Chunk).kind;
    if (kind === PLAIN || kind === CONNECTIVE) continue;
    if (isRelativePeriod(text, chunks, index)) {
      index += 1;
      continue;
    }
    return undefined;
  }
  // Note: chrono's month parser reads "of" after a month as the start of "of 2024" (and may take the date then).
  const following = chunks[last + 1];
  if (following !== undefined && following.kind === CONNECTIVE && text.slice(following.start, following.end).toLowerCase() === 'of') return undefined;
  for (let index = first + 1; index <= last; index += 1) if ((chunks[index] as Chunk).open !== 0) return undefined;
  for (let index = first; index < last; index += 1) {
    const close = (chunks[index] as Chunk).close;
    if (close !== 0 && close !== 44) return undefined;
  }
  if (lowerAlone) return [];
  if (year === undefined && name.value === MAY && (day !== undefined || !followsIn(text, chunks[month - 1]))) return undefined;
  if (day !== undefined && !isValidDay(year ?? REFERENCE_YEAR, name.value, day)) return undefined;
  const start = (chunks[first] as Chunk).start;
  const end = (chunks[last] as Chunk).end;
  if (dateZoneAfter(text, end)) return undefined;
  return [{ start, end, rule, confidence: CONFIDENCE, spec: dateSpec(year, name.value, day) }];
}
