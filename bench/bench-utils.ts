/**
 * Shared benchmark helpers: medians over repeated runs, peak memory, and a corpus assembled from
 * the sample corpus and the seeds.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeSources } from '../src/cli/commands/analyze.js';
import type { NewsDoc } from '../src/model/news-doc.js';
import { closeDocMemo, openDocMemo } from '../src/pipeline/doc-memo.js';
import { BATCH_SIZE, createContext, createPipeline } from '../src/pipeline/pipeline.js';

/** Median of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Time a function `runs` times; returns the median in milliseconds. */
export function timeMedian(runs: number, work: () => void): number {
  return timeMedians(runs, work).wallMs;
}

/** Median wall-clock and CPU (user + system) milliseconds of a function run `runs` times. */
export interface Medians {
  readonly wallMs: number;
  readonly cpuMs: number;
}

/**
 * Time a function `runs` times, by the wall clock and by this process's CPU time. Note: on a
 * shared machine the wall clock also counts time other processes held the core; CPU time does not.
 */
export function timeMedians(runs: number, work: () => void): Medians {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = process.hrtime.bigint();
    const startedCpu = process.cpuUsage();
    work();
    const used = process.cpuUsage(startedCpu);
    wall.push(Number(process.hrtime.bigint() - started) / 1e6);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wallMs: median(wall), cpuMs: median(cpu) };
}

/**
 * Time several functions over `runs` rounds, one call of each per round in turn, and return each
 * one's medians: a change in the machine's load during the run falls on all of them alike.
 */
export function alternateMedians(runs: number, works: readonly (() => void)[]): Medians[] {
  const samples = works.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
  for (let run = 0; run < runs; run += 1) {
    works.forEach((work, index) => {
      const started = process.hrtime.bigint();
      const startedCpu = process.cpuUsage();
      work();
      const used = process.cpuUsage(startedCpu);
      samples[index]?.wall.push(Number(process.hrtime.bigint() - started) / 1e6);
      samples[index]?.cpu.push((used.user + used.system) / 1000);
    });
  }
  return samples.map((sample) => ({ wallMs: median(sample.wall), cpuMs: median(sample.cpu) }));
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

/** Run only the annotate stages on a batch of documents, stage by stage, as `sitrep ingest` and `analyze` do (their cleaned texts are kept). */
export function annotateBatches(): (docs: readonly NewsDoc[]) => void {
  const pipeline = createPipeline({ only: ['annotate/'] });
  const context = createContext();
  return (docs) => {
    for (const outcome of pipeline.runBatch(docs, context)) if (outcome.failed) throw outcome.error;
  };
}

/** Run only the annotate stages on a document (its cleaned text is kept). */
export function annotateOnly(): (doc: NewsDoc) => void {
  const pipeline = createPipeline({ only: ['annotate/'] });
  const context = createContext();
  return (doc) => {
    pipeline.run(doc, context);
  };
}

/**
 * Run the annotate stages over the documents in batches of `BATCH_SIZE`, stage by stage as the
 * pipeline's batch run does, and return the total CPU milliseconds spent in each stage (in run
 * order). `reset` runs before a batch's stages on each of its documents, `done` after.
 */
export function timeStages(docs: readonly NewsDoc[], reset: (doc: NewsDoc) => void, done: (doc: NewsDoc) => void = () => undefined): Map<string, number> {
  const pipeline = createPipeline({ only: ['annotate/'] });
  const context = createContext();
  const totals = new Map<string, number>(pipeline.stages.map((stage) => [stage.name, 0]));
  for (let start = 0; start < docs.length; start += BATCH_SIZE) {
    const batch = docs.slice(start, start + BATCH_SIZE);
    for (const doc of batch) {
      reset(doc);
      // Note: as in a pipeline run, values memoised for a document are shared by its stages.
      openDocMemo(doc);
    }
    for (const stage of pipeline.stages) {
      if (stage.kind === 'clean') continue;
      const started = process.cpuUsage();
      for (const doc of batch) stage.run(doc, context);
      const used = process.cpuUsage(started);
      totals.set(stage.name, (totals.get(stage.name) ?? 0) + (used.user + used.system) / 1000);
    }
    for (const doc of batch) {
      closeDocMemo(doc);
      done(doc);
    }
  }
  return totals;
}
