/**
 * chrono-node on small windows of a text instead of the whole of it, with the same results.
 *
 * A text is cut at "separators": white-space-delimited chunks of ASCII letters that no chrono
 * pattern can take a letter of (not one of the words of chrono's parser patterns, nor a run of
 * them written together, as in "lastweek"). A chrono match is made of those words, digits,
 * punctuation and white space, so no match crosses a separator; each parser's scan, which
 * restarts after every match, arrives at a separator with nothing pending; and chrono's
 * refiners join two results only across a gap of white space and connectives, and read around a
 * result only words of the parser patterns ("end of", "in May"), digits (a year after a date)
 * and, right after a result, a time zone ("10 a.m. EST", "GMT+3"). So the results of the text
 * are the results of its regions (the text between two separators), each parsed with the
 * separators on both sides (what chrono's look-arounds and its "the whole text is one date"
 * check read). Note: since a time zone is 2 to 4 letters, such a short chunk right after a
 * non-separator is no separator; the chunk after it is.
 *
 * Only regions that can hold a result the time stage keeps are parsed (see
 * `chrono-times.ts`), and each with only the parsers whose pattern can match there.
 */
import * as chrono from 'chrono-node';
import { getTimeLexicon } from './time-lexicon.js';

/** A window of the text handed to chrono: `[start, end)`. */
export interface ChronoWindow {
  readonly start: number;
  readonly end: number;
}

/** A chrono result of a window, with the window's start (its offset in the text). */
export interface WindowResult {
  readonly offset: number;
  readonly result: chrono.ParsedResult;
}

const ANCHOR = new Date(Date.UTC(2000, 5, 15, 12));
const REFERENCE: chrono.ParsingReference = { instant: ANCHOR, timezone: 0 };
const ESCAPE = /\\[a-z]/giu;
const LETTER_RUN = /[A-Za-z]+/gu;
const ASCII_LETTERS = /^[A-Za-z]+$/u;
/** Longest chunk checked for being a run of chrono words (longer ones are taken as words). */
const LONGEST_RUN_CHECKED = 40;
const CACHE_LIMIT = 50_000;

/**
 * Each parser's pattern needs one of these (case-insensitive, anywhere): a window without it
 * cannot give that parser a match, so it is left out for that window. A parser not listed here
 * always runs. Note: these are supersets of what the patterns need ("in" stands for "within").
 */
const PARSER_NEEDS: ReadonlyMap<string, RegExp> = new Map([
  ['ENYearMonthDayParser', /\d{4}/u],
  ['ISOFormatParser', /\d{4}-/u],
  ['SlashDateFormatParser', /\d[-./]\d/u],
  ['ENTimeUnitWithinFormatParser', /in|for/iu],
  ['ENWeekdayParser', /sun|mon|tue|wed|thu|fri|sat|week/iu],
  ['ENSlashMonthFormatParser', /\d\/\d{4}/u],
  ['ENTimeExpressionParser', /\d/u],
  ['ENTimeUnitAgoFormatParser', /ago|before|earlier/iu],
  ['ENTimeUnitLaterFormatParser', /later|after|from now|henceforth|forward|out/iu],
  ['ENYearMonthNameParser', /[1-9]/u],
  ['ENCasualDateParser', /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night/iu],
  ['ENCasualTimeParser', /morning|afternoon|evening|night|midday|noon/iu],
  ['ENEndOfCurrentMonthParser', /month/iu],
  ['ENRelativeDateFormatParser', /this|last|past|next|after/iu],
  ['ENTimeUnitCasualRelativeFormatParser', /this|last|past|next|after|[+-]/iu],
]);
/** Parsers that need a month name besides what {@link PARSER_NEEDS} lists. */
const MONTH_PARSERS: ReadonlySet<string> = new Set(['ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENMonthNameParser', 'ENYearMonthNameParser']);

interface ParserNeed {
  readonly parser: chrono.Parser;
  readonly needs: RegExp | undefined;
  readonly month: boolean;
}

interface ChronoSetup {
  readonly vocabulary: ReadonlySet<string>;
  /** chrono's month names and abbreviations (lower case). */
  readonly monthWords: ReadonlySet<string>;
  readonly monthPattern: RegExp;
  readonly parsers: readonly ParserNeed[];
  readonly refiners: readonly chrono.Refiner[];
  readonly instances: Map<number, chrono.Chrono>;
}

