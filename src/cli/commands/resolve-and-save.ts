/**
 * Bring the store's corpus findings up to date incrementally: only the documents resolve has not
 * seen are resolved, against what the store's resolve index holds, 5,000 per transaction and
 * loaded one at a time; their entity ids are written back to the stored layers. The findings are read from the resolve index
 * (`store.findings()`), so there is nothing else to save: a failure leaves every committed batch
 * whole and the rest unresolved, for the next run.
 */
import { resolveDocument } from '../../resolve/index.js';
import type { Store } from '../../store/store.js';

/**
 * Documents resolved per transaction. Note: each commit writes one page per leaf of the member
 * lists' b-tree that the batch filed into (keys are hashes and ids, so scattered), and the number
 * of those leaves grows with the index until nearly every filing has a leaf of its own: at 60k
 * generated articles, 500 documents wrote 504 KiB per document, 5,000 wrote 176 KiB. The SQLite
 * index holds a transaction's filings in memory and inserts them in key order at commit, so a
 * batch whose dirty pages outgrow the page cache spills each leaf once; and documents are loaded
 * one at a time, so a batch costs no memory for its documents.
 */
export const RESOLVE_BATCH = 5000;

/** Resolve the stored documents that are new since the last run, `batch` per transaction (optional, default {@link RESOLVE_BATCH}); returns how many were resolved. */
export function resolveAndSave(store: Store, batch = RESOLVE_BATCH): number {
  const index = store.resolveIndex();
  let resolved = 0;
  const documents = store.unresolvedDocuments()[Symbol.iterator]();
  let finished = false;
  while (!finished) {
    index.transaction(() => {
      for (let taken = 0; taken < batch; taken += 1) {
        const next = documents.next();
        if (next.done === true) {
          finished = true;
          return;
        }
        if (!resolveDocument(index, next.value, (id) => store.documentSentences(id))) continue;
        store.updateLayers(next.value);
        resolved += 1;
      }
    });
  }
  return resolved;
}
