/**
 * Resolve at scale: time and peak memory to resolve 1k and 10k generated articles (100k with
 * `--full`) through the SQLite store the way `sitrep ingest` does it (documents stored, then
 * `resolveAndSave`, then every finding read back as `sitrep export` streams them), and in memory
 * the way `sitrep analyze` does it (every document kept, findings built whole). Each run is its
 * own child process, so its peak RSS is its own. Prints one table: documents, wall and CPU time,
 * per-document time, peak RSS and the ratio per 10x (near 10 means linear); then, per run, the
 * CPU per document of each tenth of the documents resolved (the marginal cost: whether it keeps
 * rising with the corpus or levels off, read from one run, so less at the mercy of machine load
 * than a ratio of two runs).
 *
 * Articles come from the sample corpus by default (bench/corpus-articles.ts: sentences of the
 * annotated sample articles recombined, with names, numbers and dates of each story);
 * `--generator template` uses the templated articles of bench/synthetic-articles.ts instead
 * (`--repeating` for their short name lists). Options: `--full` adds 100k; `--backend
 * memory|sqlite` runs one backend; `--sizes 1000,5000` picks the sizes; `--keep <folder>` keeps
 * each run's database there (named by size).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RESOLVE_BATCH, resolveAndSave } from '../src/cli/commands/resolve-and-save.js';
import type { NewsDoc } from '../src/model/news-doc.js';
import { collectFindings, createMemoryIndex, FINDING_KINDS, resolveDocument } from '../src/resolve/index.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Store } from '../src/store/store.js';
import { corpusGenerator, type SourceCorpus } from './corpus-articles.js';
import { templateArticle, type Naming } from './synthetic-articles.js';

const BACKENDS = ['sqlite', 'memory'] as const;
type Backend = (typeof BACKENDS)[number];
type Generator = 'corpus' | 'template' | 'repeating';

/** What one run measured. */
interface RunResult {
  readonly backend: Backend;
  readonly size: number;
  /** Seconds to generate and store the documents (SQLite) or to generate them (memory). */
  readonly storeSeconds: number;
  /** Seconds to resolve them (SQLite: `resolveAndSave`; memory: resolve and build the findings). */
  readonly resolveSeconds: number;
  /** CPU seconds (user + system) of the resolve step. */
  readonly resolveCpu: number;
  /** System CPU seconds of the resolve step (SQLite's reads and writes of pages go through the kernel). */
  readonly resolveSystem: number;
  /** Seconds to read every finding back, one at a time (SQLite only). */
  readonly readSeconds: number;
  readonly peakMiB: number;
  /** Database size in MiB after the run (SQLite only). */
  readonly databaseMiB: number;
  /** How many findings of each kind. */
  readonly counts: Readonly<Record<string, number>>;
  /** CPU milliseconds per document of each tenth of the documents, in the order resolved. */
  readonly tenths: readonly number[];
}

/** CPU marks at every tenth of `size` documents handed out, and after the last (`marks` is filled as it runs). */
function markTenths(size: number, marks: number[]): <T>(documents: Iterable<T>) => IterableIterator<T> {
  const tenth = Math.max(1, Math.floor(size / 10));
  return function* mark<T>(documents: Iterable<T>): IterableIterator<T> {
    let handed = 0;
    for (const doc of documents) {
      if (handed % tenth === 0) marks.push(cpuSeconds());
      handed += 1;
      yield doc;
    }
    marks.push(cpuSeconds());
  };
}

/** Milliseconds per document between successive marks of tenths of `size` documents. */
function perTenth(size: number, marks: readonly number[]): number[] {
  const tenth = Math.max(1, Math.floor(size / 10));
  const out: number[] = [];
  for (let at = 1; at < marks.length; at += 1) {
    const documents = Math.min(tenth, size - (at - 1) * tenth);
    if (documents > 0) out.push((((marks[at] ?? 0) - (marks[at - 1] ?? 0)) * 1000) / documents);
  }
  return out;
}

function cpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

function systemSeconds(): number {
  return process.cpuUsage().system / 1e6;
}

