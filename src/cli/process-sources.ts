/**
 * The shared path of `ingest` and `analyze`: read every source, run the pipeline on each input,
 * and hand back documents and errors one by one. A failure in one document never stops the batch.
 */
import { createDoc, type NewsDoc } from '../model/news-doc.js';
import { ingestSources, type IngestItem, type IngestOptions } from '../ingest/ingest.js';
import { createError, isSitrepError, type SitrepError } from '../pipeline/errors.js';
import { BATCH_SIZE, createContext, createPipeline, type Pipeline } from '../pipeline/pipeline.js';
import type { StageContext } from '../pipeline/stage.js';

/** One processed item. */
export type Processed = { readonly kind: 'doc'; readonly doc: NewsDoc } | { readonly kind: 'error'; readonly error: SitrepError };

/** Options for {@link processSources}. */
export interface ProcessOptions extends IngestOptions {
  /** The pipeline to run (default: every stage). */
  readonly pipeline?: Pipeline;
  /** The stage context (default: a fresh one). */
  readonly context?: StageContext;
  /** Reads standard input when a source is `-` (optional). */
  readonly stdin?: () => Promise<string | Uint8Array>;
}

function labelOf(doc: NewsDoc): string {
  const base = doc.source.path ?? doc.source.url ?? '<stdin>';
  return doc.source.record === undefined ? base : `${base}#${doc.source.record + 1}`;
}

function failure(doc: NewsDoc, error: unknown): Processed {
  return { kind: 'error', error: isSitrepError(error) ? error : createError('UNSUPPORTED_FORMAT', { file: labelOf(doc), detail: `processing failed: ${error instanceof Error ? error.message : String(error)}`, cause: error }) };
}

function finished(doc: NewsDoc): Processed {
  if (doc.text.trim().length === 0) return { kind: 'error', error: createError('NO_ARTICLE', { file: labelOf(doc), detail: 'nothing was left after cleaning' }) };
  return { kind: 'doc', doc };
}

/** Run the pipeline on one ingested item; a failure becomes an error naming the input. */
export function processItem(item: IngestItem, pipeline: Pipeline, context: StageContext): Processed {
  if (item.kind === 'error') return item;
  const doc = createDoc(item.input);
  try {
    pipeline.run(doc, context);
  } catch (error) {
    return failure(doc, error);
  }
  return finished(doc);
}

/** Run the pipeline on a batch of ingested items, stage by stage (see `Pipeline.runBatch`); results in input order. */
export function processItems(items: readonly IngestItem[], pipeline: Pipeline, context: StageContext): Processed[] {
  const docs: NewsDoc[] = [];
  for (const item of items) if (item.kind !== 'error') docs.push(createDoc(item.input));
  const outcomes = pipeline.runBatch(docs, context);
  let next = 0;
  return items.map((item): Processed => {
    if (item.kind === 'error') return item;
    const outcome = outcomes[next];
    next += 1;
    if (outcome === undefined) throw new Error('a batch lost a document');
    return outcome.failed ? failure(outcome.doc, outcome.error) : finished(outcome.doc);
  });
}

/** Ingest and run the pipeline over every source, in batches of `BATCH_SIZE` items. */
export async function* processSources(sources: readonly string[], options: ProcessOptions = {}): AsyncGenerator<Processed> {
  const pipeline = options.pipeline ?? createPipeline();
  const context = options.context ?? createContext();
  let batch: IngestItem[] = [];
  for await (const item of ingestSources(sources, options, options.stdin)) {
    batch.push(item);
    if (batch.length < BATCH_SIZE) continue;
    yield* processItems(batch, pipeline, context);
    batch = [];
  }
  yield* processItems(batch, pipeline, context);
}

/** Read all of standard input as bytes (decoded and checked like a file by ingest). */
export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
