/**
 * Resolve at scale: time and peak memory to resolve 1k and 10k synthetic articles (100k with
 * `--full`), in memory (`sitrep analyze`) and through the SQLite resolve index the way
 * `sitrep ingest` does it (documents stored first, then `resolveAndSave`). Articles come from
 * templates with varied names, places, numbers and dates (bench/synthetic-articles.ts), so
 * entities, stories, duplicates and claims all grow with the corpus. Each run is its own child
 * process, so its peak RSS is its own. Prints the ratio per 10x: near 10 means linear.
 *
 * Options: `--full` adds 100k; `--backend memory|sqlite` runs one backend; `--sizes 1000,5000`
 * picks the sizes; `--repeating` draws names and dates from short lists (a stress test where
 * near copies pile up) instead of new names for every story.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveAndSave } from '../src/cli/commands/resolve-and-save.js';
import type { NewsDoc } from '../src/model/news-doc.js';
import { collectFindings, createMemoryIndex, resolveDocument } from '../src/resolve/index.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { templateArticle, type Naming } from './synthetic-articles.js';

const BACKENDS = ['memory', 'sqlite'] as const;
type Backend = (typeof BACKENDS)[number];

/** What one run measured. */
interface RunResult {
  readonly backend: Backend;
  readonly size: number;
  /** Seconds to store the documents (SQLite only). */
  readonly storeSeconds: number;
  /** Seconds to resolve them and collect the findings. */
  readonly resolveSeconds: number;
  /** CPU seconds (user + system) of the resolve step. */
  readonly resolveCpu: number;
  readonly peakMiB: number;
  readonly stories: number;
  readonly entities: number;
  readonly duplicates: number;
}

function cpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

function runMemory(size: number, naming: Naming): RunResult {
  const started = performance.now();
  const cpu = cpuSeconds();
  const docs = new Map<string, NewsDoc>();
  const index = createMemoryIndex();
  for (let position = 0; position < size; position += 1) {
    const doc = templateArticle(position, naming);
    docs.set(doc.id, doc);
    resolveDocument(index, doc, (id) => docs.get(id));
  }
  const findings = collectFindings(index);
  return {
    backend: 'memory',
    size,
    storeSeconds: 0,
    resolveSeconds: (performance.now() - started) / 1000,
    resolveCpu: cpuSeconds() - cpu,
    peakMiB: process.resourceUsage().maxRSS / 1024,
    stories: findings.stories.length,
    entities: findings.entities.length,
    duplicates: findings.duplicates.length,
  };
}

function runSqlite(size: number, naming: Naming): RunResult {
  const file = join(tmpdir(), `sitrep-resolve-bench-${process.pid}.db`);
  const store = openSqliteStore(file);
  try {
    const started = performance.now();
    for (let position = 0; position < size; position += 1) store.putDocument(templateArticle(position, naming));
    const stored = performance.now();
    const cpu = cpuSeconds();
    resolveAndSave(store);
    const findings = collectFindings(store.resolveIndex());
    return {
      backend: 'sqlite',
      size,
      storeSeconds: (stored - started) / 1000,
      resolveSeconds: (performance.now() - stored) / 1000,
      resolveCpu: cpuSeconds() - cpu,
      peakMiB: process.resourceUsage().maxRSS / 1024,
      stories: findings.stories.length,
      entities: findings.entities.length,
      duplicates: findings.duplicates.length,
    };
  } finally {
    store.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  }
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
}

function isBackend(value: string | undefined): value is Backend {
  return value === 'memory' || value === 'sqlite';
}

const one = option('--one');
if (one !== undefined) {
  const [backend, sizeText, namingText] = one.split(':');
  if (!isBackend(backend)) throw new Error(`unknown backend in --one ${one}`);
  const size = Number(sizeText);
  const naming: Naming = namingText === 'repeating' ? 'repeating' : 'distinct';
  const result = backend === 'memory' ? runMemory(size, naming) : runSqlite(size, naming);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  const sizes = (option('--sizes') ?? (process.argv.includes('--full') ? '1000,10000,100000' : '1000,10000')).split(',').map(Number);
  const chosen = option('--backend');
  const backends = isBackend(chosen) ? [chosen] : BACKENDS;
  const self = fileURLToPath(import.meta.url);
  const naming: Naming = process.argv.includes('--repeating') ? 'repeating' : 'distinct';
  process.stdout.write(`synthetic articles, ${naming} names\n`);
  for (const backend of backends) {
    let previous: number | undefined;
    for (const size of sizes) {
      const child = spawnSync(process.execPath, ['--import', 'tsx', self, '--one', `${backend}:${size}:${naming}`], { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
      if (child.status !== 0) {
        process.stdout.write(`resolve ${backend} ${size} docs: failed (exit ${String(child.status)})\n`);
        process.exitCode = 1;
        continue;
      }
      const result = JSON.parse(child.stdout.trim()) as RunResult;
      const ratio = previous === undefined ? '' : `, x${(result.resolveSeconds / previous).toFixed(1)} per 10x`;
      const store = backend === 'sqlite' ? `store ${result.storeSeconds.toFixed(1)} s, ` : '';
      process.stdout.write(
        `resolve ${backend} ${size} docs: ${store}resolve ${result.resolveSeconds.toFixed(1)} s (cpu ${result.resolveCpu.toFixed(1)} s, ${((result.resolveSeconds * 1000) / size).toFixed(1)} ms/doc), peak RSS ${result.peakMiB.toFixed(0)} MiB, ${result.stories} stories, ${result.entities} entities, ${result.duplicates} duplicate pairs${ratio}\n`,
      );
      previous = result.resolveSeconds;
    }
  }
}
