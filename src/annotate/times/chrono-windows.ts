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
import { parsersFor } from './chrono-parsers.js';
import { isInertWord, isSpace } from './chrono-vocabulary.js';

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

interface ChronoSetup {
  readonly parsers: readonly chrono.Parser[];
  /** Each parser's class name (what `chrono-parsers.ts` knows it by). */
  readonly parserNames: readonly string[];
  readonly refiners: readonly chrono.Refiner[];
  readonly instances: Map<number, chrono.Chrono>;
}

let setup: ChronoSetup | undefined;

function getSetup(): ChronoSetup {
  if (setup === undefined) {
    const casual = chrono.en.casual;
    setup = { parsers: casual.parsers, parserNames: casual.parsers.map((parser) => parser.constructor.name), refiners: casual.refiners, instances: new Map() };
  }
  return setup;
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

/** A chrono instance with the parsers a window's text can match (see `chrono-parsers.ts`; all refiners, in chrono's order). */
function chronoFor(windowText: string): chrono.Chrono {
  const { parsers, parserNames, refiners, instances } = getSetup();
  const mask = parsersFor(windowText, parserNames);
  let instance = instances.get(mask);
  if (instance === undefined) {
    instance = new chrono.Chrono({ parsers: parsers.filter((_, index) => (mask & (1 << index)) !== 0), refiners: [...refiners] });
    instances.set(mask, instance);
  }
  return instance;
}

/** chrono's casual English results for a window's text (with only the parsers that can match there). */
export function parseWindow(windowText: string): chrono.ParsedResult[] {
  return chronoFor(windowText).parse(windowText, REFERENCE);
}

/** chrono's casual English results for each window, in text order. */
export function parseWindows(text: string, windows: readonly ChronoWindow[]): WindowResult[] {
  const found: WindowResult[] = [];
  for (const window of windows) for (const result of parseWindow(text.slice(window.start, window.end))) found.push({ offset: window.start, result });
  return found;
}

/** chrono's casual English results for the whole text (what {@link parseWindows} must equal on the windows that matter). */
export function parseWhole(text: string): WindowResult[] {
  return chrono.en.casual.parse(text, REFERENCE).map((result) => ({ offset: 0, result }));
}
