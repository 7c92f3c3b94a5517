/**
 * Geoparsing on LGL, GeoVirus and GeoWebNews (`geoparsing/`): toponym span precision, recall and
 * F1 (exact spans), and geocoding errors (Acc@161, mean km, AUC) end to end (on the gold toponyms
 * a predicted span overlaps) and with the gold spans given. On GeoWebNews the gold is
 * `peers-gwn/gwn_full.txt`, so that the saved Edinburgh, Yahoo and EMM outputs are scored the
 * same way beside sitrep. The XML readers follow scripts/eval-geoparsing.ts (the places
 * helper's script), which only has a main.
 */
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { mentionCandidate, type ToponymCandidate } from '../../annotate/places/find-toponyms.js';
import { foldName } from '../../annotate/places/fold-name.js';
import { type Gazetteer, loadGazetteer } from '../../annotate/places/gazetteer.js';
import { extractPlaces } from '../../annotate/places/places-stage.js';
import { resolveToponyms } from '../../annotate/places/resolve-toponyms.js';
import { type EvalTask, type HeadlineRow, type TaskOptions, type TaskReport, Stopwatch, fixed, harmonicMean, ratio, sample } from './eval-task.js';
import { MAX_ERROR_KM, distanceKm, summariseErrors } from './geo-errors.js';

/** A located span: gold toponym or prediction. */
export interface GeoSpan {
  readonly start: number;
  readonly end: number;
  readonly lat: number;
  readonly lon: number;
}

/** An article with its gold toponyms. */
export interface GeoArticle {
  readonly text: string;
  readonly toponyms: readonly GeoSpan[];
}

type XmlNode = Record<string, unknown>;

function list(value: unknown): XmlNode[] {
  if (value === undefined || value === null || value === '') return [];
  return (Array.isArray(value) ? value : [value]).filter((item): item is XmlNode => typeof item === 'object' && item !== null);
}

function child(node: XmlNode, name: string): XmlNode {
  const value = node[name];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as XmlNode) : {};
}

function number(value: unknown): number {
  return typeof value === 'number' ? value : Number(value ?? Number.NaN);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function located(span: GeoSpan): boolean {
  return Number.isFinite(span.lat) && Number.isFinite(span.lon) && span.end > span.start;
}

function articles(folder: URL, file: string): XmlNode[] {
  const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: true, trimValues: false });
  return list(child(parser.parse(readFileSync(new URL(file, folder), 'utf8')) as XmlNode, 'articles').article);
}

const RECORD_SEPARATOR = '||';
const FIELD_SEPARATOR = ',,';

/**
 * Parse one line of the peers-gwn format: `name,,surface,,lat,,lon,,start,,end` records separated
 * by `||` (the name may hold commas and, for EMM, extra fields, so fields are read from the end).
 */
export function parseGwnLine(line: string): GeoSpan[] {
  return line
    .split(RECORD_SEPARATOR)
    .map((record) => record.split(FIELD_SEPARATOR))
    .filter((fields) => fields.length >= 5)
    .map((fields) => {
      const [lat, lon, start, end] = fields.slice(-4).map(Number);
      return { start: start ?? Number.NaN, end: end ?? Number.NaN, lat: lat ?? Number.NaN, lon: lon ?? Number.NaN };
    })
    .filter(located);
}

/** Read the three corpora; GeoWebNews takes its gold from `gwn_full.txt`. */
export function readGeoCorpora(folder: URL): Record<'LGL' | 'GeoVirus' | 'GeoWebNews', GeoArticle[]> {
  const gwnGold = readFileSync(new URL('peers-gwn/gwn_full.txt', folder), 'utf8').split('\n');
  return {
    LGL: articles(folder, 'lgl.xml').map((article) => ({
      text: text(article.text),
      toponyms: list(child(article, 'toponyms').toponym)
        .map((toponym) => {
          const tag = child(toponym, 'gaztag');
          return { start: number(toponym.start), end: number(toponym.end), lat: number(tag.lat), lon: number(tag.lon) };
        })
        .filter(located),
    })),
    GeoVirus: articles(folder, 'GeoVirus.xml').map((article) => ({
      text: text(article.text),
      toponyms: list(child(article, 'locations').location)
        // Note: GeoVirus offsets are one past the text's (start 1-based, end one beyond).
        .map((location) => ({ start: number(location.start) - 1, end: number(location.end) - 1, lat: number(location.lat), lon: number(location.lon) }))
        .filter(located),
    })),
    GeoWebNews: articles(folder, 'GWN.xml').map((article, index) => ({ text: text(article.text), toponyms: parseGwnLine(gwnGold[index] ?? '') })),
  };
}

/** Span and error figures of one system on one corpus. */
export interface GeoScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Errors on the gold toponyms a prediction overlaps. */
  readonly errorsKm: readonly number[];
}

/** Score predicted spans against gold: exact-span P/R/F1, and errors on overlapping pairs. */
export function scoreGeo(gold: readonly (readonly GeoSpan[])[], predicted: readonly (readonly GeoSpan[])[]): GeoScore {
  let exact = 0;
  let predictedCount = 0;
  let goldCount = 0;
  const errorsKm: number[] = [];
  gold.forEach((toponyms, index) => {
    const found = predicted[index] ?? [];
    predictedCount += found.length;
    goldCount += toponyms.length;
    for (const toponym of toponyms) {
      const same = found.find((span) => span.start === toponym.start && span.end === toponym.end);
      const overlap = same ?? found.find((span) => span.start < toponym.end && toponym.start < span.end);
      if (same !== undefined) exact += 1;
      if (overlap !== undefined) errorsKm.push(distanceKm(overlap.lat, overlap.lon, toponym.lat, toponym.lon));
    }
  });
  const precision = ratio(exact, predictedCount);
  const recall = ratio(exact, goldCount);
  return { precision, recall, f1: harmonicMean(precision, recall), errorsKm };
}

