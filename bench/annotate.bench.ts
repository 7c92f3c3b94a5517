/**
 * Annotate throughput on one core: several thousand articles assembled from the sample corpus and
 * the seeds, annotate stages alone versus the bare tokenizer on the same texts in the same run.
 * Reports docs/s, MB/s, peak memory and the ratio (goal: annotate >= 1/3 of tokenizer speed),
 * by CPU time (the figure that holds on a shared machine) and by the wall clock.
 * `BENCH_DOCS` (default: 3000), `BENCH_RUNS` (default: 5), `BENCH_STAGES=1` adds CPU time per stage,
 * `BENCH_RETAIN=1` keeps every annotated document's layers until the run ends (see below). The
 * annotate stages run as `sitrep ingest` and `analyze` run them, stage by stage over batches of
 * `BATCH_SIZE` documents; a document-by-document run is reported beside it.
 *
 * Note: both sides are treated alike. The tokenizer's tokens are dropped as soon as a text is done,
 * and so, by default, are a document's annotation layers once they are counted (as in `sitrep
 * ingest`, which stores a document and lets it go). Holding thousands of annotated documents
 * alive would charge the garbage collector's work on a large old heap to the annotate side only;
 * `BENCH_RETAIN=1` measures that case too. The runs alternate (tokenizer, annotate, tokenizer,
 * ...) so that a change in the machine's load falls on both sides.
 */
import { emptyLayers } from '../src/model/annotations.js';
import type { NewsDoc } from '../src/model/news-doc.js';
import { tokenize } from '../src/annotate/tokens/tokenize.js';
import { BATCH_SIZE } from '../src/pipeline/pipeline.js';
import { alternateMedians, annotateBatches, annotateOnly, cleanedCorpus, type Medians, peakMemoryMiB, timeStages } from './bench-utils.js';

const TARGET_DOCS = Number(process.env['BENCH_DOCS'] ?? 3000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const RETAIN = process.env['BENCH_RETAIN'] === '1';
const STAGES = process.env['BENCH_STAGES'] === '1';

const base = await cleanedCorpus();
if (base.length === 0) throw new Error('no documents to benchmark');
// Note: each copy gets a distinct suffix so that no cache keyed by text can make repeats free. The
// copy is joined, not concatenated: a concatenated string is held by V8 as a tree of parts (a
// rope), which every character read walks, while the cleaner hands the annotate stages a joined,
// flat text (`applyEdits`); a rope made the bench's stages pay a cost real input does not have.
const docs: NewsDoc[] = Array.from({ length: TARGET_DOCS }, (_, index) => {
  const source = base[index % base.length] as NewsDoc;
  const text = [source.text, `\n\nItem ${index}.`].join('');
  return { ...source, text, layers: emptyLayers(), data: {} };
});
const megabytes = docs.reduce((sum, doc) => sum + Buffer.byteLength(doc.text), 0) / 1024 / 1024;
const annotate = annotateOnly();
const annotateBatch = annotateBatches();

let checksum = 0;
const countLayers = (doc: NewsDoc): number => Object.values(doc.layers).reduce((sum, layer: readonly unknown[]) => sum + layer.length, 0);
const [tokenizer, annotated, oneByOne] = alternateMedians(RUNS, [
  () => {
    for (const doc of docs) checksum += tokenize(`${doc.text} `).length;
  },
  () => {
    for (let start = 0; start < docs.length; start += BATCH_SIZE) {
      const batch = docs.slice(start, start + BATCH_SIZE);
      for (const doc of batch) doc.layers = emptyLayers();
      annotateBatch(batch);
      for (const doc of batch) {
        checksum += countLayers(doc);
        if (!RETAIN) doc.layers = emptyLayers();
      }
    }
  },
  () => {
    for (const doc of docs) {
      doc.layers = emptyLayers();
      annotate(doc);
      checksum += countLayers(doc);
      if (!RETAIN) doc.layers = emptyLayers();
    }
  },
]) as [Medians, Medians, Medians];
const row = (name: string, times: Medians): string =>
  `| ${name} | ${(docs.length / (times.cpuMs / 1000)).toFixed(0)} | ${(megabytes / (times.cpuMs / 1000)).toFixed(2)} | ${times.cpuMs.toFixed(0)} | ${times.wallMs.toFixed(0)} |`;
console.log(`${docs.length} documents, ${megabytes.toFixed(1)} MB, median of ${RUNS} runs, one core`);
console.log('| run | docs/s (CPU) | MB/s (CPU) | median CPU ms | median wall ms |\n|---|---|---|---|---|');
console.log(row('bare tokenizer (baseline)', tokenizer));
console.log(row(`annotate stage (batches of ${BATCH_SIZE}, stage by stage, as ingest and analyze run)`, annotated));
console.log(row('annotate stage, document by document', oneByOne));
console.log(`annotate speed / tokenizer speed: ${(tokenizer.cpuMs / annotated.cpuMs).toFixed(3)} by CPU time, ${(tokenizer.wallMs / annotated.wallMs).toFixed(3)} by wall clock (goal >= 0.333)`);
console.log(`peak memory: ${peakMemoryMiB().toFixed(0)} MiB (annotated layers ${RETAIN ? 'kept until the end' : 'dropped once counted'}; checksum ${checksum})`);
if (STAGES) {
  const totals = timeStages(
    docs,
    (doc) => {
      doc.layers = emptyLayers();
    },
    (doc) => {
      checksum += countLayers(doc);
      if (!RETAIN) doc.layers = emptyLayers();
    },
  );
  console.log('\n| stage | CPU ms | share | x tokenizer |\n|---|---|---|---|');
  const sum = [...totals.values()].reduce((total, ms) => total + ms, 0);
  for (const [name, ms] of totals) {
    console.log(`| ${name} | ${ms.toFixed(0)} | ${((100 * ms) / sum).toFixed(1)}% | ${(ms / tokenizer.cpuMs).toFixed(2)} |`);
  }
}
