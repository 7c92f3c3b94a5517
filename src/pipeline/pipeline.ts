/**
 * The pipeline: the ordered stage list, frozen before it runs. Stages are listed once, in order,
 * in three literal lists (clean rules, metadata stages, annotate stages); a pipeline may run a
 * subset by name, and an unknown name is an error rather than a silent no-op.
 */
import { ANNOTATE_STAGES } from '../annotate/index.js';
import { applyCleanEdits } from '../clean/apply-edits.js';
import { CLEAN_RULES } from '../clean/index.js';
import { PRE_CLEAN_STAGES, POST_CLEAN_STAGES } from '../ingest/metadata/index.js';
import type { NewsDoc } from '../model/news-doc.js';
import { clearDocMemo, closeDocMemo, openDocMemo } from './doc-memo.js';
import { createError } from './errors.js';
import type { Stage, StageContext } from './stage.js';

/** Every stage, in the order it runs. */
export const ALL_STAGES: readonly Stage[] = Object.freeze([
  ...PRE_CLEAN_STAGES,
  ...CLEAN_RULES,
  ...POST_CLEAN_STAGES,
  ...ANNOTATE_STAGES,
]);

/** Options for {@link createPipeline}. */
export interface PipelineOptions {
  /** Run only these stages (by name or by name prefix such as `clean/`) (optional; default: all). */
  readonly only?: readonly string[];
  /** Leave these stages out (by name or prefix) (optional). */
  readonly skip?: readonly string[];
}

/** What a batch run did to one document: nothing went wrong, or the error its first failing stage threw. */
export type BatchOutcome = { readonly doc: NewsDoc; readonly failed: false } | { readonly doc: NewsDoc; readonly failed: true; readonly error: unknown };

/** A frozen, runnable stage list. */
export interface Pipeline {
  readonly stages: readonly Stage[];
  /** Run every stage on one document, in order. */
  run(doc: NewsDoc, context: StageContext): NewsDoc;
  /**
   * Run every stage on a batch of documents, stage by stage: the first stage on every document,
   * then the next. Each document gets exactly what {@link Pipeline.run} would give it; a document
   * whose stage throws skips its later stages and the others go on. Outcomes are in input order.
   */
  runBatch(docs: readonly NewsDoc[], context: StageContext): BatchOutcome[];
}

/**
 * How many documents {@link Pipeline.runBatch} callers should put in a batch (the per-text caches
 * of the stages, such as the tokens', hold at least twice as many). Note: stage by stage over a
 * batch, each stage's tables, word caches and compiled patterns stay warm in the processor's
 * caches; document by document, the ten annotate stages evict one another (about a fifth slower).
 */
export const BATCH_SIZE = 32;

function runStage(stage: Stage, doc: NewsDoc, context: StageContext): void {
  if (stage.kind === 'clean') applyCleanEdits(doc, stage.name, stage.propose(doc, context));
  else stage.run(doc, context);
  // Note: clean rules change the text and metadata stages the metadata memoised values come from.
  if (stage.kind !== 'extractor' && stage.kind !== 'refiner') clearDocMemo(doc);
}

function selects(pattern: string, stage: Stage): boolean {
  return pattern.endsWith('/') ? stage.name.startsWith(pattern) : stage.name === pattern;
}

function checkNames(patterns: readonly string[]): void {
  for (const pattern of patterns) {
    if (!ALL_STAGES.some((stage) => selects(pattern, stage))) {
      const known = ALL_STAGES.map((stage) => stage.name).join(', ');
      throw createError('UNKNOWN_STAGE', { detail: `no stage is called "${pattern}" (known: ${known})` });
    }
  }
}

/** Build a frozen pipeline from the stage list. */
export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const only = options.only ?? [];
  const skip = options.skip ?? [];
  checkNames([...only, ...skip]);
  return pipelineOf(
    ALL_STAGES.filter(
      (stage) =>
        (only.length === 0 || only.some((pattern) => selects(pattern, stage))) &&
        !skip.some((pattern) => selects(pattern, stage)),
    ),
  );
}

/**
 * A frozen pipeline over a given stage list, in that order (for tools and tests that add a stage of
 * their own; {@link createPipeline} picks from the project's list).
 */
export function pipelineOf(list: readonly Stage[]): Pipeline {
  const stages = Object.freeze([...list]);
  return Object.freeze({
    stages,
    run(doc: NewsDoc, context: StageContext): NewsDoc {
      const opened = openDocMemo(doc);
      try {
        for (const stage of stages) runStage(stage, doc, context);
      } finally {
        if (opened) closeDocMemo(doc);
      }
      return doc;
    },
    runBatch(docs: readonly NewsDoc[], context: StageContext): BatchOutcome[] {
      const opened = docs.map((doc) => openDocMemo(doc));
      const errors = new Map<number, unknown>();
      try {
        for (const stage of stages) {
          for (let index = 0; index < docs.length; index += 1) {
            const doc = docs[index];
            if (doc === undefined || errors.has(index)) continue;
            try {
              runStage(stage, doc, context);
            } catch (error) {
              errors.set(index, error);
            }
          }
        }
      } finally {
        for (let index = 0; index < docs.length; index += 1) {
          const doc = docs[index];
          if (doc !== undefined && opened[index] === true) closeDocMemo(doc);
        }
      }
      return docs.map((doc, index): BatchOutcome => (errors.has(index) ? { doc, failed: true, error: errors.get(index) } : { doc, failed: false }));
    },
  });
}

/** A fresh stage context. */
export function createContext(settings: { referenceDate?: string } = {}): StageContext {
  return settings.referenceDate === undefined
    ? { resources: new Map() }
    : { referenceDate: settings.referenceDate, resources: new Map() };
}
