/**
 * Duplicate detection's sentence comparison as it read sentences before the compact form (sets of
 * word strings per sentence, texts kept): the reading that `sentenceCoverage` and `classifyPair`
 * (src/resolve/compared-sentences.ts, src/resolve/find-duplicates.ts) must equal.
 */
import { docSentences, sentenceHash, sentenceWordSet, type SentenceSource } from '../../src/resolve/doc-features.js';
import { MIN_WORDS, SENTENCE_MATCH, SENTENCE_SHARED_WORDS } from '../../src/resolve/compared-sentences.js';
import { NEAR_JACCARD, NEAR_SENTENCES, PARAPHRASE_SENTENCES } from '../../src/resolve/find-duplicates.js';

const NUMBER = /^\d+$/u;
const MIN_SENTENCES = 3;

/** One sentence as the comparison saw it. */
export interface ReferenceSentence {
  readonly text: string;
  readonly hash: string;
  readonly words: ReadonlySet<string>;
  readonly numbers: ReadonlySet<string>;
}

/** The sentences of a document as the comparison saw them. */
export function referenceSentences(doc: SentenceSource): ReferenceSentence[] {
  return docSentences(doc).map((sentence) => {
    const all = sentenceWordSet(sentence.text);
    return { text: sentence.text, hash: sentenceHash(sentence.text), words: all, numbers: new Set([...all].filter((word) => NUMBER.test(word))) };
  });
}

function sentencesMatch(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared >= SENTENCE_SHARED_WORDS && (2 * shared) / (a.size + b.size || 1) >= SENTENCE_MATCH;
}

function numbersAgree(a: ReferenceSentence, b: ReferenceSentence): boolean {
  if (a.numbers.size === 0 || b.numbers.size === 0) return true;
  for (const number of a.numbers) if (b.numbers.has(number)) return true;
  return false;
}

/** How one sentence list is covered by another, with the unmatched sentences' texts. */
export function referenceCoverage(mine: readonly ReferenceSentence[], theirs: readonly ReferenceSentence[], background: (hash: string) => boolean): { matched: number; verbatim: number; counted: number; unmatched: string[] } {
  let matched = 0;
  let verbatim = 0;
  let counted = 0;
  const unmatched: string[] = [];
  const hashes = new Set(theirs.map((sentence) => sentence.hash));
  for (const sentence of mine) {
    if (sentence.words.size < MIN_WORDS || background(sentence.hash)) continue;
    counted += 1;
    if (hashes.has(sentence.hash)) {
      verbatim += 1;
      matched += 1;
      continue;
    }
    if (theirs.some((other) => other.words.size >= MIN_WORDS && numbersAgree(sentence, other) && sentencesMatch(sentence.words, other.words))) matched += 1;
    else unmatched.push(sentence.text);
  }
  return { matched, verbatim, counted, unmatched };
}

/** Classify a pair, or undefined when it is not a duplicate. */
export function referenceClassify(jaccard: number, sameText: boolean, mine: readonly ReferenceSentence[], theirs: readonly ReferenceSentence[], background: (hash: string) => boolean): { kind: string; score: number } | undefined {
  if (sameText) return { kind: 'exact', score: 1 };
  const forward = referenceCoverage(mine, theirs, background);
  const backward = referenceCoverage(theirs, mine, background);
  const shorter = forward.counted <= backward.counted ? forward : backward;
  const verbatimShare = shorter.counted === 0 ? 0 : shorter.verbatim / shorter.counted;
  const matchedShare = shorter.counted === 0 ? 0 : shorter.matched / shorter.counted;
  const round = (value: number): number => Math.round(value * 1000) / 1000;
  if (jaccard >= NEAR_JACCARD) return { kind: 'near', score: round(jaccard) };
  if (shorter.counted >= MIN_SENTENCES && verbatimShare >= NEAR_SENTENCES) return { kind: 'near', score: round(verbatimShare) };
  if (shorter.counted >= MIN_SENTENCES && matchedShare >= PARAPHRASE_SENTENCES) return { kind: 'paraphrase', score: round(matchedShare) };
  return undefined;
}
