/**
 * The sentences of a document as duplicate detection compares them, in a compact form: per
 * sentence its hash and its sets of content words and numbers, the words as ids of a table shared
 * by every document of one index, all in one typed array per document. Note: the comparison only
 * asks "same sentence hash?", "how many content words shared?" and "any number shared?", so word
 * ids answer it exactly as the words do; the form is a few bytes per word instead of a string set
 * per sentence, so the compared sentences of every document of a large corpus fit in memory and a
 * candidate of any age is compared without being reloaded and tokenised again. The sentence texts
 * are not kept: only the "added" sentences of a found pair need them, read from the document then.
 */
import { docSentences, sentenceHash, sentenceWordSet, type SentenceSource } from './doc-features.js';

/** Sentences with fewer content words than this are not compared (their hash still counts as verbatim). */
export const MIN_WORDS = 4;
/** Dice overlap of content words from which two sentences match. */
export const SENTENCE_MATCH = 0.5;
/** Content words two matched sentences must share at least. */
export const SENTENCE_SHARED_WORDS = 2;
const NUMBER = /^\d+$/u;

/**
 * One document's compared sentences, `n` of them, in one array: `[n, hash x n, end of words x n,
 * end of numbers x n, words..., numbers...]`; sentence i's word ids are `words[end(i-1), end(i))`,
 * ascending, and its numbers (the content words that are digits) likewise. Note: one array per
 * document rather than one per field, since every typed array carries a fixed cost of its own.
 */
export type ComparedSentences = Int32Array;

/** The word table of one index: folded content word -> id. */
export type WordTable = Map<string, number>;

function idOf(table: WordTable, word: string): number {
  let id = table.get(word);
  if (id === undefined) {
    id = table.size;
    table.set(word, id);
  }
  return id;
}

/** The compared sentences of a document, its words entered in `table`. */
export function compactSentences(table: WordTable, doc: SentenceSource): ComparedSentences {
  const hashes: number[] = [];
  const wordLists: number[][] = [];
  const numberLists: number[][] = [];
  let total = 0;
  for (const sentence of docSentences(doc)) {
    const ids: number[] = [];
    const numbers: number[] = [];
    for (const word of sentenceWordSet(sentence.text)) {
      const id = idOf(table, word);
      ids.push(id);
      if (NUMBER.test(word)) numbers.push(id);
    }
    ids.sort((a, b) => a - b);
    numbers.sort((a, b) => a - b);
    // Note: sentenceHash is the hex of an unsigned 32-bit hash; `| 0` keeps the same bits in an int32.
    hashes.push(Number.parseInt(sentenceHash(sentence.text), 16) | 0);
    wordLists.push(ids);
    numberLists.push(numbers);
    total += ids.length + numbers.length;
  }
  const count = hashes.length;
  const out = new Int32Array(1 + 3 * count + total);
  out[0] = count;
  let at = 1 + 3 * count;
  for (let index = 0; index < count; index += 1) {
    out[1 + index] = hashes[index] ?? 0;
    for (const id of wordLists[index] ?? []) out[at++] = id;
    out[1 + count + index] = at;
  }
  for (let index = 0; index < count; index += 1) {
    for (const id of numberLists[index] ?? []) out[at++] = id;
    out[1 + 2 * count + index] = at;
  }
  return out;
}

/** How many sentences a compact form holds. */
export function sentenceCount(sentences: ComparedSentences): number {
  return sentences[0] ?? 0;
}

/** The hash of sentence `index` as `sentenceHash` writes it. */
export function hashAt(sentences: ComparedSentences, index: number): string {
  return ((sentences[1 + index] ?? 0) >>> 0).toString(16);
}

function wordStart(sentences: ComparedSentences, count: number, index: number): number {
  return index === 0 ? 1 + 3 * count : (sentences[count + index] ?? 0);
}

function numberStart(sentences: ComparedSentences, count: number, index: number): number {
  return index === 0 ? (sentences[2 * count] ?? 0) : (sentences[2 * count + index] ?? 0);
}

/** Size of the intersection of two ascending runs. */
function shared(a: ComparedSentences, aFrom: number, aTo: number, b: ComparedSentences, bFrom: number, bTo: number): number {
  let count = 0;
  let i = aFrom;
  let j = bFrom;
  while (i < aTo && j < bTo) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      count += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return count;
}

/** How one sentence list is covered by another: matched and verbatim shares, and the indices (in `mine`) of the unmatched sentences. */
export function sentenceCoverage(mine: ComparedSentences, theirs: ComparedSentences, background: (hash: number) => boolean): { matched: number; verbatim: number; counted: number; unmatched: number[] } {
  let matched = 0;
  let verbatim = 0;
  let counted = 0;
  const unmatched: number[] = [];
  const mineCount = sentenceCount(mine);
  const theirCount = sentenceCount(theirs);
  const hashes = new Set<number>();
  for (let index = 0; index < theirCount; index += 1) hashes.add(theirs[1 + index] ?? 0);
  for (let index = 0; index < mineCount; index += 1) {
    const from = wordStart(mine, mineCount, index);
    const to = mine[1 + mineCount + index] ?? 0;
    const hash = mine[1 + index] ?? 0;
    if (to - from < MIN_WORDS || background(hash)) continue;
    counted += 1;
    if (hashes.has(hash)) {
      verbatim += 1;
      matched += 1;
      continue;
    }
    const numbersFrom = numberStart(mine, mineCount, index);
    const numbersTo = mine[1 + 2 * mineCount + index] ?? 0;
    let found = false;
    for (let other = 0; other < theirCount && !found; other += 1) {
      const otherFrom = wordStart(theirs, theirCount, other);
      const otherTo = theirs[1 + theirCount + other] ?? 0;
      if (otherTo - otherFrom < MIN_WORDS) continue;
      const otherNumbersFrom = numberStart(theirs, theirCount, other);
      const otherNumbersTo = theirs[1 + 2 * theirCount + other] ?? 0;
      // Numbers agree when either side has none or they share one.
      if (numbersTo > numbersFrom && otherNumbersTo > otherNumbersFrom && shared(mine, numbersFrom, numbersTo, theirs, otherNumbersFrom, otherNumbersTo) === 0) continue;
      const common = shared(mine, from, to, theirs, otherFrom, otherTo);
      found = common >= SENTENCE_SHARED_WORDS && (2 * common) / (to - from + (otherTo - otherFrom) || 1) >= SENTENCE_MATCH;
    }
    if (found) matched += 1;
    else unmatched.push(index);
  }
  return { matched, verbatim, counted, unmatched };
}
