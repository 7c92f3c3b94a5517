/**
 * Resolve: what only the corpus as a whole can tell (entities across documents, stories,
 * duplicates, claims, conflicts, timeline). Refiners over the corpus, run after annotate.
 */
import type { CorpusFindings } from '../export/analysis-export.js';
import { NO_FINDINGS } from '../export/analysis-export.js';
import type { NewsDoc } from '../model/news-doc.js';

/** Resolve a corpus of annotated documents into corpus findings. */
export function resolveCorpus(docs: readonly NewsDoc[]): CorpusFindings {
  return docs.length === 0 ? NO_FINDINGS : { ...NO_FINDINGS };
}
