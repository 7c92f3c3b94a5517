/**
 * The time extractor's word lists (data/lexicons/time-words.json), loaded once, and the number
 * reading that relative expressions and durations share.
 */
import { readFileSync } from 'node:fs';

const LEXICON_FILE = new URL('../../../data/lexicons/time-words.json', import.meta.url);
const DIGITS = /^\d+(?:\.\d+)?$/u;
const NUMBER_SEPARATOR = /[\s-]+/u;

/** The time word lists. */
export interface TimeLexicon {
  /** Number words and their values ("a" and "an" count as one). */
  readonly numbers: ReadonlyMap<string, number>;
  /** Words that count vaguely ("several", "a few"). */
  readonly vagueCounts: readonly string[];
  /** Unit word (singular) -> ISO 8601 duration designator. */
  readonly units: ReadonlyMap<string, string>;
  /** Weekday names, Sunday first. */
  readonly weekdays: readonly string[];
  /** Month names, January first. */
  readonly months: readonly string[];
  /** Season word -> TimeML season code. */
  readonly seasons: ReadonlyMap<string, string>;
  /** Ordinal word -> number, for quarters. */
  readonly ordinals: ReadonlyMap<string, number>;
  /** Words or phrases before a time that mark the future. */
  readonly futureCues: readonly string[];
  /** Vague references and their TimeML value. */
  readonly vague: ReadonlyMap<string, string>;
  /** Adverbs of recurrence ("daily") and their TimeML value. */
  readonly sets: ReadonlyMap<string, string>;
  /** Nouns after a four-digit number that make it a count, not a year. */
  readonly countNouns: ReadonlySet<string>;
}

interface TimeWordsFile {
  numbers: Record<string, number>;
  vagueCounts: string[];
  units: Record<string, string>;
  weekdays: string[];
  months: string[];
  seasons: Record<string, string>;
  ordinals: Record<string, number>;
  futureCues: string[];
  vague: Record<string, string>;
  sets: Record<string, string>;
  countNouns: string[];
}

let lexicon: TimeLexicon | undefined;

/** The time lexicon, read from disk on first use. */
export function getTimeLexicon(): TimeLexicon {
  if (lexicon === undefined) {
    const data = JSON.parse(readFileSync(LEXICON_FILE, 'utf8')) as TimeWordsFile;
    lexicon = {
      numbers: new Map(Object.entries(data.numbers)),
      vagueCounts: data.vagueCounts,
      units: new Map(Object.entries(data.units)),
      weekdays: data.weekdays,
      months: data.months,
      seasons: new Map(Object.entries(data.seasons)),
      ordinals: new Map(Object.entries(data.ordinals)),
      futureCues: data.futureCues,
      vague: new Map(Object.entries(data.vague)),
      sets: new Map(Object.entries(data.sets)),
      countNouns: new Set(data.countNouns),
    };
  }
  return lexicon;
}

/** Escape a word for use inside a regular expression. */
export function escapeForPattern(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * Read a count written in digits or words ("24", "twenty four", "twenty-four", "a"), or null when
 * it is not a number this lexicon knows.
 */
export function readCount(text: string): number | null {
  const trimmed = text.trim().toLowerCase();
  if (DIGITS.test(trimmed)) return Number(trimmed);
  const { numbers } = getTimeLexicon();
  let total = 0;
  let current = 0;
  for (const word of trimmed.split(NUMBER_SEPARATOR)) {
    const value = numbers.get(word);
    if (value === undefined) return null;
    if (value === 100) current = (current === 0 ? 1 : current) * 100;
    else current += value;
  }
  total += current;
  return total === 0 ? null : total;
}
