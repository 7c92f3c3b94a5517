/**
 * The quantities stage: finds the numbers of the text and gives each its claimant, the speaker of
 * the innermost quote or reported speech holding it that has a speaker ("X claimed that 19 people
 * died" -> X; "..., according to the ministry" -> the ministry); a number in no attributed quote
 * is the outlet's own (claimantText null). Runs after annotate/quotes and reads its layer.
 */
import type { Quantity, Quote } from '../../model/annotations.js';
import type { NewsDoc } from '../../model/news-doc.js';
import type { DocStage } from '../../pipeline/stage.js';
import { tokenize } from '../tokens/tokenize.js';
import { findQuantities, type QuantityDraft } from './find-quantities.js';

function claimantOf(draft: QuantityDraft, quotes: readonly Quote[]): string | null {
  let best: Quote | undefined;
  for (const quote of quotes) {
    if (quote.speakerText === null || draft.numberStart < quote.start || draft.numberStart >= quote.end) continue;
    if (best === undefined || quote.end - quote.start < best.end - best.start) best = quote;
  }
  return best?.speakerText ?? null;
}

/** Find the quantities of a document, with claimants from its quotes layer. */
export function findDocumentQuantities(doc: NewsDoc): Quantity[] {
  return findQuantities(doc.text, tokenize(doc.text)).map((draft): Quantity => {
    const claimantText = claimantOf(draft, doc.layers.quotes);
    return {
      kind: 'quantity',
      start: draft.start,
      end: draft.end,
      text: doc.text.slice(draft.start, draft.end),
      value: draft.value,
      ...(draft.low === undefined ? {} : { low: draft.low }),
      ...(draft.high === undefined ? {} : { high: draft.high }),
      approximate: draft.approximate,
      ...(draft.qualifier === undefined ? {} : { qualifier: draft.qualifier }),
      what: draft.what,
      claimantText,
      claimant: null,
      provenance: { stage: 'annotate', rule: draft.rule, confidence: draft.confidence, ...(claimantText === null ? {} : { inferred: ['claimantText'] }) },
    };
  });
}

/** The quantities stage (`annotate/quantities`). */
export const quantitiesStage: DocStage = {
  kind: 'extractor',
  name: 'annotate/quantities',
  run(doc) {
    doc.layers.quantities = findDocumentQuantities(doc);
  },
};
