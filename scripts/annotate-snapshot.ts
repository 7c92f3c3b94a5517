/**
 * Annotation snapshots, to prove that a speed change leaves the output as it was.
 *
 *   node --import tsx scripts/annotate-snapshot.ts write <file>      annotate and write every layer
 *   node --import tsx scripts/annotate-snapshot.ts compare <a> <b>   list the documents that differ
 *
 * The documents: the sample corpus and the seeds (cleaned, then the annotate stages alone, as the
 * bench runs them), and, when `../shared/datasets` is beside the project, the texts of LGL,
 * GeoVirus, GeoWebNews, PolNeAR dev, TimeBank, AQUAINT and the CASE 2021 snippets through the
 * whole pipeline (TimeML documents dated by their creation time). `SNAPSHOT_QUICK=1` keeps one
 * document in ten of the public sets. The file holds one JSON line per document: its key and its
 * layers. Note: the texts of the public sets are never written into the project; the snapshot
 * file is a working file (keep it outside the repository).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { annotateOnly, cleanedCorpus } from '../bench/bench-utils.js';
import { emptyLayers } from '../src/model/annotations.js';
import type { NewsDoc } from '../src/model/news-doc.js';
import { createDoc } from '../src/model/news-doc.js';
import { createContext, createPipeline } from '../src/pipeline/pipeline.js';
import { readGeoCorpora } from '../src/eval/external/geoparsing.js';

const DATASETS = new URL('../../shared/datasets/', import.meta.url);
const QUICK = process.env['SNAPSHOT_QUICK'] === '1';
const DCT = /<DCT>[\s\S]*?value="([^"]+)"/u;
const TEXT_BODY = /<TEXT>([\s\S]*?)<\/TEXT>/u;
const TAG = /<[^>]+>/gu;

interface Source {
  readonly key: string;
  readonly text: string;
  readonly published?: string;
}

function publicSources(): Source[] {
  if (!existsSync(DATASETS)) return [];
  const sources: Source[] = [];
  const geo = readGeoCorpora(new URL('geoparsing/', DATASETS));
  for (const [name, articles] of Object.entries(geo)) {
    articles.forEach((article, index) => sources.push({ key: `${name}/${index}`, text: article.text }));
  }
  const polnear = new URL('polnear/dev/text/', DATASETS);
  for (const file of readdirSync(polnear).sort()) sources.push({ key: `polnear/${file}`, text: readFileSync(new URL(file, polnear), 'utf8') });
  for (const set of ['TimeBank', 'AQUAINT']) {
    const folder = new URL(`tempeval3/${set}/`, DATASETS);
    for (const file of readdirSync(folder).sort()) {
      const source = readFileSync(new URL(file, folder), 'utf8');
      const body = TEXT_BODY.exec(source)?.[1];
      if (body === undefined) continue;
      const published = DCT.exec(source)?.[1];
      const text = body.replace(TAG, '').replace(/&amp;/gu, '&').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>');
      sources.push({ key: `${set}/${file}`, text, ...(published === undefined ? {} : { published: published.slice(0, 10) }) });
    }
  }
  const snippets = readFileSync(new URL('case2021-events/snippets.tsv', DATASETS), 'utf8').split('\n').slice(1);
  for (const line of snippets) {
    const [id, snippet] = line.split('\t');
    if (id !== undefined && snippet !== undefined && snippet.length > 0) sources.push({ key: `case/${id}`, text: snippet });
  }
  return QUICK ? sources.filter((_, index) => index % 10 === 0) : sources;
}

async function write(file: string): Promise<void> {
  const started = process.hrtime.bigint();
  const lines: string[] = [];
  const annotate = annotateOnly();
  for (const doc of await cleanedCorpus()) {
    const copy: NewsDoc = { ...doc, layers: emptyLayers(), data: {} };
    annotate(copy);
    lines.push(JSON.stringify({ key: `corpus/${doc.source.path?.split('/').slice(-2).join('/') ?? ''}/${doc.id}`, layers: copy.layers }));
  }
  const pipeline = createPipeline();
  const context = createContext();
  for (const source of publicSources()) {
    const doc = createDoc({
      source: { path: null, url: null, format: 'text' },
      raw: source.text,
      hints: source.published === undefined ? {} : { published: source.published },
      hintBasis: 'snapshot',
    });
    pipeline.run(doc, context);
    lines.push(JSON.stringify({ key: source.key, layers: doc.layers }));
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`${lines.length} documents written to ${file} in ${seconds.toFixed(1)} s`);
}

interface Entry {
  readonly key: string;
  readonly layers: Record<string, unknown[]>;
}

function read(file: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.length === 0) continue;
    const entry = JSON.parse(line) as Entry;
    entries.set(entry.key, entry);
  }
  return entries;
}

function compare(before: string, after: string): number {
  const a = read(before);
  const b = read(after);
  let differing = 0;
  const perLayer = new Map<string, number>();
  for (const [key, entry] of a) {
    const other = b.get(key);
    if (other === undefined) {
      console.log(`${key}: missing from ${after}`);
      differing += 1;
      continue;
    }
    if (isDeepStrictEqual(entry.layers, other.layers)) continue;
    differing += 1;
    for (const layer of new Set([...Object.keys(entry.layers), ...Object.keys(other.layers)])) {
      const left = entry.layers[layer] ?? [];
      const right = other.layers[layer] ?? [];
      if (isDeepStrictEqual(left, right)) continue;
      perLayer.set(layer, (perLayer.get(layer) ?? 0) + 1);
      if ((perLayer.get(layer) ?? 0) > 3) continue;
      const index = left.findIndex((item, at) => !isDeepStrictEqual(item, right[at]));
      console.log(`${key} ${layer} (${left.length} -> ${right.length}), first difference at ${index}:`);
      console.log(`  - ${JSON.stringify(left[index]) ?? 'none'}`);
      console.log(`  + ${JSON.stringify(right[index]) ?? 'none'}`);
    }
  }
  for (const key of b.keys()) if (!a.has(key)) console.log(`${key}: only in ${after}`);
  console.log(`${differing} of ${a.size} documents differ${perLayer.size > 0 ? ` (${[...perLayer].map(([layer, count]) => `${layer} ${count}`).join(', ')})` : ''}`);
  return differing;
}

const [command, first, second] = process.argv.slice(2);
if (command === 'write' && first !== undefined) await write(first);
else if (command === 'compare' && first !== undefined && second !== undefined) process.exitCode = compare(first, second) === 0 ? 0 : 1;
else {
  console.error('usage: annotate-snapshot.ts write <file> | compare <before> <after>');
  process.exitCode = 2;
}
