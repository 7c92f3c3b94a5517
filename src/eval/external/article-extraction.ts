/**
 * Main-text extraction on `article-extraction/` (pages of the scrapinghub benchmark): sitrep's
 * HTML extraction alone, the whole ingest and clean pipeline on the same HTML, Mozilla
 * Readability alone as the peer run in the same process, and the peers' saved outputs
 * (`peers/*.json`) scored with the same metric port (which checks the port against their
 * published figures).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { extractMainText, parseHtml } from '../../ingest/html/extract-main-text.js';
import { readDecoded } from '../../ingest/ingest.js';
import { createDoc } from '../../model/news-doc.js';
import { createContext, createPipeline } from '../../pipeline/pipeline.js';
import { type EvalTask, type HeadlineRow, type TaskOptions, type TaskReport, Stopwatch, fixed, sample } from './eval-task.js';
import { type PageCounts, extractionScore, pageCounts } from './shingle-score.js';

/** One page of the benchmark. */
export interface ExtractionPage {
  readonly id: string;
  readonly url: string;
  readonly truth: string;
  readonly html: string;
}

/** Read the ground truth and the pages' HTML. */
export function readExtractionPages(folder: URL): ExtractionPage[] {
  const truth = JSON.parse(readFileSync(new URL('ground-truth.json', folder), 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  return Object.entries(truth).map(([id, page]) => ({
    id,
    url: page.url ?? '',
    truth: page.articleBody ?? '',
    html: gunzipSync(readFileSync(new URL(`html/${id}.html.gz`, folder))).toString('utf8'),
  }));
}

/** A system under test: the text it extracts from one page (empty when it finds none). */
type Extractor = (page: ExtractionPage) => string;

const JSON_SUFFIX = /\.json$/u;

const sitrepExtraction: Extractor = (page) => {
  try {
    return extractMainText(page.html, page.url || undefined).text;
  } catch {
    return '';
  }
};

/** The whole ingest (HTML reader) and clean pipeline; annotate stages are left out. */
function sitrepPipeline(): Extractor {
  const pipeline = createPipeline({ skip: ['annotate/'] });
  return (page) => {
    const items = readDecoded({ text: page.html, path: `${page.id}.html`, url: page.url || null, label: page.id });
    const first = items.find((item) => item.kind === 'input');
    if (first === undefined || first.kind !== 'input') return '';
    return pipeline.run(createDoc(first.input), createContext()).text;
  };
}

const readabilityAlone: Extractor = (page) => {
  const article = new Readability(parseHtml(page.html, page.url || undefined)).parse();
  return article?.textContent ?? '';
};

function scoreSystem(pages: readonly ExtractionPage[], extractor: Extractor): { counts: PageCounts[]; perSecond: number } {
  const watch = new Stopwatch();
  const counts = pages.map((page) => pageCounts(page.truth, watch.time(() => extractor(page))));
  return { counts, perSecond: watch.perSecond };
}

/** Published figures on the whole 181-page set (scrapinghub/article-extraction-benchmark). */
const PUBLISHED: Readonly<Record<string, string>> = {
  trafilatura: '0.958',
  newspaper: '0.949',
  news_please: '0.948',
  readability_js: '0.947',
  rs_trafilatura: '0.970',
  go_trafilatura: '0.970 (best Go/Rust port)',
};

/** The extraction task. */
export const articleExtractionTask: EvalTask = {
  name: 'extraction',
  run(options: TaskOptions): TaskReport {
    const folder = new URL('article-extraction/', options.datasets);
    const pages = sample(readExtractionPages(folder), options.quick, 20);
    const rows: string[][] = [];
    const measured = new Map<string, { f1: number; perSecond: number }>();
    const systems: [string, Extractor][] = [
      ['sitrep extractMainText', sitrepExtraction],
      ['sitrep ingest + clean pipeline', sitrepPipeline()],
      ['@mozilla/readability alone (same run)', readabilityAlone],
    ];
    for (const [name, extractor] of systems) {
      const { counts, perSecond } = scoreSystem(pages, extractor);
      const score = extractionScore(counts);
      measured.set(name, { f1: score.f1, perSecond });
      rows.push([name, fixed(score.precision), fixed(score.recall), fixed(score.f1), fixed(score.accuracy), perSecond.toFixed(1), '']);
    }
    const ids = new Set(pages.map((page) => page.id));
    for (const file of readdirSync(new URL('peers/', folder)).filter((name) => JSON_SUFFIX.test(name)).sort()) {
      const name = file.replace(JSON_SUFFIX, '');
      const output = JSON.parse(readFileSync(new URL(`peers/${file}`, folder), 'utf8')) as Record<string, { articleBody?: string }>;
      const counts = pages.filter((page) => ids.has(page.id)).map((page) => pageCounts(page.truth, output[page.id]?.articleBody ?? ''));
      const score = extractionScore(counts);
      rows.push([`${name} (saved output)`, fixed(score.precision), fixed(score.recall), fixed(score.f1), fixed(score.accuracy), '', PUBLISHED[name] ?? '']);
    }
    const ours = measured.get('sitrep ingest + clean pipeline');
    const extraction = measured.get('sitrep extractMainText');
    const peer = measured.get('@mozilla/readability alone (same run)');
    const headline: HeadlineRow[] = [
      {
        task: `extraction, HTML extraction alone (${pages.length} pages)`,
        metric: 'F1',
        ours: extraction?.f1 ?? null,
        peer: peer === undefined ? null : { name: 'Readability.js', value: peer.f1 },
        bar: 0.97,
        speed: { ours: extraction?.perSecond ?? 0, peer: peer?.perSecond ?? null },
      },
      {
        task: `extraction, ingest + clean (${pages.length} pages)`,
        metric: 'F1',
        ours: ours?.f1 ?? null,
        peer: peer === undefined ? null : { name: 'Readability.js', value: peer.f1 },
        bar: 0.97,
        speed: { ours: ours?.perSecond ?? 0, peer: peer?.perSecond ?? null },
      },
    ];
    return {
      task: 'Main-text extraction (article-extraction benchmark)',
      tables: [{ title: `Main text from HTML, ${pages.length} pages`, columns: ['system', 'precision', 'recall', 'F1', 'accuracy', 'pages/s', 'published F1 (181 pages)'], rows }],
      headline,
      notes: [
        'Metric ported from the benchmark\'s evaluate.py: Unicode word tokens, 4-token shingles as multisets, per-page tp/fp/fn normalised, precision and recall averaged over pages (a page with an empty prediction counts in recall only), F1 from the two means.',
        'The saved peer outputs are scored by the same port; matching their published figures (on the 181-page set) is the check on the port.',
      ],
    };
  },
};
