/**
 * Test helper: build an annotated document from own-written text, with mentions, quantities,
 * times and quotes placed by the substring they cover.
 */
import type { EntityType, Granularity, Mention, Quantity, Quote, TimeExpression } from '../../src/model/annotations.js';
import { createDoc, type NewsDoc } from '../../src/model/news-doc.js';

const PROVENANCE = { stage: 'annotate', rule: 'test/hand-made', confidence: 1 } as const;

/** What a test document holds. */
export interface DocSpec {
  readonly id: string;
  readonly text: string;
  readonly outlet?: string;
  readonly published?: string;
  readonly mentions?: readonly { readonly text: string; readonly type: EntityType; readonly name?: string; readonly description?: string; readonly occurrence?: number }[];
  readonly quantities?: readonly { readonly text: string; readonly value: number; readonly what: string | null; readonly qualifier?: string; readonly claimantText?: string }[];
  readonly times?: readonly { readonly text: string; readonly value: string; readonly granularity: Granularity }[];
  readonly quotes?: readonly { readonly text: string; readonly speakerText: string }[];
}

function spanOf(text: string, part: string, occurrence = 0): { start: number; end: number; text: string } {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) start = text.indexOf(part, start + 1);
  if (start < 0) throw new Error(`"${part}" is not in the test text`);
  return { start, end: start + part.length, text: part };
}

/** Build the document. */
export function makeDoc(spec: DocSpec): NewsDoc {
  const doc = createDoc({ source: { path: `${spec.id}.txt`, url: null, format: 'text' }, raw: spec.text, hints: {}, hintBasis: 'test' });
  doc.id = spec.id;
  doc.meta.outlet = spec.outlet ?? null;
  doc.meta.published = spec.published === undefined ? { value: null, basis: 'unknown' } : { value: spec.published, basis: 'metadata' };
  doc.layers.mentions = (spec.mentions ?? []).map((entry): Mention => ({
    ...spanOf(spec.text, entry.text, entry.occurrence),
    kind: 'mention',
    type: entry.type,
    name: entry.name ?? entry.text,
    ...(entry.description === undefined ? {} : { description: entry.description }),
    entity: null,
    provenance: PROVENANCE,
  }));
  doc.layers.quantities = (spec.quantities ?? []).map((entry): Quantity => ({
    ...spanOf(spec.text, entry.text),
    kind: 'quantity',
    value: entry.value,
    approximate: entry.qualifier !== undefined,
    ...(entry.qualifier === undefined ? {} : { qualifier: entry.qualifier }),
    what: entry.what,
    claimantText: entry.claimantText ?? null,
    claimant: null,
    provenance: PROVENANCE,
  }));
  doc.layers.times = (spec.times ?? []).map((entry): TimeExpression => ({ ...spanOf(spec.text, entry.text), kind: 'time', value: entry.value, granularity: entry.granularity, provenance: PROVENANCE }));
  doc.layers.quotes = (spec.quotes ?? []).map((entry): Quote => ({ ...spanOf(spec.text, entry.text), kind: 'quote', quoteKind: 'direct', speakerText: entry.speakerText, cue: 'said', speaker: null, provenance: PROVENANCE }));
  return doc;
}
