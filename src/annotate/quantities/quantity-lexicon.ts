/**
 * The quantities lexicon: number words (data/lexicons/number-words.json) and the word classes
 * that decide what is and is not a count (data/lexicons/quantity-words.json). Loaded once, lazily.
 */
import { readFileSync } from 'node:fs';

const NUMBERS_FILE = new URL('../../../data/lexicons/number-words.json', import.meta.url);
const WORDS_FILE = new URL('../../../data/lexicons/quantity-words.json', import.meta.url);

/** The quantities lexicon (all keys lower-case). */
export interface QuantityLexicon {
  /** "one".."nineteen" and "twenty".."ninety" with their values. */
  readonly smallNumbers: ReadonlyMap<string, number>;
  /** "hundred", "thousand", "million"... */
  readonly scales: ReadonlyMap<string, number>;
  /** Set phrases ("a dozen"), longest first. */
  readonly fixed: readonly (readonly [string, number])[];
  /** Plural counts ("hundreds of") with their [low, high], longest first. */
  readonly vague: readonly (readonly [string, readonly [number, number]])[];
  /** Approximation phrases, longest first. */
  readonly qualifiers: readonly string[];
  /** Qualifiers that do not make a number approximate ("a total of"). */
  readonly exactQualifiers: ReadonlySet<string>;
  readonly months: ReadonlySet<string>;
  readonly referenceWords: ReadonlySet<string>;
  readonly timeWords: ReadonlySet<string>;
  readonly ordinalSuffixes: ReadonlySet<string>;
  readonly units: ReadonlySet<string>;
  readonly yearPrepositions: ReadonlySet<string>;
  readonly stopWords: ReadonlySet<string>;
  readonly leadingSkip: ReadonlySet<string>;
  /** Units of time: a number counting one is a duration ("six months"), not a quantity. */
  readonly durationUnits: ReadonlySet<string>;
}

interface NumbersFile {
  readonly units: Record<string, number>;
  readonly tens: Record<string, number>;
  readonly scales: Record<string, number>;
  readonly fixed: Record<string, number>;
  readonly vague: Record<string, [number, number]>;
}

interface WordsFile {
  readonly qualifiers: readonly string[];
  readonly exactQualifiers: readonly string[];
  readonly months: readonly string[];
  readonly referenceWords: readonly string[];
  readonly timeWords: readonly string[];
  readonly ordinalSuffixes: readonly string[];
  readonly units: readonly string[];
  readonly yearPrepositions: readonly string[];
  readonly stopWords: readonly string[];
  readonly leadingSkip: readonly string[];
  readonly durationUnits: readonly string[];
}

let cached: QuantityLexicon | undefined;

function byLength<T>(entries: readonly (readonly [string, T])[]): (readonly [string, T])[] {
  return [...entries].sort((a, b) => b[0].length - a[0].length);
}

/** The quantities lexicon (loaded on first use). */
export function getQuantityLexicon(): QuantityLexicon {
  if (cached !== undefined) return cached;
  const numbers = JSON.parse(readFileSync(NUMBERS_FILE, 'utf8')) as NumbersFile;
  const words = JSON.parse(readFileSync(WORDS_FILE, 'utf8')) as WordsFile;
  cached = {
    smallNumbers: new Map([...Object.entries(numbers.units), ...Object.entries(numbers.tens)]),
    scales: new Map(Object.entries(numbers.scales)),
    fixed: byLength(Object.entries(numbers.fixed)),
    vague: byLength(Object.entries(numbers.vague)),
    qualifiers: [...words.qualifiers].sort((a, b) => b.length - a.length),
    exactQualifiers: new Set(words.exactQualifiers),
    months: new Set(words.months),
    referenceWords: new Set(words.referenceWords),
    timeWords: new Set(words.timeWords),
    ordinalSuffixes: new Set(words.ordinalSuffixes),
    units: new Set(words.units),
    yearPrepositions: new Set(words.yearPrepositions),
    stopWords: new Set(words.stopWords),
    leadingSkip: new Set(words.leadingSkip),
    durationUnits: new Set(words.durationUnits),
  };
  return cached;
}