let setup: ChronoSetup | undefined;

/** chrono's words (read from its own patterns) and its parsers, taken apart once. */
function getSetup(): ChronoSetup {
  if (setup === undefined) {
    const casual = chrono.en.casual;
    const context = new chrono.ParsingContext('', REFERENCE);
    const vocabulary = new Set<string>();
    for (const source of casual.parsers.map((parser) => parser.pattern(context).source)) for (const match of source.replace(ESCAPE, ' ').matchAll(LETTER_RUN)) vocabulary.add(match[0].toLowerCase());
    const prefixes = getTimeLexicon().months.map((month) => month.slice(0, 3));
    const monthWords = new Set([...vocabulary].filter((word) => prefixes.some((prefix) => word.startsWith(prefix)) && getTimeLexicon().months.some((month) => month.startsWith(word))));
    setup = {
      vocabulary,
      monthWords,
      monthPattern: new RegExp(prefixes.join('|'), 'iu'),
      parsers: casual.parsers.map((parser) => ({ parser, needs: PARSER_NEEDS.get(parser.constructor.name), month: MONTH_PARSERS.has(parser.constructor.name) })),
      refiners: casual.refiners,
      instances: new Map(),
    };
  }
  return setup;
}

/** chrono's month names and abbreviations (lower case). */
export function chronoMonthWords(): ReadonlySet<string> {
  return getSetup().monthWords;
}

/** The month-name test chrono's month parsers need: any month's first three letters (case-insensitive). */
export function monthNamePattern(): RegExp {
  return getSetup().monthPattern;
}

const inertCache = new Map<string, boolean>();
const monthRunCache = new Map<string, boolean>();

/** Ways a lower-case word splits into chrono's words: 0 none, 1 some, 2 some with a month name among them. */
function chronoRunKind(word: string, setup: ChronoSetup): number {
  if (word.length > LONGEST_RUN_CHECKED) return 0;
  // Note: reach[i] is the best kind of split of the first i letters (-1 when there is none).
  const reach: number[] = [1];
  for (let start = 0; start < word.length; start += 1) {
    const here = reach[start] ?? -1;
    if (here < 0) continue;
    for (let end = start + 1; end <= word.length; end += 1) {
      const piece = word.slice(start, end);
      if (!setup.vocabulary.has(piece)) continue;
      const kind = setup.monthWords.has(piece) ? 2 : here;
      if (kind > (reach[end] ?? -1)) reach[end] = kind;
    }
  }
  return Math.max(0, reach[word.length] ?? 0);
}

function isChronoRun(word: string, setup: ChronoSetup): boolean {
  return chronoRunKind(word, setup) > 0;
}

/**
 * Whether a run of ASCII letters (a maximal one, anywhere in a text) can hold a month name of a
 * chrono match: one of chrono's month words, alone or written together with other chrono words
 * ("inmarch"); "Azerbaijan" or "declared" cannot.
 */
export function isMonthRun(run: string): boolean {
  let month = monthRunCache.get(run);
  if (month === undefined) {
    month = chronoRunKind(run.toLowerCase(), getSetup()) === 2;
    if (monthRunCache.size >= CACHE_LIMIT) monthRunCache.clear();
    monthRunCache.set(run, month);
  }
  return month;
}

/** Whether a chunk (or word) is ASCII letters that no chrono pattern can take a letter of. */
export function isInertWord(chunk: string): boolean {
  let inert = inertCache.get(chunk);
  if (inert === undefined) {
    inert = ASCII_LETTERS.test(chunk) && !isChronoRun(chunk.toLowerCase(), getSetup());
    if (inertCache.size >= CACHE_LIMIT) inertCache.clear();
    inertCache.set(chunk, inert);
  }
  return inert;
}

/** JavaScript's `\s`. */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** End of the chunk starting at `start` (a non-space). */
function chunkEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && !isSpace(text.charCodeAt(end))) end += 1;
  return end;
}

/** Start of the chunk ending at `end` (after a non-space). */
function chunkStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start -= 1;
  return start;
}

/** Start of the chunk before position `start` (a chunk start), or -1. */
function previousChunkStart(text: string, start: number): number {
  let end = start;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end -= 1;
  return end === 0 ? -1 : chunkStart(text, end);
}