/** The candidate for a gold toponym span, looked up in the gazetteer as the stage would. */
export function goldCandidate(article: { readonly text: string }, toponym: { readonly start: number; readonly end: number }, gazetteer: Gazetteer): ToponymCandidate {
  const surface = article.text.slice(toponym.start, toponym.end);
  const key = foldName(surface);
  const entries = [...gazetteer.lookupExact(surface.trim()), ...gazetteer.lookup(key)];
  return mentionCandidate(toponym.start, toponym.end, key, entries.length > 0 ? entries : gazetteer.lookupRegion(key));
}

/** Errors with the gold spans given; a name the gazetteer cannot resolve counts as the largest error. */
function goldSpanErrors(article: GeoArticle, gazetteer: Gazetteer): number[] {
  const resolved = resolveToponyms(article.toponyms.map((toponym) => goldCandidate(article, toponym, gazetteer)), gazetteer);
  return article.toponyms.map((toponym) => {
    const hit = resolved.find((item) => item.candidate.start === toponym.start && item.candidate.end === toponym.end);
    return hit === undefined ? MAX_ERROR_KM : distanceKm(hit.entry.lat, hit.entry.lon, toponym.lat, toponym.lon);
  });
}

const PEERS = [
  ['Edinburgh geoparser', 'gwn_edin.txt'],
  ['Yahoo! PlaceSpotter', 'gwn_yahoo.txt'],
  ['EMM (Europe Media Monitor)', 'gwn_emm.txt'],
] as const;

function geoRow(name: string, spans: 'predicted' | 'gold', score: { precision: number; recall: number; f1: number } | null, errorsKm: readonly number[], perSecond: string): string[] {
  const errors = summariseErrors(errorsKm);
  return [name, spans, score === null ? '' : fixed(score.precision), score === null ? '' : fixed(score.recall), score === null ? '' : fixed(score.f1), String(errors.count), fixed(errors.accuracy161), errors.meanKm.toFixed(0), fixed(errors.auc), perSecond];
}

/** The geoparsing task. */
export const geoparsingTask: EvalTask = {
  name: 'geoparsing',
  run(options: TaskOptions): TaskReport {
    const folder = new URL('geoparsing/', options.datasets);
    const gazetteer = loadGazetteer();
    const corpora = readGeoCorpora(folder);
    const rows: string[][] = [];
    const headline: HeadlineRow[] = [];
    for (const [name, all] of Object.entries(corpora)) {
      const chosen = sample(all, options.quick, 30);
      const watch = new Stopwatch();
      const predicted = chosen.map((article) => watch.time(() => extractPlaces(article.text, gazetteer)));
      const endToEnd = scoreGeo(chosen.map((article) => article.toponyms), predicted);
      const goldErrors = chosen.flatMap((article) => goldSpanErrors(article, gazetteer));
      rows.push(geoRow(`sitrep, ${name} (${chosen.length} articles)`, 'predicted', endToEnd, endToEnd.errorsKm, watch.perSecond.toFixed(1)));
      rows.push(geoRow(`sitrep, ${name}`, 'gold', null, goldErrors, ''));
      let peer: HeadlineRow['peer'] = null;
      if (name === 'GeoWebNews') {
        for (const [peerName, file] of PEERS) {
          const lines = readFileSync(new URL(`peers-gwn/${file}`, folder), 'utf8').split('\n');
          const peerSpans = sample(all.map((_, index) => parseGwnLine(lines[index] ?? '')), options.quick, 30);
          const score = scoreGeo(chosen.map((article) => article.toponyms), peerSpans);
          rows.push(geoRow(`${peerName} (saved output), ${name}`, 'predicted', score, score.errorsKm, ''));
          const accuracy = summariseErrors(score.errorsKm).accuracy161;
          if (peer === null || accuracy > peer.value) peer = { name: peerName, value: accuracy };
        }
      }
      headline.push({
        task: `geoparsing ${name}, end to end`,
        metric: 'Acc@161',
        ours: summariseErrors(endToEnd.errorsKm).accuracy161,
        peer,
        bar: name === 'GeoWebNews' ? null : 0.85,
        speed: { ours: watch.perSecond, peer: null },
      });
      headline.push({ task: `geoparsing ${name}, end to end`, metric: 'toponym span F1', ours: endToEnd.f1, peer: null, bar: null });
      headline.push({ task: `geoparsing ${name}, gold spans`, metric: 'Acc@161', ours: summariseErrors(goldErrors).accuracy161, peer: null, bar: null });
    }
    return {
      task: 'Geoparsing (LGL, GeoVirus, GeoWebNews)',
      tables: [{ title: 'Toponyms: exact-span P/R/F1; geocoding errors (n = gold toponyms scored)', columns: ['system, corpus', 'spans', 'P', 'R', 'F1', 'n', 'Acc@161', 'mean km', 'AUC', 'docs/s'], rows }],
      headline,
      notes: [
        'End to end: spans found by sitrep; errors are taken on the gold toponyms a predicted span overlaps (the usual end-to-end protocol), so n differs between systems. Gold spans: every gold toponym is resolved; a name the gazetteer cannot resolve counts as 20,039 km.',
        'Acc@161 counts errors under 161 km; AUC is the trapezoid area under the sorted log errors over log 20,039 (lower is better), as in Gritta et al.',
        'GeoWebNews gold is peers-gwn/gwn_full.txt (all toponyms with coordinates, metonymic and adjectival ones included); the peers are the saved outputs there, scored by the same code. No peer is run live for LGL and GeoVirus.',
      ],
    };
  },
};
