/**
 * Measure the places stage on the public geoparsing sets in ../shared/datasets/geoparsing (LGL,
 * GeoVirus, GeoWebNews): toponym span precision/recall/F1 (exact and overlapping spans), and
 * geocoding accuracy within 161 km, mean error and AUC of the log error, both end to end
 * (predicted spans, scored on the gold toponyms they overlap) and with gold spans given.
 * Run: `node --import tsx scripts/eval-geoparsing.ts [lgl|geovirus|gwn ...] [--limit N]`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import type { Gazetteer } from '../src/annotate/places/gazetteer.js';
import { loadGazetteer } from '../src/annotate/places/gazetteer.js';
import { goldCandidate } from '../src/eval/external/geoparsing.js';
import { extractPlaces } from '../src/annotate/places/places-stage.js';
import { resolveToponyms } from '../src/annotate/places/resolve-toponyms.js';

const DATASETS = new URL('../../shared/datasets/geoparsing/', import.meta.url);
const EARTH_RADIUS_KM = 6371;
const MAX_ERROR_KM = 20_039;
const ACCURACY_KM = 161;

interface GoldToponym {
  readonly start: number;
  readonly end: number;
  readonly lat: number;
  readonly lon: number;
}

interface Article {
  readonly text: string;
  readonly toponyms: readonly GoldToponym[];
}

type XmlNode = Record<string, unknown>;

function list(value: unknown): XmlNode[] {
  if (value === undefined || value === null || value === '') return [];
  const items = Array.isArray(value) ? value : [value];
  return items.filter((item): item is XmlNode => typeof item === 'object' && item !== null);
}

function child(node: XmlNode, name: string): XmlNode {
  const value = node[name];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as XmlNode) : {};
}

function number(value: unknown): number {
  return typeof value === 'number' ? value : Number(value ?? Number.NaN);
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return '';
}

function parse(file: string): XmlNode[] {
  const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: true, trimValues: false, cdataPropName: false });
  const root = parser.parse(readFileSync(new URL(file, DATASETS), 'utf8')) as XmlNode;
  return list(child(root, 'articles').article);
}

function withPoint(toponym: GoldToponym): boolean {
  return Number.isFinite(toponym.lat) && Number.isFinite(toponym.lon) && toponym.end > toponym.start;
}

const READERS: Record<string, () => Article[]> = {
  lgl: () =>
    parse('lgl.xml').map((article) => ({
      text: text(article.text),
      toponyms: list(child(article, 'toponyms').toponym)
        .map((toponym) => {
          const tag = child(toponym, 'gaztag');
          return { start: number(toponym.start), end: number(toponym.end), lat: number(tag.lat), lon: number(tag.lon) };
        })
        .filter(withPoint),
    })),
  geovirus: () =>
    parse('GeoVirus.xml').map((article) => ({
      text: text(article.text),
      toponyms: list(child(article, 'locations').location)
        // Note: GeoVirus offsets are one past the text's (start 1-based, end one beyond).
        .map((location) => ({ start: number(location.start) - 1, end: number(location.end) - 1, lat: number(location.lat), lon: number(location.lon) }))
        .filter(withPoint),
    })),
  gwn: () =>
    parse('GWN.xml').map((article) => ({
      text: text(article.text),
      toponyms: list(child(article, 'toponyms').toponym)
        .map((toponym) => ({ start: number(toponym.start), end: number(toponym.end), lat: number(toponym.latitude), lon: number(toponym.longitude) }))
        .filter(withPoint),
    })),
};

function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const radians = Math.PI / 180;
  const dLat = (lat2 - lat1) * radians;
  const dLon = (lon2 - lon1) * radians;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * radians) * Math.cos(lat2 * radians) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

class Errors {
  readonly values: number[] = [];
  add(km: number): void {
    this.values.push(Math.min(km, MAX_ERROR_KM));
  }
  summary(): string {
    const n = this.values.length;
    if (n === 0) return 'n=0';
    const within = this.values.filter((km) => km <= ACCURACY_KM).length / n;
    const mean = this.values.reduce((sum, km) => sum + km, 0) / n;
    const auc = this.values.reduce((sum, km) => sum + Math.log(km + 1) / Math.log(MAX_ERROR_KM), 0) / n;
    return `n=${n} Acc@161=${within.toFixed(3)} mean=${mean.toFixed(0)}km AUC=${auc.toFixed(3)}`;
  }
}

function f1(tp: number, predicted: number, gold: number): string {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : tp / gold;
  const f = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return `P=${precision.toFixed(3)} R=${recall.toFixed(3)} F1=${f.toFixed(3)}`;
}


function evaluate(name: string, articles: readonly Article[], gazetteer: Gazetteer): void {
  let exact = 0;
  let overlapping = 0;
  let predictedCount = 0;
  let goldCount = 0;
  const endToEnd = new Errors();
  const goldSpans = new Errors();
  for (const article of articles) {
    const predicted = extractPlaces(article.text, gazetteer);
    predictedCount += predicted.length;
    goldCount += article.toponyms.length;
    for (const toponym of article.toponyms) {
      const same = predicted.find((place) => place.start === toponym.start && place.end === toponym.end);
      const overlap = same ?? predicted.find((place) => place.start < toponym.end && toponym.start < place.end);
      if (same) exact += 1;
      if (overlap) {
        overlapping += 1;
        const km = distanceKm(overlap.lat, overlap.lon, toponym.lat, toponym.lon);
        endToEnd.add(km);
        if (process.env.GEO_DEBUG && km > ACCURACY_KM) console.log(`miss\t${overlap.text}\t${overlap.name}\t${overlap.countryCode}\t${Math.round(km)}\t${overlap.lat},${overlap.lon}\tgold ${toponym.lat},${toponym.lon}`);
      }
    }
    const candidates = article.toponyms.map((toponym) => goldCandidate(article, toponym, gazetteer));
    const resolved = resolveToponyms(candidates, gazetteer);
    for (const toponym of article.toponyms) {
      const hit = resolved.find((item) => item.candidate.start === toponym.start && item.candidate.end === toponym.end);
      goldSpans.add(hit ? distanceKm(hit.entry.lat, hit.entry.lon, toponym.lat, toponym.lon) : MAX_ERROR_KM);
    }
  }
  console.log(`${name}: ${articles.length} articles, ${goldCount} gold toponyms with coordinates, ${predictedCount} predicted`);
  console.log(`  spans exact:       ${f1(exact, predictedCount, goldCount)}`);
  console.log(`  spans overlapping: ${f1(overlapping, predictedCount, goldCount)}`);
  console.log(`  end to end (on overlapping gold toponyms): ${endToEnd.summary()}`);
  console.log(`  gold spans (unresolvable names count as ${MAX_ERROR_KM} km): ${goldSpans.summary()}`);
}

function main(): void {
  if (!existsSync(DATASETS)) {
    console.error('../shared/datasets/geoparsing is not there: nothing to measure');
    process.exit(1);
  }
  const args = process.argv.slice(2);
  const limitAt = args.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
  const names = args.filter((arg, index) => !arg.startsWith('--') && (limitAt < 0 || index !== limitAt + 1));
  const gazetteer = loadGazetteer();
  for (const name of names.length > 0 ? names : Object.keys(READERS)) {
    const reader = READERS[name];
    if (!reader) throw new Error(`unknown data set ${name}: use ${Object.keys(READERS).join(', ')}`);
    evaluate(name, reader().slice(0, limit), gazetteer);
  }
}

main();
