import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ingestSources, type IngestItem } from '../../src/ingest/ingest.js';
import { createDoc, type NewsDoc } from '../../src/model/news-doc.js';
import { createContext, createPipeline, pipelineOf } from '../../src/pipeline/pipeline.js';
import type { DocStage } from '../../src/pipeline/stage.js';
import { processItem, processItems } from '../../src/cli/process-sources.js';
import { CORPUS_DIR, HAS_SHARED, SHARED_DIR } from '../corpus/read-corpus.js';

async function inputs(): Promise<IngestItem[]> {
  const sources = [CORPUS_DIR, ...(HAS_SHARED ? [`${SHARED_DIR}seeds/`] : [])];
  const items: IngestItem[] = [];
  for await (const item of ingestSources(sources, {})) items.push(item);
  return items;
}

/** What a run decides about a document, as plain data, for a deep comparison (offsets as raw positions of every text position). */
function plain(doc: NewsDoc): unknown {
  const positions = Array.from({ length: doc.text.length + 1 }, (_, at) => doc.offsets.toRaw(at));
  return JSON.parse(JSON.stringify({ id: doc.id, text: doc.text, meta: doc.meta, cleaning: doc.cleaning, layers: doc.layers, diagnostics: doc.diagnostics, positions }));
}

describe('Pipeline.runBatch', () => {
  it('gives every document of the corpus and the seeds exactly what run gives it, in batches of any size', async () => {
    const items = await inputs();
    assert.ok(items.length >= 17, `corpus read (${items.length} inputs)`);
    const pipeline = createPipeline();
    const oneByOne = items.map((item) => processItem(item, pipeline, createContext()));
    for (const size of [1, 5, 32]) {
      const batched = [];
      for (let start = 0; start < items.length; start += size) batched.push(...processItems(items.slice(start, start + size), pipeline, createContext()));
      assert.equal(batched.length, oneByOne.length);
      batched.forEach((result, index) => {
        const expected = oneByOne[index];
        assert.equal(result.kind, expected?.kind, `item ${index}`);
        if (result.kind === 'doc' && expected?.kind === 'doc') assert.deepEqual(plain(result.doc), plain(expected.doc), `batch size ${size}, item ${index}`);
      });
    }
  });

  it('negative: a document whose stage throws skips its later stages; the others in the batch go on', () => {
    const seen: string[] = [];
    const fragile: DocStage = {
      kind: 'extractor',
      name: 'annotate/fragile',
      run(doc) {
        if (doc.text.includes('explode')) throw new Error('cannot read this one');
      },
    };
    const after: DocStage = { kind: 'refiner', name: 'annotate/after', run: (doc) => void seen.push(doc.text) };
    const pipeline = pipelineOf([...createPipeline({ only: ['annotate/sentences'] }).stages, fragile, after]);
    const docs = ['The ferry left at dawn.', 'This one will explode.', 'The bridge reopened.'].map((raw) => createDoc({ source: { path: null, url: null, format: 'text' }, raw, hints: {}, hintBasis: 'test' }));
    const outcomes = pipeline.runBatch(docs, createContext());
    assert.deepEqual(outcomes.map((outcome) => outcome.failed), [false, true, false]);
    assert.deepEqual(seen, ['The ferry left at dawn.', 'The bridge reopened.']);
    const failedOutcome = outcomes[1];
    assert.ok(failedOutcome?.failed === true && failedOutcome.error instanceof Error && failedOutcome.error.message === 'cannot read this one');
    assert.equal(docs[0]?.layers.sentences.length, 1, 'the stage before the failure ran on every document');
  });
});
