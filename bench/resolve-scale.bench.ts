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
import type { EntityType } from '../src/model/annotations.js';
import { createDoc, type NewsDoc } from '../src/model/news-doc.js';
import { collectFindings, createMemoryIndex, resolveDocument } from '../src/resolve/index.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';

const GIVEN = ['Anna', 'Boris', 'Clara', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hugo', 'Irina', 'Jonas', 'Katya', 'Lev'];
const FAMILY = ['Arden', 'Belov', 'Corvin', 'Dalca', 'Esker', 'Fennik', 'Gorsky', 'Halden', 'Istrin', 'Jarek', 'Kolbe', 'Lind', 'Morrow', 'Nadel', 'Orlik', 'Pesce'];
const PLACES = ['Aldmoor', 'Brask', 'Cetra', 'Dunmere', 'Eskar', 'Falta', 'Gorran', 'Hollis', 'Ivra', 'Jutla', 'Kessary', 'Lorn'];
const EVENTS = ['flood', 'strike', 'election', 'blackout', 'wildfire', 'protest', 'landslide', 'outbreak'];
const OUTLETS = ['Morning Ledger', 'Evening Courier', 'Daily Signal', 'Weekly Beacon', 'Harbor Times'];
const PROVENANCE = { stage: 'annotate', rule: 'bench/synthetic', confidence: 1 } as const;

function pick<T>(list: readonly T[], seed: number): T {
  const value = list[Math.abs(seed) % list.length];
  if (value === undefined) throw new Error('empty list');
  return value;
}

/** A synthetic annotated article; articles of one story share its place, event and people. */
function article(index: number): NewsDoc {
  const story = Math.floor(index / 4);
  const place = `${pick(PLACES, story)}${pick(PLACES, story >> 4)}`;
  const event = pick(EVENTS, story * 7);
  const person = `${pick(GIVEN, story * 3)} ${pick(FAMILY, story * 5)}${pick(FAMILY, story >> 3).toLowerCase()}`;
  const count = 100 + ((index * 37) % 900);
  const day = 1 + (story % 27);
  const month = 1 + ((story >> 5) % 12);
  const year = 2020 + ((story >> 9) % 8);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const outlet = pick(OUTLETS, index);
  const parts = [
    `A ${event} hit ${place} on ${date}, local officials said.`,
    `${person}, the regional governor, said about ${count} people had been moved to shelters near ${place}.`,
    `Emergency crews from neighbouring districts joined the response overnight, the agency reported.`,
    `Residents of ${place} described the ${event} as the worst in a generation, report number ${index % 13}.`,
    `${person.split(' ')[1] ?? ''} promised help for families who lost homes and asked for patience.`,
  ];
  const text = parts.join(' ');
  const doc = createDoc({ source: { path: `synthetic-${index}.txt`, url: null, format: 'text' }, raw: text, hints: {}, hintBasis: 'bench' });
  doc.id = `doc_bench_${index}`;
  doc.meta.outlet = outlet;
  doc.meta.published = { value: date, basis: 'metadata' };
  const at = (part: string, from = 0): { start: number; end: number; text: string } => {
    const start = text.indexOf(part, from);
    return { start, end: start + part.length, text: part };
  };
  const mention = (part: string, type: EntityType, from = 0) => ({ ...at(part, from), kind: 'mention' as const, type, name: part, entity: null, provenance: PROVENANCE });
  const surname = person.split(' ')[1] ?? person;
  doc.layers.mentions = [mention(place, 'GPE'), mention(person, 'PERSON'), mention(surname, 'PERSON', text.lastIndexOf(surname))];
  const number = String(count);
  doc.layers.quantities = [{ ...at(number), kind: 'quantity', value: count, approximate: true, qualifier: 'about', what: 'people', claimantText: person, claimant: null, provenance: PROVENANCE }];
  doc.layers.times = [{ ...at(date), kind: 'time', value: date, granularity: 'day', provenance: PROVENANCE }];
  return doc;
}

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
      const doc = article(position);
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
      const doc = article(position);
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