function articles(generator: Generator, sourceFile: string | undefined): (index: number) => NewsDoc {
  if (generator !== 'corpus') {
    const naming: Naming = generator === 'repeating' ? 'repeating' : 'distinct';
    return (index) => templateArticle(index, naming);
  }
  if (sourceFile === undefined) throw new Error('the corpus generator needs the annotated sample corpus');
  const prepared = corpusGenerator(JSON.parse(readFileSync(sourceFile, 'utf8')) as SourceCorpus);
  return (index) => prepared.article(index);
}

function runMemory(size: number, article: (index: number) => NewsDoc): RunResult {
  const started = performance.now();
  const docs = new Map<string, NewsDoc>();
  for (let position = 0; position < size; position += 1) {
    const doc = article(position);
    docs.set(doc.id, doc);
  }
  const generated = performance.now();
  const cpu = cpuSeconds();
  const system = systemSeconds();
  const index = createMemoryIndex();
  const marks: number[] = [];
  for (const doc of markTenths(size, marks)(docs.values())) resolveDocument(index, doc, (id) => docs.get(id));
  const findings = collectFindings(index);
  const counts = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, findings[kind].length]));
  return {
    backend: 'memory',
    size,
    storeSeconds: (generated - started) / 1000,
    resolveSeconds: (performance.now() - generated) / 1000,
    resolveCpu: cpuSeconds() - cpu,
    resolveSystem: systemSeconds() - system,
    readSeconds: 0,
    peakMiB: process.resourceUsage().maxRSS / 1024,
    databaseMiB: 0,
    counts,
    tenths: perTenth(size, marks),
  };
}

