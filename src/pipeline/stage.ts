/**
 * Stage contracts. A clean rule proposes offset-preserving edits on the current text; a document
 * stage reads and writes the document (extractors add annotations, refiners rework a layer).
 */
import type { NewsDoc } from '../model/news-doc.js';
import type { TextEdit } from '../model/offset-map.js';

/** Settings every stage may read. */
export interface StageContext {
  /** Reference date for relative expressions when a document has none (optional, ISO date). */
  readonly referenceDate?: string;
  /** Shared, lazily loaded resources (lexicons, models, gazetteer), keyed by name. */
  readonly resources: Map<string, unknown>;
}

/** What a clean edit does, which decides what is recorded. */
export const EDIT_KINDS = ['remove', 'repair', 'normalise'] as const;
/** A clean edit kind. */
export type EditKind = (typeof EDIT_KINDS)[number];

/** An edit a clean rule proposes, against the document's current text. */
export interface CleanEdit extends TextEdit {
  readonly kind: EditKind;
  /** Why, for a reader: 'photo credit', 'newsletter prompt'. */
  readonly reason: string;
  /** Scripts of the look-alike letters, for a repair (optional). */
  readonly scripts?: readonly string[];
}

/** A cleaning rule: reads the current text, proposes edits; the pipeline applies and records them. */
export interface CleanRule {
  readonly kind: 'clean';
  /** Rule id, e.g. `clean/photo-credit`. */
  readonly name: string;
  propose(doc: NewsDoc, context: StageContext): readonly CleanEdit[];
}

/** A stage that works on the whole document after cleaning. */
export interface DocStage {
  /** `extractor` proposes annotations; `refiner` reworks what extractors proposed; `meta` fills metadata. */
  readonly kind: 'extractor' | 'refiner' | 'meta';
  /** Stage id, e.g. `annotate/quotes`. */
  readonly name: string;
  run(doc: NewsDoc, context: StageContext): void;
}

/** Any stage. */
export type Stage = CleanRule | DocStage;