/** Start of the chunk after position `end` (a chunk end), or -1. */
function nextChunkStart(text: string, end: number): number {
  let start = end;
  while (start < text.length && isSpace(text.charCodeAt(start))) start += 1;
  return start === text.length ? -1 : start;
}

const SHORTEST_FREE = 2;
const LONGEST_BOUND = 4;

function inertAt(text: string, start: number): boolean {
  return start >= 0 && isInertWord(text.slice(start, chunkEnd(text, start)));
}

/** Whether the chunk at `start` is a separator (see the module note on short chunks). */
function isSeparator(text: string, start: number): boolean {
  const end = chunkEnd(text, start);
  if (!isInertWord(text.slice(start, end))) return false;
  const length = end - start;
  return length < SHORTEST_FREE || length > LONGEST_BOUND || inertAt(text, previousChunkStart(text, start));
}

/** The window around a position: from the start of the separator before it to the end of the one after it (or the text's ends). */
export function windowAround(text: string, position: number): ChronoWindow {
  let left = chunkStart(text, position);
  let start = 0;
  for (left = previousChunkStart(text, left); left >= 0; left = previousChunkStart(text, left)) {
    if (isSeparator(text, left)) {
      start = left;
      break;
    }
  }
  let end = text.length;
  for (let right = nextChunkStart(text, chunkEnd(text, position)); right >= 0; right = nextChunkStart(text, chunkEnd(text, right))) {
    if (isSeparator(text, right)) {
      end = chunkEnd(text, right);
      break;
    }
  }
  return { start, end };
}

/**
 * The windows around seeds (positions, ascending, each with its kind): one window for each
 * seed's region (with the seeds it covers), kept when `hot` says so of the window and the kinds
 * of the seeds in it (bits OR-ed); a window that overlaps the one before it is merged into it.
 */
export function seedWindows(text: string, seeds: readonly number[], kinds: readonly number[], hot: (window: ChronoWindow, kinds: number) => boolean): ChronoWindow[] {
  const windows: ChronoWindow[] = [];
  let index = 0;
  while (index < seeds.length) {
    const window = windowAround(text, seeds[index] as number);
    let held = 0;
    while (index < seeds.length && (seeds[index] as number) < window.end) held |= kinds[index++] ?? 0;
    if (!hot(window, held)) continue;
    const last = windows[windows.length - 1];
    if (last !== undefined && window.start < last.end) windows[windows.length - 1] = { start: last.start, end: window.end };
    else windows.push(window);
  }
  return windows;
}

/** A chrono instance with the parsers a window's text can match (all refiners, in chrono's order). */
function chronoFor(windowText: string): chrono.Chrono {
  const { parsers, refiners, instances, monthPattern } = getSetup();
  const hasMonth = monthPattern.test(windowText);
  let mask = 0;
  parsers.forEach(({ needs, month }, index) => {
    if ((needs === undefined || needs.test(windowText)) && (!month || hasMonth)) mask |= 1 << index;
  });
  let instance = instances.get(mask);
  if (instance === undefined) {
    instance = new chrono.Chrono({ parsers: parsers.filter((_, index) => (mask & (1 << index)) !== 0).map(({ parser }) => parser), refiners: [...refiners] });
    instances.set(mask, instance);
  }
  return instance;
}

/**
 * chrono's results by window text. Note: a window's results depend on its text alone (see the
 * module note), so texts of one document that share a window (its raw input, its cleaned text,
 * a removed caption) parse it once.
 */
export type ChronoCache = Map<string, readonly chrono.ParsedResult[]>;

/** chrono's casual English results for each window, in text order (from `cache` when it holds the window, optional). */
export function parseWindows(text: string, windows: readonly ChronoWindow[], cache?: ChronoCache): WindowResult[] {
  const found: WindowResult[] = [];
  for (const window of windows) {
    const windowText = text.slice(window.start, window.end);
    let results = cache?.get(windowText);
    if (results === undefined) {
      results = chronoFor(windowText).parse(windowText, REFERENCE);
      cache?.set(windowText, results);
    }
    for (const result of results) found.push({ offset: window.start, result });
  }
  return found;
}

/** chrono's casual English results for the whole text (what {@link parseWindows} must equal on the windows that matter). */
export function parseWhole(text: string): WindowResult[] {
  return chrono.en.casual.parse(text, REFERENCE).map((result) => ({ offset: 0, result }));
}
