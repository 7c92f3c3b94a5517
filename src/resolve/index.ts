/**
 * Resolve: what only the corpus as a whole can tell (entities across documents, stories,
 * duplicates, claims, conflicts, timeline). Refiners over the corpus, run after annotate. The
 * same per-document resolution runs over an in-memory index here (`sitrep analyze`) and over the
 * SQLite tables of the store (`sitrep ingest`, src/cli/commands/resolve-and-save.ts).
 */
import type { NewsDoc } from '../model/news-doc.js';
import { collectFindings, type ResolvedFindings } from './collect-findings.js';
import { resolveDocument } from './resolve-document.js';
import { createMemoryIndex } from './resolve-index.js';

export type { ResolvedFindings } from './collect-findings.js';
export { collectFindings } from './collect-findings.js';
export { resolveDocument, type DocumentLookup } from './resolve-document.js';
export { createMemoryIndex, type ResolveIndex } from './resolve-index.js';
export { FINDING_KINDS, readFindings, type ExportedClaim, type FindingKind, type FindingsReader } from './read-findings.js';

/**
 * Resolve a corpus of annotated documents into corpus findings, in the order given; sets entity
 * ids on the documents' mentions, quote speakers and quantity claimants.
 */
export function resolveCorpus(docs: readonly NewsDoc[]): ResolvedFindings {
  const index = createMemoryIndex();
  const byId = new Map(docs.map((doc) => [doc.id, doc]));
  for (const doc of docs) resolveDocument(index, doc, (id) => byId.get(id));
  return collectFindings(index);
}
