/**
 * Test helpers for the attribution tests: a document made from a sample text, with sentences
 * split and (optionally) a hand-made mentions layer.
 */
import type { EntityType, Mention } from '../../src/model/annotations.js';
import { createDoc, type NewsDoc } from '../../src/model/news-doc.js';
import { sentenceStage } from '../../src/annotate/tokens/sentences.js';
import { createContext } from '../../src/pipeline/pipeline.js';

/** A document for a sample text, with its sentences layer filled. */
export function sampleDoc(text: string): NewsDoc {
  const doc = createDoc({ source: { path: null, url: null, format: 'text' }, raw: text, hints: {}, hintBasis: 'test' });
  sentenceStage.run(doc, createContext());
  return doc;
}

/** A hand-made mention of the first occurrence of `surface` in the text. */
export function mentionOf(text: string, surface: string, type: EntityType): Mention {
  const start = text.indexOf(surface);
  if (start < 0) throw new Error(`"${surface}" is not in the sample`);
  return { kind: 'mention', start, end: start + surface.length, text: surface, type, name: surface, entity: null, provenance: { stage: 'annotate', rule: 'test/hand-made', confidence: 1 } };
}
