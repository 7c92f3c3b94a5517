/**
 * Annotate throughput on one core: several thousand articles assembled from the sample corpus and
 * the seeds, annotate stages alone versus the bare tokenizer on the same texts in the same run.
 * Reports docs/s, MB/s, peak memory and the ratio (goal: annotate >= 1/3 of tokenizer speed).
 */
import { emptyLayers } from '../src/model/annotations.js';
import type { NewsDoc } from '../src/model/news-doc.js';
import { tokenize } from '../src/annotate/tokens/tokenize.js';
import { annotateOnly, cleanedCorpus, peakMemoryMiB, timeMedian } from './bench-utils.js';

const TARGET_DOCS = Number(process.env['BENCH_DOCS'] ?? 3000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);

const base = await cleanedCorpus();
if (base.length === 0) throw new Error('no documents to benchmark');
// Note: each copy gets a distinct suffix so that no cache keyed by text can make repeats free.
const docs: NewsDoc[] = Array.from({ length: TARGET_DOCS }, (_, index) => {
  const source = base[index % base.length] as NewsDoc;
  const text = `${source.text}\n\nItem ${index}.`;
  return { ...source, text, layers: emptyLayers(), data: {} };
});
const megabytes = docs.reduce((sum, doc) => sum + Buffer.byteLength(doc.text), 0) / 1024 / 1024;
const annotate = annotateOnly();

const tokenizerMs = timeMedian(RUNS, () => {
  for (const doc of docs) tokenize(`${doc.text} `);
});
const annotateMs = timeMedian(RUNS, () => {
  for (const doc of docs) {
    doc.layers = emptyLayers();
    annotate(doc);
  }
});
const row = (name: string, ms: number): string =>
  `| ${name} | ${(docs.length / (ms / 1000)).toFixed(0)} | ${(megabytes / (ms / 1000)).toFixed(2)} | ${ms.toFixed(0)} |`;
console.log(`${docs.length} documents, ${megabytes.toFixed(1)} MB, median of ${RUNS} runs, one core`);
console.log('| run | docs/s | MB/s | median ms |\n|---|---|---|---|');
console.log(row('bare tokenizer (baseline)', tokenizerMs));
console.log(row('annotate stage', annotateMs));
console.log(`annotate speed / tokenizer speed: ${(tokenizerMs / annotateMs).toFixed(3)} (goal >= 0.333)`);
console.log(`peak memory: ${peakMemoryMiB().toFixed(0)} MiB`);
