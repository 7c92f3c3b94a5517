/**
 * Lower-case words looked up where they stand in a lower-cased text, without cutting them out:
 * a small hash table keyed by a word's length and its first two and last characters, whose
 * buckets are compared character by character. Most tokens fall in an empty bucket, so a look-up
 * costs a few character reads and no string. An index may read a curly apostrophe in the text as
 * ' (the event tokens do) or compare it as it is.
 *
 * {@link lowerCasedText} lower-cases a whole text once (shared by the stages of a document), when
 * that equals lower-casing each token on its own.
 */

const TABLE_BITS = 12;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const CURLY = 0x2019;
const STRAIGHT = 0x27;
const SPECIAL_CASING = /[\u0130\u03a3]/iu;
/** Texts kept lower-cased: twice a pipeline batch (`BATCH_SIZE`), so that every stage of a batch finds its documents. */
const CACHE_LIMIT = 64;

/** One word of an index with its value. */
interface Entry<T> {
  /** The word's full hash: most words of a bucket are told apart by it without reading a character. */
  readonly hash: number;
  readonly word: string;
  /** Whether the word is compared character by character with ’ as ' (it holds an apostrophe, in an index that reads ’ as '). */
  readonly apostrophe: boolean;
  readonly value: T;
}

/** Words with their values, by bucket. */
export interface WordIndex<T> {
  readonly buckets: readonly (readonly Entry<T>[] | undefined)[];
  /** One bit per bucket that holds a word. Note: small enough to stay in the processor's cache, so the many tokens of an empty bucket never read the buckets. */
  readonly filled: Uint32Array;
  /** Whether a curly apostrophe in the text reads as '. */
  readonly curlyAsStraight: boolean;
}

/** Note: a token never starts or ends with an apostrophe, so only its second character is read with ’ as '. */
function hashOf(text: string, start: number, end: number): number {
  const length = end - start;
  const second = length > 1 ? text.charCodeAt(start + 1) : 0;
  const hash = Math.imul(length, 0x9e3779b1) ^ Math.imul(text.charCodeAt(start), 0x85ebca6b) ^ Math.imul(second === CURLY ? STRAIGHT : second, 0xc2b2ae35) ^ Math.imul(text.charCodeAt(end - 1), 0x27d4eb2f);
  return hash ^ (hash >>> 15);
}

/**
 * An index of lower-case words. `curlyAsStraight` (default: true): a curly apostrophe in the text
 * reads as ' (else words are compared exactly).
 */
export function wordIndex<T>(entries: Iterable<readonly [string, T]>, curlyAsStraight = true): WordIndex<T> {
  // Note: a filled list (not a sparse one, which V8 would keep as a dictionary) keeps each look-up one indexed read.
  const buckets: (Entry<T>[] | undefined)[] = Array.from({ length: TABLE_MASK + 1 }, () => undefined);
  for (const [word, value] of entries) {
    if (word.length === 0) continue;
    const hash = hashOf(word, 0, word.length);
    (buckets[hash & TABLE_MASK] ??= []).push({ hash, word, apostrophe: curlyAsStraight && (word.includes("'") || word.includes('’')), value });
  }
  const filled = new Uint32Array((TABLE_MASK + 1) >> 5);
  buckets.forEach((bucket, at) => {
    if (bucket !== undefined) filled[at >> 5] = (filled[at >> 5] ?? 0) | (1 << (at & 31));
  });
  return { buckets, filled, curlyAsStraight };
}

/** Whether `text.slice(start, end)` reads as `word`, with ’ as '. */
export function equalsAt(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let offset = 0; offset < word.length; offset += 1) {
    const code = text.charCodeAt(start + offset);
    if ((code === CURLY ? STRAIGHT : code) !== word.charCodeAt(offset)) return false;
  }
  return true;
}

/**
 * The value of the word `text.slice(start, end)` (a non-empty lower-case token, which neither
 * starts nor ends with an apostrophe), or undefined.
 */
export function lookUp<T>(index: WordIndex<T>, text: string, start: number, end: number): T | undefined {
  const hash = hashOf(text, start, end);
  const at = hash & TABLE_MASK;
  if ((((index.filled[at >> 5] ?? 0) >>> (at & 31)) & 1) === 0) return undefined;
  const bucket = index.buckets[at];
  if (bucket === undefined) return undefined;
  for (const entry of bucket) {
    if (entry.hash !== hash || entry.word.length !== end - start) continue;
    // Note: a word without an apostrophe is compared natively.
    if (entry.apostrophe ? equalsAt(text, start, end, entry.word) : text.startsWith(entry.word, start)) return entry.value;
  }
  return undefined;
}

const lowered = new Map<string, string | undefined>();

/**
 * The text lower-cased, when that equals lower-casing each part on its own (no letter whose lower
 * case changes the length, İ, or depends on its neighbours, Greek sigma); else undefined. Cached
 * for the last few texts, so the stages of a document lower-case it once.
 */
export function lowerCasedText(text: string): string | undefined {
  if (lowered.has(text)) return lowered.get(text);
  const value = SPECIAL_CASING.test(text) ? undefined : text.toLowerCase();
  const result = value?.length === text.length ? value : undefined;
  if (lowered.size >= CACHE_LIMIT) {
    const oldest = lowered.keys().next();
    if (oldest.done !== true) lowered.delete(oldest.value);
  }
  lowered.set(text, result);
  return result;
}
