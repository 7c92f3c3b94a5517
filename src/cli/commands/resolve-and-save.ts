/**
 * After documents were added, bring the store's corpus findings up to date.
 */
import { resolveCorpus } from '../../resolve/index.js';
import type { Store } from '../../store/store.js';

/** Re-resolve the stored corpus and save the findings. */
export function resolveAndSave(store: Store): void {
  store.saveFindings(resolveCorpus([...store.allDocuments()]));
}
