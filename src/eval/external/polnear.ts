/**
 * Attribution on PolNeAR's dev part (`polnear/dev/`): sitrep's quotes against the gold Content
 * spans (one to one, largest character overlap first): attribution-level content precision,
 * recall and F1, and source accuracy given content (the predicted speaker span overlaps the gold
 * Source, or one speaker text holds the other). Human agreement (92.3%) is the ceiling. The
 * reading and matching follow scripts/eval-attribution.ts (the quotes helper's script).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { findQuotes } from '../../annotate/quotes/quotes-stage.js';
import { type Quote } from '../../model/annotations.js';
import { createDoc } from '../../model/news-doc.js';
import { createContext, createPipeline } from '../../pipeline/pipeline.js';
import { type EvalTask, type TaskOptions, type TaskReport, Stopwatch, fixed, harmonicMean, ratio, sample } from './eval-task.js';

const ANNOTATOR_SUFFIX = /_[^_]+\.ann$/u;
const SPAN_SEPARATOR = /[ ;]/u;
const WHITE = /\s+/gu;
const CURLY = /[\u2018\u2019]/gu;
const ANN_FILE = /\.ann$/u;

/** A character span with its text. */
interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A gold attribution: its content span and, when annotated, its source. */
export interface GoldAttribution {
  readonly content: { readonly start: number; readonly end: number };
  readonly source?: TextSpan;
  /** The cue's text ('' when the attribution has none). */
  readonly cue: string;
}

/** Read the attributions of a BRAT `.ann` file (events with a Content role). */
export function readBratAttributions(ann: string): GoldAttribution[] {
  const spans = new Map<string, TextSpan>();
  const lines = ann.split('\n');
  for (const line of lines) {
    const [id, info, text] = line.split('\t');
    if (id === undefined || !id.startsWith('T') || info === undefined) continue;
    const numbers = info.split(SPAN_SEPARATOR).slice(1).map(Number);
    if (numbers.length >= 2) spans.set(id, { start: Math.min(...numbers), end: Math.max(...numbers), text: text ?? '' });
  }
  const gold: GoldAttribution[] = [];
  for (const line of lines) {
    if (!line.startsWith('E')) continue;
    const roles = new Map((line.split('\t')[1] ?? '').split(' ').map((part) => part.split(':') as [string, string]));
    const content = spans.get(roles.get('Content') ?? '');
    if (content === undefined) continue;
    const source = spans.get(roles.get('Source') ?? '');
    gold.push({ content: { start: content.start, end: content.end }, cue: spans.get(roles.get('Cue') ?? '')?.text ?? '', ...(source === undefined ? {} : { source }) });
  }
  return gold;
}

/** Normalise a speaker or cue text for comparison: straight quotes, single spaces, lower case. */
export function norm(text: string | null | undefined): string {
  return (text ?? '').replace(CURLY, "'").replace(WHITE, ' ').trim().toLowerCase();
}

/** Characters two spans share. */
export function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Whether the predicted speaker is the gold source. */
export function sourceMatches(speakerSpan: { start: number; end: number } | undefined, speakerText: string | null | undefined, source: TextSpan): boolean {
  if (speakerSpan !== undefined && overlap(speakerSpan, source) > 0) return true;
  const predicted = norm(speakerText);
  const wanted = norm(source.text);
  return predicted !== '' && wanted !== '' && (predicted.includes(wanted) || wanted.includes(predicted));
}

/** Counts behind the attribution figures. */
export interface AttributionTally {
  predicted: number;
  gold: number;
  matched: number;
  withSource: number;
  sourceRight: number;
}

