/**
 * Duplicates of a new document among stored ones: exact (same folded text), near (MinHash
 * Jaccard of word shingles, or most sentences shared verbatim) and paraphrase (most sentences
 * matched by their content words and numbers). Candidates come from the text hash, the LSH bands
 * and the story signature search. Sentences many documents share (recycled background) are left
 * out of the sentence comparison, so a common paragraph does not make two reports copies.
 */
import type { Duplicate } from '../model/analysis.generated.js';
import type { NewsDoc } from '../model/news-doc.js';
import { compactSentences, hashAt, sentenceCount, sentenceCoverage, type ComparedSentences, type WordTable } from './compared-sentences.js';
import { cameFirst, DOC_KIND, type DocRecord } from './doc-record.js';
import { bandKeys, docSentences, LSH_BANDS, estimateJaccard, type SentenceSource } from './doc-features.js';
import type { ResolveIndex } from './resolve-index.js';
import { firstInOrder } from './top-k.js';
import { keepRecent } from './keep-recent.js';

/** Member kind: folded-text hash -> documents. */
export const TEXT_HASH_INDEX = 'text';
/** Member kind: LSH band key -> documents. */
export const BAND_INDEX = 'band';
/** Member kind: sentence hash -> documents that contain the sentence (the first {@link BACKGROUND_DOCUMENTS} only). */
export const SENTENCE_INDEX = 'sent';
/** Record kind of duplicate pairs. */
export const DUPLICATE_KIND = 'dup';
/** Member kind: document -> the keys (`a|b`) of the duplicate pairs it is in (for reading one story's pairs). */
export const DOCUMENT_DUPLICATES = 'doc-dup';
/** Jaccard from which two texts are near copies. */
export const NEAR_JACCARD = 0.6;
/** Share of verbatim sentences from which two texts are near copies. */
export const NEAR_SENTENCES = 0.8;
/** Share of matched sentences from which two texts are paraphrases. */
export const PARAPHRASE_SENTENCES = 0.6;
/** A sentence in this many stored documents is background and not compared. */
export const BACKGROUND_DOCUMENTS = 3;
const MIN_SENTENCES = 3;
const BAND_READ = 50;
const ADDED_LIMIT = 20;
const MAX_CANDIDATES = 16;
/**
 * Documents whose compared sentences are kept per index. Note: candidates from the LSH bands and
 * related documents can be of any age, so a cache of the recent ones (8,192 documents as strings)
 * missed more as the corpus grew, and each miss reloaded and re-tokenised a document; in the
 * compact form (about 0.5 KiB per generated article, 8.5 sentences) 131,072 documents take under 100 MiB.
 */
const SENTENCE_CACHE_SIZE = 131_072;

/** What duplicate detection keeps per index: the word table and the recent documents' compared sentences. */
interface SentenceState {
  readonly words: WordTable;
  readonly documents: Map<string, ComparedSentences>;
}
const sentenceStates = new WeakMap<ResolveIndex, SentenceState>();

/** A duplicate pair as stored and exported: `a` came first. */
export interface DuplicatePair extends Duplicate {
  readonly first: string;
  /** Sentences of the later document the earlier one does not have. */
  readonly added: string[];
}

/**
 * The compared sentences of a document, kept per index for the most recently used documents.
 * Note: a document's text never changes under its id, so a cached entry never goes stale; the
 * cache spares a stored document's reload and re-tokenising each time it is a candidate again.
 */
function sentencesOf(index: ResolveIndex, id: string, load: () => SentenceSource | undefined): ComparedSentences | undefined {
  let state = sentenceStates.get(index);
  if (state === undefined) {
    state = { words: new Map(), documents: new Map() };
    sentenceStates.set(index, state);
  }
  const hit = state.documents.get(id);
  if (hit !== undefined) {
    keepRecent(state.documents, id, hit, SENTENCE_CACHE_SIZE);
    return hit;
  }
  const doc = load();
  if (doc === undefined) return undefined;
  const sentences = compactSentences(state.words, doc);
  keepRecent(state.documents, id, sentences, SENTENCE_CACHE_SIZE);
  return sentences;
}

/** The compared sentences of a document without sentences. */
const NO_SENTENCES: ComparedSentences = new Int32Array(1);

/** A document's sentence texts, in the order of its compared sentences (none when it is gone). */
function sentenceTexts(doc: SentenceSource | undefined): string[] {
  return doc === undefined ? [] : docSentences(doc).map((sentence) => sentence.text);
}

