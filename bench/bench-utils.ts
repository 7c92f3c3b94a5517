/**
 * Shared benchmark helpers: medians over repeated runs, peak memory, and a corpus assembled from
 * the sample corpus and the seeds.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeSources } from '../src/cli/commands/analyze.js';
import type { NewsDoc } from '../src/model/news-doc.js';
import { createContext, createPipeline } from '../src/pipeline/pipeline.js';

/** Median of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Time a function `runs` times; returns the median in milliseconds. */
export function timeMedian(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = process.hrtime.bigint();
    work();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(times);
}

/** Peak resident memory of this process so far, in MiB. */
export function peakMemoryMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** The sample corpus and, when present, the seeds, cleaned (annotate layers emptied). */
export async function cleanedCorpus(): Promise<NewsDoc[]> {
  const sources = [fileURLToPath(new URL('../examples/corpus/', import.meta.url))];
  const seeds = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));
  if (existsSync(seeds)) sources.push(seeds);
  const { docs } = await analyzeSources(sources, { quiet: true });
  return [...docs];
}

/** Run only the annotate stages on a document (its cleaned text is kept). */
export function annotateOnly(): (doc: NewsDoc) => void {
  const pipeline = createPipeline({ only: ['annotate/'] });
  const context = createContext();
  return (doc) => {
    pipeline.run(doc, context);
  };
}