function runSqlite(size: number, article: (index: number) => NewsDoc, keep: string | undefined): RunResult {
  const file = keep === undefined ? join(tmpdir(), `sitrep-resolve-bench-${process.pid}.db`) : join(keep, `resolve-${size}.db`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  const store = openSqliteStore(file);
  try {
    const started = performance.now();
    for (let position = 0; position < size; position += 1) store.putDocument(article(position));
    const stored = performance.now();
    const cpu = cpuSeconds();
    const system = systemSeconds();
    const marks: number[] = [];
    const mark = markTenths(size, marks);
    // Note: the store as resolveAndSave sees it, but handing out its unresolved documents through the marks.
    const marked: Store = Object.create(store, { unresolvedDocuments: { value: () => mark(store.unresolvedDocuments()) } }) as Store;
    resolveAndSave(marked);
    const resolved = performance.now();
    const resolveCpu = cpuSeconds() - cpu;
    const resolveSystem = systemSeconds() - system;
    const findings = store.findings();
    const counts: Record<string, number> = {};
    for (const kind of FINDING_KINDS) {
      let count = 0;
      for (const _item of findings[kind]()) count += 1;
      counts[kind] = count;
    }
    const read = performance.now();
    const databaseMiB = ['', '-wal'].reduce((sum, suffix) => sum + (statSync(`${file}${suffix}`, { throwIfNoEntry: false })?.size ?? 0) / 2 ** 20, 0);
    return {
      backend: 'sqlite',
      size,
      storeSeconds: (stored - started) / 1000,
      resolveSeconds: (resolved - stored) / 1000,
      resolveCpu,
      resolveSystem,
      readSeconds: (read - resolved) / 1000,
      peakMiB: process.resourceUsage().maxRSS / 1024,
      databaseMiB,
      counts,
      tenths: perTenth(size, marks),
    };
  } finally {
    store.close();
    if (keep === undefined) for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  }
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
}

function isBackend(value: string | undefined): value is Backend {
  return value === 'memory' || value === 'sqlite';
}

function ratio(value: number, previous: number | undefined): string {
  return previous === undefined || previous === 0 ? '' : `x${(value / previous).toFixed(1)}`;
}

const one = option('--one');
if (one !== undefined) {
  const [backend, sizeText, generatorText] = one.split(':');
  if (!isBackend(backend)) throw new Error(`unknown backend in --one ${one}`);
  const generator: Generator = generatorText === 'template' || generatorText === 'repeating' ? generatorText : 'corpus';
  const article = articles(generator, option('--source'));
  const size = Number(sizeText);
  const result = backend === 'memory' ? runMemory(size, article) : runSqlite(size, article, option('--keep'));
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  const sizes = (option('--sizes') ?? (process.argv.includes('--full') ? '1000,10000,100000' : '1000,10000')).split(',').map(Number);
  const chosen = option('--backend');
  const backends = isBackend(chosen) ? [chosen] : BACKENDS;
  const generator: Generator = option('--generator') === 'template' ? (process.argv.includes('--repeating') ? 'repeating' : 'template') : 'corpus';
  const self = fileURLToPath(import.meta.url);
  // Note: extra node options for each run's child, e.g. RESOLVE_BENCH_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' to profile a run.
  const childNodeArgs = (process.env.RESOLVE_BENCH_NODE_ARGS ?? '').split(' ').filter((part) => part !== '');
  const keep = option('--keep');
  let source: string | undefined;
  if (generator === 'corpus') {
    // Note: the sample corpus is annotated once, here; each run reads the result, so no run loads the pipeline or pays for it.
    const { annotatedSampleCorpus } = await import('./sample-corpus.js');
    source = join(tmpdir(), `sitrep-resolve-bench-source-${process.pid}.json`);
    writeFileSync(source, JSON.stringify(await annotatedSampleCorpus()));
  }
  process.stdout.write(`articles: ${generator === 'corpus' ? 'from the sample corpus' : `templates, ${generator === 'repeating' ? 'repeating' : 'distinct'} names`}\n\n`);
  process.stdout.write('| backend | documents | store | resolve (wall) | CPU | of it system | per document | peak RSS | database | read findings | per 10x (wall) | per 10x (CPU) |\n');
  process.stdout.write('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n');
  const details: string[] = [];
  const tenths: string[] = [];
  try {
    for (const backend of backends) {
      let previous: RunResult | undefined;
      for (const size of sizes) {
        const args = [...childNodeArgs, '--import', 'tsx', self, '--one', `${backend}:${size}:${generator}`, ...(source === undefined ? [] : ['--source', source]), ...(keep === undefined ? [] : ['--keep', keep])];
        const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
        if (child.status !== 0) {
          process.stdout.write(`| ${backend} | ${size.toLocaleString('en-US')} | failed (exit ${String(child.status)}, signal ${String(child.signal)}) | | | | | | | | | |\n`);
          process.exitCode = 1;
          previous = undefined;
          continue;
        }
        const result = JSON.parse(child.stdout.trim()) as RunResult;
        const sqlite = backend === 'sqlite';
        process.stdout.write(
          `| ${backend} | ${size.toLocaleString('en-US')} | ${result.storeSeconds.toFixed(1)} s | ${result.resolveSeconds.toFixed(1)} s | ${result.resolveCpu.toFixed(1)} s | ${result.resolveSystem.toFixed(1)} s | ${((result.resolveSeconds * 1000) / size).toFixed(2)} ms | ${result.peakMiB.toFixed(0)} MiB | ${sqlite ? `${result.databaseMiB.toFixed(0)} MiB` : ''} | ${sqlite ? `${result.readSeconds.toFixed(1)} s` : ''} | ${ratio(result.resolveSeconds, previous?.resolveSeconds)} | ${ratio(result.resolveCpu, previous?.resolveCpu)} |\n`,
        );
        details.push(`${backend} ${size}: ${Object.entries(result.counts).map(([kind, count]) => `${count} ${kind}`).join(', ')}`);
        tenths.push(`| ${backend} | ${size.toLocaleString('en-US')} | ${result.tenths.map((value) => value.toFixed(2)).join(' | ')} |`);
        previous = result;
      }
    }
  } finally {
    if (source !== undefined) rmSync(source, { force: true });
  }
  process.stdout.write(`\n${details.join('\n')}\n`);
  process.stdout.write(`\nCPU ms per document of each tenth of the documents, in the order resolved (SQLite: a transaction commits every ${RESOLVE_BATCH.toLocaleString('en-US')} documents; the last commit falls after the last mark)\n\n`);
  process.stdout.write(`| backend | documents | ${Array.from({ length: 10 }, (_, at) => `${at + 1}/10`).join(' | ')} |\n| --- | ---: |${' ---: |'.repeat(10)}\n${tenths.join('\n')}\n`);
}
