/**
 * Story signatures: each document is reduced to its most salient terms (corpus entities, content
 * words, event types), weighted by tf x idf where the document frequency is how many documents
 * already carry the term in their own signature. Related documents are found through an inverted
 * index of those terms (newest postings first, very common terms skipped), never by scanning the
 * corpus.
 */
import type { NewsDoc } from '../model/news-doc.js';
import { contentWords } from './fold-text.js';
import { DOC_KIND, META_KIND, type DocRecord } from './doc-record.js';
import type { DocEntities } from './resolve-entities.js';
import type { ResolveIndex } from './resolve-index.js';
import { firstInOrder } from './top-k.js';

/** Member kind: signature term -> documents whose signature holds it. */
export const TERM_INDEX = 'term';
/** Terms kept per document. */
export const SIGNATURE_TERMS = 48;
/** Strongest terms filed in the inverted index (the ones related documents are found by). */
export const POSTED_TERMS = 24;
/** Repeats of a term counted at most. */
const MAX_TF = 5;
/** Postings read per term. */
const POSTINGS_READ = 200;
/** Candidates scored exactly. */
const CANDIDATES = 12;
const NUMBER = /^\d+$/u;
const GROUP_WEIGHT: Readonly<Record<string, number>> = { PERSON: 1.5, ORG: 1.5, PLACE: 1.2, NORP: 0.6, OTHER: 1 };

/** Count of documents resolved so far. */
export function resolvedCount(index: ResolveIndex): number {
  return index.getRecord<number>(META_KIND, 'documents') ?? 0;
}

/** The weighted signature of a document, unit length, strongest first. */
export function storySignature(doc: NewsDoc, entities: DocEntities, index: ResolveIndex): [string, number][] {
  const counts = new Map<string, number>();
  const boost = new Map<string, number>();
  for (const word of contentWords(doc.text)) if (!NUMBER.test(word) && word.length > 3) counts.set(`w:${word}`, (counts.get(`w:${word}`) ?? 0) + 1);
  for (const [entity, count] of entities.counts) {
    counts.set(`e:${entity}`, count);
    boost.set(`e:${entity}`, GROUP_WEIGHT[entities.groups.get(entity) ?? 'OTHER'] ?? 1);
  }
  for (const event of doc.layers.events) counts.set(`v:${event.type}`, (counts.get(`v:${event.type}`) ?? 0) + 1);
  const total = resolvedCount(index) + 1;
  const weighted: [string, number][] = [];
  for (const [term, count] of counts) {
    const frequency = index.memberCount(TERM_INDEX, term);
    const weight = Math.min(count, MAX_TF) * Math.log(1 + total / (1 + frequency)) * (boost.get(term) ?? 1);
    weighted.push([term, weight]);
  }
  weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const kept = weighted.slice(0, SIGNATURE_TERMS);
  const norm = Math.sqrt(kept.reduce((sum, [, weight]) => sum + weight * weight, 0)) || 1;
  return kept.map(([term, weight]) => [term, weight / norm]);
}

/** Cosine similarity of two unit-length signatures. */
export function signatureSimilarity(a: readonly (readonly [string, number])[], b: readonly (readonly [string, number])[]): number {
  const other = new Map(b);
  let sum = 0;
  for (const [term, weight] of a) sum += weight * (other.get(term) ?? 0);
  return sum;
}

/** A stored document similar to the new one. */
export interface RelatedDoc {
  readonly record: DocRecord;
  readonly similarity: number;
}

/** Stored documents that share signature terms with `terms`, most similar first. */
export function relatedDocuments(index: ResolveIndex, terms: readonly (readonly [string, number])[]): RelatedDoc[] {
  const total = resolvedCount(index);
  const rough = new Map<string, number>();
  for (const [term, weight] of terms.slice(0, POSTED_TERMS)) {
    const frequency = index.memberCount(TERM_INDEX, term);
    if (frequency === 0 || (frequency > POSTINGS_READ && frequency > total / 2)) continue;
    for (const id of index.members(TERM_INDEX, term, POSTINGS_READ)) rough.set(id, (rough.get(id) ?? 0) + weight);
  }
  const top = firstInOrder(rough, CANDIDATES, (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const related: RelatedDoc[] = [];
  for (const [id] of top) {
    const record = index.getRecord<DocRecord>(DOC_KIND, id);
    if (record !== undefined) related.push({ record, similarity: signatureSimilarity(terms, record.terms) });
  }
  return related.sort((a, b) => b.similarity - a.similarity || a.record.order - b.record.order);
}

/** File a document's signature terms in the inverted index. */
export function indexSignature(index: ResolveIndex, docId: string, terms: readonly (readonly [string, number])[]): void {
  for (const [term] of terms.slice(0, POSTED_TERMS)) index.addMember(TERM_INDEX, term, docId);
}
