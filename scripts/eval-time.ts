/**
 * TempEval-3 task A on the TimeML corpora in ../shared/datasets/tempeval3 (TimeBank, AQUAINT):
 * strict and relaxed span F1, type accuracy and value F1 of sitrep's time extractor, each
 * document anchored to its creation time (DCT), with chrono-node alone as the peer.
 *
 * Usage: node --import tsx scripts/eval-time.ts [corpus folder] [--misses N] [--underspecified]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { extractTimes } from '../src/annotate/times/extract-times.js';
import { readTimeML, type TimeDocument, type Timex } from '../src/eval/external/tempeval.js';

const DEFAULT_ROOT = fileURLToPath(new URL('../../shared/datasets/tempeval3/', import.meta.url));
const SECONDS = /:00$/u;
const WEEK_NUMBER = /-W0(\d)$/u;
/** Unspecified trailing fields of a gold value ("1968-XX", "1994-XX-XX"). */
const UNSPECIFIED_TAIL = /(?:-XX)+$/u;
/** A TIMEX2-style decade ("198X"); TIMEX3 writes "198". */
const DECADE_X = /^(\d{3})X$/u;
/**
 * With `--underspecified`, a gold value whose trailing fields are unspecified counts as the same
 * value without them ("1968-XX" = "1968", "198X" = "198"). Off by default: the official
 * TempEval-3 scorer compares the strings as written.
 */
let ignoreUnspecified = false;

/** A TimeML document with the file name it came from (for the miss list). */
interface Document extends TimeDocument {
  readonly name: string;
}

/** Read one TimeML file with the harness's reader, keeping its name. */
function readTimeMLFile(path: string): Document | null {
  const document = readTimeML(readFileSync(path, 'utf8'));
  return document === null ? null : { ...document, name: path.split('/').pop() ?? path };
}

type System = (document: Document) => Timex[];

const sitrep: System = (document) =>
  extractTimes(document.text, { published: document.reference }).readings.map((reading) => ({ start: reading.start, end: reading.end, type: reading.timexType, value: reading.timexValue }));

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

const chronoAlone: System = (document) => {
  const reference = document.reference;
  const instant = reference === null ? new Date() : new Date(Date.UTC(reference.year, (reference.month ?? 1) - 1, reference.day ?? 1, 12));
  return chrono.en.casual.parse(document.text, { instant, timezone: 0 }).map((result) => {
    const date = result.start.date();
    const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
    const timed = result.start.isCertain('hour');
    return { start: result.index, end: result.index + result.text.length, type: timed ? 'TIME' : 'DATE', value: timed ? `${day}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}` : day };
  });
};

interface Counts {
  system: number;
  gold: number;
  strictSystem: number;
  strictGold: number;
  relaxedSystem: number;
  relaxedGold: number;
  pairs: number;
  typeCorrect: number;
  valueCorrect: number;
}

function normaliseValue(value: string | null): string | null {
  if (value === null) return null;
  const plain = value.replace(SECONDS, '').replace(WEEK_NUMBER, '-W$1');
  return ignoreUnspecified ? plain.replace(UNSPECIFIED_TAIL, '').replace(DECADE_X, '$1') : plain;
}

function overlaps(a: Timex, b: Timex): boolean {
  return a.start < b.end && b.start < a.end;
}

function score(documents: readonly Document[], system: System, misses: string[] | null): Counts {
  const counts: Counts = { system: 0, gold: 0, strictSystem: 0, strictGold: 0, relaxedSystem: 0, relaxedGold: 0, pairs: 0, typeCorrect: 0, valueCorrect: 0 };
  for (const document of documents) {
    const found = system(document);
    counts.system += found.length;
    counts.gold += document.gold.length;
    for (const item of found) {
      if (document.gold.some((gold) => gold.start === item.start && gold.end === item.end)) counts.strictSystem += 1;
      if (document.gold.some((gold) => overlaps(gold, item))) counts.relaxedSystem += 1;
    }
    for (const gold of document.gold) {
      if (found.some((item) => gold.start === item.start && gold.end === item.end)) counts.strictGold += 1;
      const match = found.find((item) => overlaps(gold, item));
      if (match === undefined) {
        misses?.push(`${document.name}\tmissed\t${document.text.slice(gold.start, gold.end)}\t${gold.value ?? ''}`);
        continue;
      }
      counts.relaxedGold += 1;
      counts.pairs += 1;
      if (match.type === gold.type) counts.typeCorrect += 1;
      if (normaliseValue(match.value) === normaliseValue(gold.value)) counts.valueCorrect += 1;
      else misses?.push(`${document.name}\tvalue\t${document.text.slice(gold.start, gold.end)}\t${gold.value ?? ''}\tgot ${document.text.slice(match.start, match.end)} = ${match.value ?? 'null'}`);
    }
    for (const item of found) {
      if (!document.gold.some((gold) => overlaps(gold, item))) misses?.push(`${document.name}\tspurious\t${document.text.slice(item.start, item.end)}\t${item.value ?? ''}`);
    }
  }
  return counts;
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

function row(name: string, counts: Counts): string {
  const strict = f1(counts.strictSystem / counts.system, counts.strictGold / counts.gold);
  const relaxedP = counts.relaxedSystem / counts.system;
  const relaxedR = counts.relaxedGold / counts.gold;
  const relaxed = f1(relaxedP, relaxedR);
  const typeAccuracy = counts.typeCorrect / counts.pairs;
  const valueAccuracy = counts.valueCorrect / counts.pairs;
  const cells = [strict, relaxedP, relaxedR, relaxed, typeAccuracy, relaxed * typeAccuracy, valueAccuracy, relaxed * valueAccuracy];
  return `| ${name} | ${counts.system} | ${cells.map((cell) => cell.toFixed(3)).join(' | ')} |`;
}

function main(): void {
  const args = process.argv.slice(2);
  const missesIndex = args.indexOf('--misses');
  const missCount = missesIndex >= 0 ? Number(args[missesIndex + 1] ?? 50) : 0;
  ignoreUnspecified = args.includes('--underspecified');
  const root = args.find((arg, index) => !arg.startsWith('--') && index !== missesIndex + 1) ?? DEFAULT_ROOT;
  const corpora = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const all: Document[] = [];
  const lines = ['| system | corpus | found | strict F1 | relaxed P | relaxed R | relaxed F1 | type acc | type F1 | value acc | value F1 |', '|---|---|---|---|---|---|---|---|---|---|---|'];
  const misses: string[] = [];
  for (const corpus of [...corpora, 'all']) {
    const documents = corpus === 'all' ? all : readdirSync(join(root, corpus)).filter((file) => file.endsWith('.tml')).sort().flatMap((file) => readTimeMLFile(join(root, corpus, file)) ?? []);
    if (corpus !== 'all') all.push(...documents);
    const gold = documents.reduce((sum, document) => sum + document.gold.length, 0);
    lines.push(row(`sitrep | ${corpus} (${documents.length} docs, ${gold} timexes)`, score(documents, sitrep, corpus === 'all' ? misses : null)));
    lines.push(row(`chrono-node alone | ${corpus}`, score(documents, chronoAlone, null)));
  }
  console.log(lines.join('\n'));
  if (missCount > 0) console.log(`\n${misses.slice(0, missCount).join('\n')}`);
}

main();
