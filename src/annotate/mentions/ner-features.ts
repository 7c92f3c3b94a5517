/**
 * Features of the NER tagger. One code path serves training and tagging: features are looked up
 * in a {@link FeatureSpace} (training counts then indexes keys; tagging reads a frozen index), and
 * everything that depends only on a word is computed once per word form and cached in a
 * {@link LexemeTable}, so tagging a token costs a map lookup, not thirty string allocations.
 */
import { type NerGazetteer, GAZETTEER_KINDS } from './ner-gazetteer.js';

/** Where feature keys get their ids. */
export interface FeatureSpace {
  /** The id of a feature key, or -1 when the key is not in the space. */
  lookup(key: string): number;
}

/** Features that depend on one word form only. */
export interface Lexeme {
  readonly lower: string;
  /** Bit set of {@link WORD_FLAGS}. */
  readonly flags: number;
  /** Ids of the word's own features (unknown keys left out). */
  readonly own: Int32Array;
  /** Ids of the features "this word stands at offset -2, -1, +1, +2" and "its shape stands at -1, +1, -2, +2" (-1 when unknown). */
  readonly around: Int32Array;
  /** Id of the word's features when it opens the sentence (-1 when unknown). */
  readonly initial: Int32Array;
  /** `[tag]`: ids of "previous tag + this word's shape" and "previous tag + this word" (pairs, -1 when unknown). */
  readonly afterTag: Int32Array;
}

/** Word flags. */
export const WORD_FLAGS = { capitalised: 1, allCaps: 2, lower: 4, hasLetter: 8, hasUpper: 16 } as const;

/** Most word forms a {@link LexemeTable} keeps (about half a kilobyte each). */
const LEXEME_CACHE_LIMIT = 100_000;
const AROUND_PREFIXES = ['L2=', 'L1=', 'R1=', 'R2=', 'SL1=', 'SR1=', 'SL2=', 'SR2='] as const;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
const SHAPE_UPPER = /\p{Lu}/gu;
const SHAPE_LOWER = /\p{Ll}/gu;
const SHAPE_DIGIT = /\p{N}/gu;
const REPEATS = /(.)\1+/gu;

/** The long shape of a word: X for capitals, x for small letters, d for digits, others kept. */
export function wordShape(word: string): string {
  return word.replace(SHAPE_UPPER, 'X').replace(SHAPE_LOWER, 'x').replace(SHAPE_DIGIT, 'd');
}

/** The short shape: the long shape with runs collapsed ("Xxxxx" -> "Xx"). */
export function shortShape(word: string): string {
  return wordShape(word).replace(REPEATS, '$1');
}

/** The {@link WORD_FLAGS} of a word. */
export function flagsOf(word: string): number {
  let flags = 0;
  const first = word.charAt(0);
  if (UPPER.test(first)) flags |= WORD_FLAGS.capitalised;
  if (UPPER.test(word)) flags |= WORD_FLAGS.hasUpper;
  if (UPPER.test(word) && !LOWER.test(word) && word.length > 1) flags |= WORD_FLAGS.allCaps;
  if (LOWER.test(first)) flags |= WORD_FLAGS.lower;
  if (LETTER.test(word)) flags |= WORD_FLAGS.hasLetter;
  return flags;
}

function ids(space: FeatureSpace, keys: readonly string[]): Int32Array {
  const found: number[] = [];
  for (const key of keys) {
    const id = space.lookup(key);
    if (id >= 0) found.push(id);
  }
  return Int32Array.from(found);
}

/** Per-word-form feature cache over one feature space. */
export class LexemeTable {
  readonly #space: FeatureSpace;
  readonly #cache = new Map<string, Lexeme>();

  readonly #classes: number;

  /** A table over a feature space, for a tag set of `classes` classes. */
  constructor(space: FeatureSpace, classes: number) {
    this.#space = space;
    this.#classes = classes;
  }

