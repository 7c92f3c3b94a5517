/**
 * Helpers for the clean tests: a fresh plain-text document, one rule applied the way the pipeline
 * applies it, and the whole clean stage.
 */
import { applyCleanEdits } from '../../src/clean/apply-edits.js';
import { createDoc, type MetaHints, type NewsDoc } from '../../src/model/news-doc.js';
import { createContext, createPipeline } from '../../src/pipeline/pipeline.js';
import type { CleanRule } from '../../src/pipeline/stage.js';

/** A plain-text document with the given raw text and metadata hints. */
export function plainDoc(raw: string, hints: MetaHints = {}): NewsDoc {
  return createDoc({ source: { path: null, url: null, format: 'text' }, raw, hints, hintBasis: 'test' });
}

/** Apply one rule to a fresh document and return it. */
export function runRule(rule: CleanRule, raw: string, hints: MetaHints = {}): NewsDoc {
  const doc = plainDoc(raw, hints);
  applyCleanEdits(doc, rule.name, rule.propose(doc, createContext()));
  return doc;
}

/** Run every clean rule (and only those) on a fresh document. */
export function runClean(raw: string, hints: MetaHints = {}): NewsDoc {
  const doc = plainDoc(raw, hints);
  createPipeline({ only: ['clean/'] }).run(doc, createContext());
  return doc;
}

/** The reasons recorded for a document's removals, in order. */
export function reasons(doc: NewsDoc): string[] {
  return doc.cleaning.removed.map((removal) => removal.reason);
}
