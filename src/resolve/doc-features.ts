/**
 * Per-document features resolve compares: sentences (from the sentence layer, or a plain split
 * when that layer is empty), word shingles with their MinHash signature and LSH band keys, and
 * the whole-text hash that finds exact copies.
 */
import type { AnnotationLayers } from '../model/annotations.js';
import { contentWords, foldText, hash32, words } from './fold-text.js';

/** A sentence span of the cleaned text. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * What a document's sentences are read from: its cleaned text and its sentence layer. A NewsDoc is
 * one; a store can hand out just these two of a stored document (duplicate detection reloads
 * candidates it no longer has in memory, and needs nothing else of them).
 */
export interface SentenceSource {
  readonly text: string;
  readonly layers: Pick<AnnotationLayers, 'sentences'>;
}

/** MinHash signature length. */
export const MINHASH_SIZE = 64;
/** LSH bands (rows per band = MINHASH_SIZE / LSH_BANDS); 16 x 4 finds pairs from Jaccard ~0.5 up. */
export const LSH_BANDS = 16;
/** Words per shingle. */
export const SHINGLE_WORDS = 5;

const SENTENCE_END = /[.!?]+["'”’)\]]*\s+|\n+/gu;
const MIX_A = Array.from({ length: MINHASH_SIZE }, (_, index) => hash32(`minhash-a-${index}`) | 1);
const MIX_B = Array.from({ length: MINHASH_SIZE }, (_, index) => hash32(`minhash-b-${index}`));

/** The document's sentences: the sentence layer when filled, else a split at end punctuation and line breaks. */
export function docSentences(doc: SentenceSource): SentenceSpan[] {
  if (doc.layers.sentences.length > 0) return doc.layers.sentences.map((sentence) => ({ start: sentence.start, end: sentence.end, text: sentence.text }));
  const out: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = doc.text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text.length > 0) out.push({ start: start + lead, end: start + lead + text.length, text });
  };
  for (const match of doc.text.matchAll(SENTENCE_END)) {
    const end = (match.index ?? 0) + match[0].length;
    push(end);
    start = end;
  }
  push(doc.text.length);
  return out;
}

/** The sentence that contains a position (the last one starting at or before it). */
export function sentenceAt(sentences: readonly SentenceSpan[], position: number): SentenceSpan | undefined {
  let low = 0;
  let high = sentences.length - 1;
  let found: SentenceSpan | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle];
    if (sentence === undefined) break;
    if (sentence.start <= position) {
      found = sentence;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** Hash of the folded text: equal for exact copies. */
export function textHash(text: string): string {
  const folded = words(text).join(' ');
  return `${hash32(folded).toString(16)}${hash32(`${folded}#`).toString(16)}${folded.length.toString(16)}`;
}

/** Hash of one sentence's folded words, to find verbatim shared sentences. */
export function sentenceHash(text: string): string {
  return hash32(words(text).join(' ')).toString(16);
}

/** The set of folded content words of a sentence. */
export function sentenceWordSet(text: string): Set<string> {
  return new Set(contentWords(text));
}

function mix(value: number, index: number): number {
  let x = Math.imul(value ^ (MIX_B[index] ?? 0), MIX_A[index] ?? 1);
  x ^= x >>> 15;
  x = Math.imul(x, 0x2c1b3c6d);
  x ^= x >>> 12;
  return x >>> 0;
}

/** MinHash signature of the text's word shingles. */
export function minhashSignature(text: string): number[] {
  const tokens = foldText(text).length > 0 ? words(text) : [];
  const signature = new Array<number>(MINHASH_SIZE).fill(0xffffffff);
  const count = Math.max(1, tokens.length - SHINGLE_WORDS + 1);
  for (let start = 0; start < count; start += 1) {
    const shingle = hash32(tokens.slice(start, start + SHINGLE_WORDS).join(' '));
    for (let index = 0; index < MINHASH_SIZE; index += 1) {
      const value = mix(shingle, index);
      if (value < (signature[index] ?? 0)) signature[index] = value;
    }
  }
  return signature;
}

/** LSH band keys of a signature. */
export function bandKeys(signature: readonly number[]): string[] {
  const rows = MINHASH_SIZE / LSH_BANDS;
  const keys: string[] = [];
  for (let band = 0; band < LSH_BANDS; band += 1) keys.push(`${band}:${hash32(signature.slice(band * rows, band * rows + rows).join(',')).toString(36)}`);
  return keys;
}

/** Estimated Jaccard similarity of two signatures. */
export function estimateJaccard(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let index = 0; index < MINHASH_SIZE; index += 1) if (a[index] === b[index]) same += 1;
  return same / MINHASH_SIZE;
}
