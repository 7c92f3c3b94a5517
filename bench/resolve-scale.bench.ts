/**
 * Resolve at scale: time and peak memory to resolve 1k and 10k synthetic articles (100k with
 * `--full`, which takes several minutes), in memory (`sitrep analyze`) and, up to 10k, through
 * the SQLite resolve index (`sitrep ingest`). Articles come from templates with varied names,
 * places, numbers and dates, so entities, stories, duplicates and claims all grow with the corpus.
 * Prints the ratio per 10x: near 10 means linear.
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewsDoc } from '../src/model/news-doc.js';
import { collectFindings, createMemoryIndex, resolveDocument } from '../src/resolve/index.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { templateArticle } from './synthetic-articles.js';

function peak(): number {
  const usage = process.memoryUsage();
  return usage.rss / 1024 / 1024;
}

function run(size: number, backend: 'memory' | 'sqlite'): { seconds: number; peakMiB: number; stories: number; entities: number } {
  globalThis.gc?.();
  let peakMiB = peak();
  const started = performance.now();
  let stories = 0;
  let entities = 0;
  if (backend === 'memory') {
    const docs = new Map<string, NewsDoc>();
    const index = createMemoryIndex();
    for (let position = 0; position < size; position += 1) {
      const doc = templateArticle(position);
      docs.set(doc.id, doc);
      resolveDocument(index, doc, (id) => docs.get(id));
      if (position % 1000 === 0) peakMiB = Math.max(peakMiB, peak());
    }
    const findings = collectFindings(index);
    stories = findings.stories.length;
    entities = findings.entities.length;
  } else {
    const file = join(tmpdir(), `sitrep-resolve-bench-${process.pid}.db`);
    const store = openSqliteStore(file);
    const index = store.resolveIndex();
    for (let position = 0; position < size; position += 1) {
      const doc = templateArticle(position);
      store.putDocument(doc);
      resolveDocument(index, doc, (id) => store.getDocument(id));
      if (position % 1000 === 0) peakMiB = Math.max(peakMiB, peak());
    }
    const findings = collectFindings(index);
    stories = findings.stories.length;
    entities = findings.entities.length;
    store.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  }
  peakMiB = Math.max(peakMiB, peak());
  return { seconds: (performance.now() - started) / 1000, peakMiB, stories, entities };
}

const full = process.argv.includes('--full');
const sizes = full ? [1_000, 10_000, 100_000] : [1_000, 10_000];
for (const backend of ['memory', 'sqlite'] as const) {
  let previous: number | undefined;
  for (const size of sizes) {
    if (backend === 'sqlite' && size > 10_000 && !full) continue;
    const result = run(size, backend);
    const ratio = previous === undefined ? '' : ` (x${(result.seconds / previous).toFixed(1)} per 10x)`;
    process.stdout.write(`resolve ${backend} ${size} docs: ${result.seconds.toFixed(1)} s, peak RSS ${result.peakMiB.toFixed(0)} MiB, ${result.stories} stories, ${result.entities} entities${ratio}\n`);
    previous = result.seconds;
  }
}