  /** The cached features of a word form. */
  get(word: string): Lexeme {
    let lexeme = this.#cache.get(word);
    if (lexeme === undefined) {
      // Note: a long run meets ever new word forms (names, typos); the cache is emptied rather than left to grow.
      if (this.#cache.size >= LEXEME_CACHE_LIMIT) this.#cache.clear();
      lexeme = this.build(word);
      this.#cache.set(word, lexeme);
    }
    return lexeme;
  }

  /** The features of a word form, built anew (not cached). */
  build(word: string): Lexeme {
    const lower = word.toLowerCase();
    const shape = shortShape(word);
    const longShape = wordShape(word);
    const keys = ['bias', `w=${word}`, `l=${lower}`, `s=${shape}`, `S=${longShape.length > 6 ? longShape.slice(0, 3) + longShape.slice(-3) : longShape}`];
    for (let length = 1; length <= 4 && length < lower.length; length += 1) {
      keys.push(`p${length}=${lower.slice(0, length)}`, `x${length}=${lower.slice(-length)}`);
    }
    if (lower.length > 5) keys.push(`x5=${lower.slice(-5)}`);
    if (DIGIT.test(word)) keys.push('digit');
    if (word.includes('-')) keys.push('hyphen');
    const around = this.#aroundOf(lower, shape);
    const afterTag = new Int32Array((this.#classes + 1) * 2);
    for (let tag = 0; tag <= this.#classes; tag += 1) {
      afterTag[tag * 2] = this.#space.lookup(`ts=${tag}|${shape}`);
      afterTag[tag * 2 + 1] = this.#space.lookup(`tl=${tag}|${lower}`);
    }
    const initial = ids(this.#space, [`Fl=${lower}`, `Fs=${shape}`]);
    return { lower, flags: flagsOf(word), own: ids(this.#space, keys), around, initial, afterTag };
  }

  /** The word's {@link Lexeme.around} ids alone, as {@link LexemeTable.build} gives them. */
  around(word: string): Int32Array {
    return this.#aroundOf(word.toLowerCase(), shortShape(word));
  }

  #aroundOf(lower: string, shape: string): Int32Array {
    const around = new Int32Array(AROUND_PREFIXES.length);
    AROUND_PREFIXES.forEach((prefix, index) => {
      around[index] = this.#space.lookup(prefix + (prefix.startsWith('S') ? shape : lower));
    });
    return around;
  }
}

/** Entity types of the tag set, in class order. */
export const TAGGED_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/**
 * What the tagger has said so far in a document about each capitalised word ("extended prediction
 * history", Ratinov and Roth 2009): a name tagged as a person early on is likely one later.
 */
export class PredictionHistory {
  readonly #counts = new Map<string, Int32Array>();

  /** Record the type (index into {@link TAGGED_TYPES}) given to a capitalised word. */
  record(lower: string, type: number): void {
    let counts = this.#counts.get(lower);
    if (counts === undefined) {
      counts = new Int32Array(TAGGED_TYPES.length);
      this.#counts.set(lower, counts);
    }
    counts[type] = (counts[type] ?? 0) + 1;
  }

  /** Push the history feature ids of a word onto `into`. */
  features(lower: string, fixed: FixedFeatures, into: number[]): void {
    const counts = this.#counts.get(lower);
    if (counts === undefined) return;
    let best = -1;
    let bestCount = 0;
    counts.forEach((count, type) => {
      if (count === 0) return;
      into.push(fixed.history[type] ?? -1);
      if (count > bestCount) {
        best = type;
        bestCount = count;
      }
    });
    if (best >= 0) into.push(fixed.historyMajority[best] ?? -1);
  }
}

/** What a document says about its words, without labels: used for capitalisation features. */
export interface DocumentContext {
  /** What the tagger said so far in this document (filled as it tags). */
  readonly history: PredictionHistory;
  /** Lower-case forms seen written in lower case somewhere in the document. */
  readonly seenLower: ReadonlySet<string>;
  /** Lower-case forms seen capitalised (not all caps) away from a sentence start. */
  readonly seenCapitalisedInside: ReadonlySet<string>;
}

/**
 * Collect the document context from its sentences' words (`table`, when given, supplies cached
 * word flags; optional).
 */
export function documentContext(sentences: readonly (readonly string[])[], table?: LexemeTable): DocumentContext {
  if (table !== undefined) return documentContextOf(sentences.map((words) => words.map((word) => table.get(word))));
  const seenLower = new Set<string>();
  const seenCapitalisedInside = new Set<string>();
  for (const words of sentences) {
    for (let index = 0; index < words.length; index += 1) {
      const word = words[index] ?? '';
      const flags = flagsOf(word);
      if ((flags & WORD_FLAGS.lower) !== 0) seenLower.add(word.toLowerCase());
      else if (index > 0 && (flags & WORD_FLAGS.capitalised) !== 0 && (flags & WORD_FLAGS.allCaps) === 0) seenCapitalisedInside.add(word.toLowerCase());
    }
  }
  return { seenLower, seenCapitalisedInside, history: new PredictionHistory() };
}

/** The document context from its sentences' lexemes (as {@link documentContext} with a table). */
export function documentContextOf(sentences: readonly (readonly Lexeme[])[]): DocumentContext {
  const seenLower = new Set<string>();
  const seenCapitalisedInside = new Set<string>();
  for (const lexemes of sentences) {
    for (let index = 0; index < lexemes.length; index += 1) {
      const lexeme = lexemes[index];
      if (lexeme === undefined) continue;
      const flags = lexeme.flags;
      if ((flags & WORD_FLAGS.lower) !== 0) seenLower.add(lexeme.lower);
      else if (index > 0 && (flags & WORD_FLAGS.capitalised) !== 0 && (flags & WORD_FLAGS.allCaps) === 0) seenCapitalisedInside.add(lexeme.lower);
    }
  }
  return { seenLower, seenCapitalisedInside, history: new PredictionHistory() };
}

/** Ids of the fixed (word-independent) features, looked up once per space. */
export class FixedFeatures {
  /** `[kind * 2 + (inside ? 1 : 0)]`: the token is in a gazetteer match of that kind. */
  readonly gazetteer: Int32Array;
  /** `[kind]`: the previous token is in a gazetteer match of that kind. */
  readonly gazetteerLeft: Int32Array;
  /** `[kind]`: the next token is in a gazetteer match of that kind. */
  readonly gazetteerRight: Int32Array;
  /** Document features: [lower elsewhere, capitalised inside elsewhere, all caps but title-cased elsewhere, lower elsewhere at start]. */
  readonly document: Int32Array;
  /** Sentence boundary neighbours, as {@link Lexeme.around}. */
  readonly boundary: Int32Array;
  /** Previous-tag features: `[tag]`, tag = class index or `classes` for the start. */
  readonly previous: Int32Array;
  /** Tag-pair features: `[tag2 * (classes + 1) + tag1]`. */
  readonly previousPair: Int32Array;
  /** `[type]`: the word was tagged with that type earlier in the document. */
  readonly history: Int32Array;
  /** `[type]`: that type is the one the word was given most often earlier. */
  readonly historyMajority: Int32Array;

  /** Look the fixed keys up in a space, for a tag set of `classes` classes. */
  constructor(space: FeatureSpace, classes: number) {
    const kinds = GAZETTEER_KINDS.length;
    this.gazetteer = new Int32Array(kinds * 2);
    this.gazetteerLeft = new Int32Array(kinds);
    this.gazetteerRight = new Int32Array(kinds);
    GAZETTEER_KINDS.forEach((kind, index) => {
      this.gazetteer[index * 2] = space.lookup(`gB=${kind}`);
      this.gazetteer[index * 2 + 1] = space.lookup(`gI=${kind}`);
      this.gazetteerLeft[index] = space.lookup(`gL=${kind}`);
      this.gazetteerRight[index] = space.lookup(`gR=${kind}`);
    });
    this.document = Int32Array.from(['dLower', 'dCapInside', 'dTitleCased', 'dLowerStart'].map((key) => space.lookup(key)));
    this.boundary = Int32Array.from(AROUND_PREFIXES.map((prefix) => space.lookup(`${prefix}<S>`)));
    this.history = Int32Array.from(TAGGED_TYPES, (type) => space.lookup(`h=${type}`));
    this.historyMajority = Int32Array.from(TAGGED_TYPES, (type) => space.lookup(`hm=${type}`));
    this.previous = new Int32Array(classes + 1);
    this.previousPair = new Int32Array((classes + 1) * (classes + 1));
    for (let tag1 = 0; tag1 <= classes; tag1 += 1) {
      this.previous[tag1] = space.lookup(`t1=${tag1}`);
      for (let tag2 = 0; tag2 <= classes; tag2 += 1) this.previousPair[tag2 * (classes + 1) + tag1] = space.lookup(`t2=${tag2}|${tag1}`);
    }
  }
}

/** Per token, the bit sets of gazetteer kinds it starts (`begins`) or continues (`inside`). */
export function gazetteerMarks(lexemes: readonly Lexeme[], gazetteer: NerGazetteer): { begins: Int32Array; inside: Int32Array } {
  const begins = new Int32Array(lexemes.length);
  const inside = new Int32Array(lexemes.length);
  for (let start = 0; start < lexemes.length; start += 1) {
    const lexeme = lexemes[start];
    if (lexeme === undefined || (lexeme.flags & WORD_FLAGS.capitalised) === 0) continue;
    let phrase = lexeme.lower;
    for (let end = start; end < lexemes.length && end - start < gazetteer.maxWords; end += 1) {
      if (end > start) phrase = `${phrase} ${lexemes[end]?.lower ?? ''}`;
      const kinds = gazetteer.phrases.get(phrase);
      if (kinds !== undefined) {
        begins[start] = (begins[start] ?? 0) | kinds;
        for (let index = start + 1; index <= end; index += 1) inside[index] = (inside[index] ?? 0) | kinds;
      }
      if (!gazetteer.prefixes.has(phrase)) break;
    }
  }
  return { begins, inside };
}
