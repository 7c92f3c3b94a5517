/**
 * chrono-node's words, read from its own parser patterns: which runs of letters a chrono match
 * can take ("may", "lastweek", "inmarch") and which it cannot ("Azerbaijan", "declared"), and
 * the character tests the time scan, chrono's windows and its parser choice share.
 */
import * as chrono from 'chrono-node';
import { getTimeLexicon } from './time-lexicon.js';

const ESCAPE = /\\[a-z]/giu;
const LETTER_RUN = /[A-Za-z]+/gu;
const ASCII_LETTERS = /^[A-Za-z]+$/u;
/** Longest run checked for being chrono's words written together (longer ones are taken as other words). */
const LONGEST_RUN_CHECKED = 40;
const CACHE_LIMIT = 50_000;
const LOWER_A = 97;
const LETTERS = 26;

interface Vocabulary {
  /** Every word of chrono's parser patterns (lower case). */
  readonly words: ReadonlySet<string>;
  /** chrono's month names and abbreviations (lower case). */
  readonly months: ReadonlySet<string>;
  /** 1 for the first three letters of a month (see {@link trigramOf}). */
  readonly monthStarts: Uint8Array;
  /** 1 for the first two letters of a month (see {@link bigramOf}). */
  readonly monthBigrams: Uint8Array;
}

let vocabulary: Vocabulary | undefined;

/** Index of two lower-case letters in a table of 26^2. */
export function bigramOf(a: number, b: number): number {
  return (a - LOWER_A) * LETTERS + (b - LOWER_A);
}

/** Index of three lower-case letters in a table of 26^3. */
export function trigramOf(a: number, b: number, c: number): number {
  return ((a - LOWER_A) * LETTERS + (b - LOWER_A)) * LETTERS + (c - LOWER_A);
}

function getVocabulary(): Vocabulary {
  if (vocabulary === undefined) {
    const context = new chrono.ParsingContext('', { instant: new Date(0), timezone: 0 });
    const words = new Set<string>();
    for (const parser of chrono.en.casual.parsers) for (const match of parser.pattern(context).source.replace(ESCAPE, ' ').matchAll(LETTER_RUN)) words.add(match[0].toLowerCase());
    const { months: names } = getTimeLexicon();
    const prefixes = names.map((month) => month.slice(0, 3));
    const months = new Set([...words].filter((word) => prefixes.some((prefix) => word.startsWith(prefix)) && names.some((month) => month.startsWith(word))));
    const monthStarts = new Uint8Array(LETTERS * LETTERS * LETTERS);
    const monthBigrams = new Uint8Array(LETTERS * LETTERS);
    for (const month of names) {
      monthStarts[trigramOf(month.charCodeAt(0), month.charCodeAt(1), month.charCodeAt(2))] = 1;
      monthBigrams[bigramOf(month.charCodeAt(0), month.charCodeAt(1))] = 1;
    }
    vocabulary = { words, months, monthStarts, monthBigrams };
  }
  return vocabulary;
}

/** chrono's month names and abbreviations (lower case). */
export function chronoMonthWords(): ReadonlySet<string> {
  return getVocabulary().months;
}

/** The table of months' first three letters (see {@link trigramOf}). */
export function monthStarts(): Uint8Array {
  return getVocabulary().monthStarts;
}

/** The table of months' first two letters (see {@link bigramOf}). */
export function monthBigrams(): Uint8Array {
  return getVocabulary().monthBigrams;
}

/** Ways a lower-case word splits into chrono's words: 0 none, 1 some, 2 some with a month name among them. */
function chronoRunKind(word: string): number {
  if (word.length > LONGEST_RUN_CHECKED) return 0;
  const { words, months } = getVocabulary();
  // Note: reach[i] is the best kind of split of the first i letters (-1 when there is none).
  const reach: number[] = [1];
  for (let start = 0; start < word.length; start += 1) {
    const here = reach[start] ?? -1;
    if (here < 0) continue;
    for (let end = start + 1; end <= word.length; end += 1) {
      const piece = word.slice(start, end);
      if (!words.has(piece)) continue;
      const kind = months.has(piece) ? 2 : here;
      if (kind > (reach[end] ?? -1)) reach[end] = kind;
    }
  }
  return Math.max(0, reach[word.length] ?? 0);
}

const inertCache = new Map<string, boolean>();
const monthRunCache = new Map<string, boolean>();

/**
 * Whether a run of ASCII letters (a maximal one, anywhere in a text) can hold a month name of a
 * chrono match: one of chrono's month words, alone or written together with other chrono words
 * ("inmarch"); "Azerbaijan" or "declared" cannot.
 */
export function isMonthRun(run: string): boolean {
  let month = monthRunCache.get(run);
  if (month === undefined) {
    month = chronoRunKind(run.toLowerCase()) === 2;
    if (monthRunCache.size >= CACHE_LIMIT) monthRunCache.clear();
    monthRunCache.set(run, month);
  }
  return month;
}

/** Whether a chunk (or word) is ASCII letters that no chrono pattern can take a letter of. */
export function isInertWord(chunk: string): boolean {
  let inert = inertCache.get(chunk);
  if (inert === undefined) {
    inert = ASCII_LETTERS.test(chunk) && chronoRunKind(chunk.toLowerCase()) === 0;
    if (inertCache.size >= CACHE_LIMIT) inertCache.clear();
    inertCache.set(chunk, inert);
  }
  return inert;
}

/** Whether the letters `[start, end)` of a text hold a month's first three letters (any case). */
export function holdsMonthStart(text: string, start: number, end: number): boolean {
  const table = monthStarts();
  for (let index = start + 2; index < end; index += 1) {
    if (table[trigramOf(text.charCodeAt(index - 2) | 32, text.charCodeAt(index - 1) | 32, text.charCodeAt(index) | 32)] === 1) return true;
  }
  return false;
}

/** Whether a character code is an ASCII letter. */
export function isAsciiLetter(code: number): boolean {
  const lower = code | 32;
  return lower >= 97 && lower <= 122;
}

/** Whether a character code is an ASCII digit. */
export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** JavaScript's `\s`. */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
