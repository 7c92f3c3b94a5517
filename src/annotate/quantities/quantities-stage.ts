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

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function toQuantity(text: string, draft: QuantityDraft, quotes: readonly Quote[]): Quantity {
  const claimantText = claimantOf(draft, quotes);
  // Note: built without spreads (cheaper), the keys set in the order the spreads gave them.
  const quantity: Mutable<Quantity> = { kind: 'quantity', start: draft.start, end: draft.end, text: text.slice(draft.start, draft.end), value: draft.value } as Mutable<Quantity>;
  if (draft.low !== undefined) quantity.low = draft.low;
  if (draft.high !== undefined) quantity.high = draft.high;
  quantity.approximate = draft.approximate;
  if (draft.qualifier !== undefined) quantity.qualifier = draft.qualifier;
  quantity.what = draft.what;
  quantity.claimantText = claimantText;
  quantity.claimant = null;
  quantity.provenance = claimantText === null ? { stage: 'annotate', rule: draft.rule, confidence: draft.confidence } : { stage: 'annotate', rule: draft.rule, confidence: draft.confidence, inferred: ['claimantText'] };
  return quantity;
}

/** Find the quantities of a document, with claimants from its quotes layer. */
export function findDocumentQuantities(doc: NewsDoc): Quantity[] {
  const quantities: Quantity[] = [];
  for (const draft of findQuantities(doc.text, tokenize(doc.text))) quantities.push(toQuantity(doc.text, draft, doc.layers.quotes));
  return quantities;
}

/** The quantities stage (`annotate/quantities`). */
export const quantitiesStage: DocStage = {
  kind: 'extractor',
  name: 'annotate/quantities',
  run(doc) {
    doc.layers.quantities = findDocumentQuantities(doc);
  },
};
