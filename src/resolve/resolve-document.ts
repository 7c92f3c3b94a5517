/**
 * Resolve one document against the index, in order: entities, story signature and related
 * documents, duplicates, story, claims and conflicts, timeline; then file its signals so later
 * documents find it. The cost depends on the document and the postings it reads (capped), not
 * on the size of the corpus.
 */
import type { NewsDoc } from '../model/news-doc.js';
import { chooseStory, joinStory } from './assign-story.js';
import { addToTimeline } from './build-timeline.js';
import { compareClaims } from './compare-claims.js';
import { markCopies } from './copy-claims.js';
import { minhashSignature, textHash, type SentenceSource } from './doc-features.js';
import { DOC_KIND, META_KIND, type DocRecord } from './doc-record.js';
import { ENTITY_KIND, entityDisplayName, type EntityRecord } from './entity-record.js';
import { extractClaims } from './extract-claims.js';
import { findDuplicates, indexDuplicateSignals } from './find-duplicates.js';
import { resolveDocEntities } from './resolve-entities.js';
import type { ResolveIndex } from './resolve-index.js';
import { indexSignature, relatedDocuments, resolvedCount, storySignature } from './story-signature.js';

/**
 * Looks a stored document's text and sentences up by id (for comparing sentences of candidate
 * duplicates): the document itself, or just those two parts (`Store.documentSentences`).
 */
export type DocumentLookup = (id: string) => SentenceSource | undefined;

/** The display name of an entity id, from the index. */
export function entityName(index: ResolveIndex, id: string | null): string | null {
  if (id === null) return null;
  const record = index.getRecord<EntityRecord>(ENTITY_KIND, id);
  return record === undefined ? null : entityDisplayName(record);
}

/** Resolve one document; a document already resolved is left as it is. Returns false in that case. */
export function resolveDocument(index: ResolveIndex, doc: NewsDoc, lookup: DocumentLookup): boolean {
  return index.transaction(() => {
    if (index.getRecord<DocRecord>(DOC_KIND, doc.id) !== undefined) return false;
    const entities = resolveDocEntities(doc, index);
    const terms = storySignature(doc, entities, index);
    const related = relatedDocuments(index, terms);
    const claims = extractClaims(doc);
    const draft: DocRecord = {
      id: doc.id,
      order: resolvedCount(index),
      published: doc.meta.published.value,
      outlet: doc.meta.outlet,
      story: '',
      terms,
      signature: minhashSignature(doc.text),
      textHash: textHash(doc.text),
      claims: claims.map((item) => item.claim.id),
      quotes: doc.layers.quotes.length,
      events: [...new Set(doc.layers.events.map((event) => event.type))],
      copyOf: null,
    };
    const pairs = findDuplicates(index, doc, draft, related.map((entry) => entry.record), lookup);
    const partners: DocRecord[] = [];
    for (const pair of pairs) {
      const otherId = pair.a === doc.id ? pair.b : pair.a;
      const other = index.getRecord<DocRecord>(DOC_KIND, otherId);
      if (other === undefined) continue;
      partners.push(other);
      if (pair.first === doc.id && other.copyOf === null) index.putRecord(DOC_KIND, other.id, { ...other, copyOf: doc.id });
      else if (pair.first !== doc.id && draft.copyOf === null) draft.copyOf = otherId;
    }
    draft.story = chooseStory(index, draft, partners, related);
    index.putRecord(DOC_KIND, doc.id, draft);
    index.putRecord(META_KIND, 'documents', draft.order + 1);
    joinStory(index, draft);
    compareClaims(index, markCopies(index, doc.id, claims, pairs), draft.story, (id) => entityName(index, id), new Set(pairs.map((pair) => (pair.a === doc.id ? pair.b : pair.a))));
    addToTimeline(index, doc, draft, (id) => entityName(index, id) ?? undefined);
    indexSignature(index, doc.id, terms);
    indexDuplicateSignals(index, doc, draft);
    return true;
  });
}