/** Match one document's quotes to its gold attributions and add the counts. */
export function tallyAttributions(quotes: readonly Pick<Quote, 'start' | 'end' | 'speakerSpan' | 'speakerText'>[], gold: readonly GoldAttribution[], tally: AttributionTally): void {
  tally.predicted += quotes.length;
  tally.gold += gold.length;
  const pairs: { quote: number; gold: number; size: number }[] = [];
  quotes.forEach((quote, q) => gold.forEach((item, g) => {
    const size = overlap(quote, item.content);
    if (size > 0) pairs.push({ quote: q, gold: g, size });
  }));
  pairs.sort((a, b) => b.size - a.size);
  const usedQuotes = new Set<number>();
  const usedGold = new Set<number>();
  for (const pair of pairs) {
    if (usedQuotes.has(pair.quote) || usedGold.has(pair.gold)) continue;
    usedQuotes.add(pair.quote);
    usedGold.add(pair.gold);
    tally.matched += 1;
    const item = gold[pair.gold];
    const quote = quotes[pair.quote];
    if (item?.source === undefined || quote === undefined) continue;
    tally.withSource += 1;
    if (sourceMatches(quote.speakerSpan, quote.speakerText, item.source)) tally.sourceRight += 1;
  }
}

/** The attribution task. */
export const polnearTask: EvalTask = {
  name: 'attribution',
  run(options: TaskOptions): TaskReport {
    const folder = new URL('polnear/dev/', options.datasets);
    const files = readdirSync(new URL('attributions/', folder)).filter((name) => ANN_FILE.test(name)).sort();
    const seen = new Set<string>();
    const documents = files.flatMap((file) => {
      const base = file.replace(ANNOTATOR_SUFFIX, '');
      const textUrl = new URL(`text/${base}.txt`, folder);
      if (seen.has(base) || !existsSync(textUrl)) return [];
      seen.add(base);
      return [{ text: readFileSync(textUrl, 'utf8'), gold: readBratAttributions(readFileSync(new URL(`attributions/${file}`, folder), 'utf8')) }];
    });
    const chosen = sample(documents, options.quick, 20);
    const pipeline = createPipeline({ only: ['annotate/sentences', 'annotate/mentions'] });
    const tally: AttributionTally = { predicted: 0, gold: 0, matched: 0, withSource: 0, sourceRight: 0 };
    const watch = new Stopwatch();
    for (const document of chosen) {
      const quotes = watch.time(() => {
        const doc = createDoc({ source: { path: null, url: null, format: 'text' }, raw: document.text, hints: {}, hintBasis: 'polnear' });
        pipeline.run(doc, createContext());
        return findQuotes(doc);
      });
      tallyAttributions(quotes, document.gold, tally);
    }
    const precision = ratio(tally.matched, tally.predicted);
    const recall = ratio(tally.matched, tally.gold);
    const f1 = harmonicMean(precision, recall);
    const sourceAccuracy = ratio(tally.sourceRight, tally.withSource);
    return {
      task: 'Attribution (PolNeAR dev)',
      tables: [
        {
          title: `${chosen.length} documents, ${tally.gold} gold attributions`,
          columns: ['system', 'predicted', 'content P', 'content R', 'content F1', 'source acc given content', 'docs/s'],
          rows: [
            ['sitrep quotes', String(tally.predicted), fixed(precision), fixed(recall), fixed(f1), `${fixed(sourceAccuracy)} (${tally.sourceRight}/${tally.withSource})`, watch.perSecond.toFixed(1)],
            ['human agreement (ceiling, published)', '', '', '', '0.923', '', ''],
          ],
        },
      ],
      headline: [
        { task: 'PolNeAR dev attribution', metric: 'content F1', ours: f1, peer: { name: 'human agreement', value: 0.923 }, bar: 0.75, speed: { ours: watch.perSecond, peer: null } },
        { task: 'PolNeAR dev attribution', metric: 'source accuracy given content', ours: sourceAccuracy, peer: null, bar: 0.85 },
      ],
      notes: [
        'A predicted quote matches a gold Content when the spans overlap (one to one, largest overlap first). PolNeAR annotates every attribution (beliefs, plans, endorsements), not only speech, so recall is measured against a broad notion. Texts are read uncleaned so that offsets match the gold.',
      ],
    };
  },
};
