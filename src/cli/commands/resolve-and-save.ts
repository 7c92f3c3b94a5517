/**
 * Bring the store's corpus findings up to date incrementally: only the documents resolve has not
 * seen are resolved, against what the store's resolve index holds, 500 per transaction; their
 * entity ids are written back to the stored layers. The findings are read from the resolve index
 * (`store.findings()`), so there is nothing else to save: a failure leaves every committed batch
 * whole and the rest unresolved, for the next run.
 */
import type { NewsDoc } from '../../model/news-doc.js';
import { resolveDocument } from '../../resolve/index.js';
import type { Store } from '../../store/store.js';

/** Documents resolved per transaction. */
const BATCH = 500;

/** Resolve the stored documents that are new since the last run; returns how many were resolved. */
export function resolveAndSave(store: Store): number {
  const index = store.resolveIndex();
  let resolved = 0;
  let batch: NewsDoc[] = [];
  // Note: one commit per batch instead of per document: the resolve index's b-trees take their inserts at random keys,
  // so a commit writes about one page per filed member, and a bigger batch shares more of those pages (500 documents
  // with the 256 MiB page cache wrote 36% fewer bytes than 100 on 30k generated articles).
  const flush = (): void => {
    const docs = batch;
    batch = [];
    index.transaction(() => {
      for (const doc of docs) {
        if (!resolveDocument(index, doc, (id) => store.documentSentences(id))) continue;
        store.updateLayers(doc);
        resolved += 1;
      }
    });
  };
  for (const doc of store.unresolvedDocuments()) {
    batch.push(doc);
    if (batch.length >= BATCH) flush();
  }
  flush();
  return resolved;
}