/** Classify a pair, or undefined when it is not a duplicate. */
export function classifyPair(jaccard: number, sameText: boolean, mine: ComparedSentences, theirs: ComparedSentences, background: (hash: number) => boolean): { kind: Duplicate['kind']; score: number } | undefined {
  if (sameText) return { kind: 'exact', score: 1 };
  const forward = sentenceCoverage(mine, theirs, background);
  const backward = sentenceCoverage(theirs, mine, background);
  const shorter = forward.counted <= backward.counted ? forward : backward;
  const verbatimShare = shorter.counted === 0 ? 0 : shorter.verbatim / shorter.counted;
  const matchedShare = shorter.counted === 0 ? 0 : shorter.matched / shorter.counted;
  if (jaccard >= NEAR_JACCARD) return { kind: 'near', score: round(jaccard) };
  if (shorter.counted >= MIN_SENTENCES && verbatimShare >= NEAR_SENTENCES) return { kind: 'near', score: round(verbatimShare) };
  if (shorter.counted >= MIN_SENTENCES && matchedShare >= PARAPHRASE_SENTENCES) return { kind: 'paraphrase', score: round(matchedShare) };
  return undefined;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Find and store the duplicates of a new document; returns the pairs found. */
export function findDuplicates(
  index: ResolveIndex,
  doc: NewsDoc,
  record: DocRecord,
  related: readonly DocRecord[],
  lookup: (id: string) => SentenceSource | undefined,
): DuplicatePair[] {
  const hits = new Map<string, number>();
  for (const id of index.members(TEXT_HASH_INDEX, record.textHash, BAND_READ)) hits.set(id, LSH_BANDS);
  for (const band of bandKeys(record.signature)) for (const id of index.members(BAND_INDEX, band, BAND_READ)) hits.set(id, (hits.get(id) ?? 0) + 1);
  for (const other of related) if (!hits.has(other.id)) hits.set(other.id, 0);
  // Note: templated or heavily syndicated corpora put many documents in one band; the ones
  // sharing most bands are compared, so the work per document stays bounded.
  hits.delete(doc.id);
  const ranked = firstInOrder(hits, MAX_CANDIDATES, (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const candidates = new Map<string, DocRecord>();
  for (const [id] of ranked) {
    const stored = index.getRecord<DocRecord>(DOC_KIND, id);
    if (stored !== undefined) candidates.set(id, stored);
  }
  const mine = sentencesOf(index, doc.id, () => doc) ?? NO_SENTENCES;
  const counts = new Map<number, boolean>();
  const background = (hash: number): boolean => {
    let known = counts.get(hash);
    if (known === undefined) {
      known = index.memberCount(SENTENCE_INDEX, (hash >>> 0).toString(16)) >= BACKGROUND_DOCUMENTS;
      counts.set(hash, known);
    }
    return known;
  };
  const pairs: DuplicatePair[] = [];
  for (const other of candidates.values()) {
    const theirs = sentencesOf(index, other.id, () => lookup(other.id));
    if (theirs === undefined) continue;
    const verdict = classifyPair(estimateJaccard(record.signature, other.signature), record.textHash === other.textHash, mine, theirs, background);
    if (verdict === undefined) continue;
    const newFirst = cameFirst(record, other);
    const [earlier, later] = newFirst ? [mine, theirs] : [theirs, mine];
    const unmatched = sentenceCoverage(later, earlier, () => false).unmatched.slice(0, ADDED_LIMIT);
    // Note: the compact form keeps no texts; the later document's are read only when it added some.
    const texts = unmatched.length === 0 ? [] : sentenceTexts(newFirst ? lookup(other.id) : doc);
    const added = unmatched.map((at) => texts[at] ?? '');
    const pair: DuplicatePair = { a: newFirst ? doc.id : other.id, b: newFirst ? other.id : doc.id, kind: verdict.kind, score: verdict.score, first: newFirst ? doc.id : other.id, added };
    const key = `${pair.a}|${pair.b}`;
    index.putRecord(DUPLICATE_KIND, key, pair);
    index.addMember(DOCUMENT_DUPLICATES, pair.a, key);
    index.addMember(DOCUMENT_DUPLICATES, pair.b, key);
    pairs.push(pair);
  }
  return pairs;
}

/** File a document's text hash, bands and sentences for later lookups. */
export function indexDuplicateSignals(index: ResolveIndex, doc: NewsDoc, record: DocRecord): void {
  index.addMember(TEXT_HASH_INDEX, record.textHash, doc.id);
  for (const band of bandKeys(record.signature)) index.addMember(BAND_INDEX, band, doc.id);
  const sentences = sentencesOf(index, doc.id, () => doc) ?? NO_SENTENCES;
  const hashes = new Set<string>();
  for (let at = 0; at < sentenceCount(sentences); at += 1) hashes.add(hashAt(sentences, at));
  // Note: the sentence lists are only read for "in BACKGROUND_DOCUMENTS documents or more", so filing stops there:
  // recycled background sentences would otherwise add a posting per document for ever.
  for (const hash of hashes) if (index.memberCount(SENTENCE_INDEX, hash) < BACKGROUND_DOCUMENTS) index.addMember(SENTENCE_INDEX, hash, doc.id);
}
