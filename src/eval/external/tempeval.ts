/**
 * TempEval-3 task A on TimeBank and AQUAINT (`tempeval3/`): strict and relaxed span F1, type
 * accuracy and value F1 (relaxed F1 times value accuracy, as the task defines it), each document
 * anchored to its creation time (DCT). chrono-node alone is the peer in the same run. The TimeML
 * reader and the peer follow scripts/eval-time.ts (the time helper's script, which only has a main).
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { extractTimes } from '../../annotate/times/extract-times.js';
import { type TimeReference, parseReference } from '../../annotate/times/time-reference.js';
import { type EvalTask, type HeadlineRow, type TaskOptions, type TaskReport, Stopwatch, fixed, harmonicMean, ratio, sample } from './eval-task.js';

const DCT = /<DCT>\s*<TIMEX3[^>]*\svalue="([^"]+)"/u;
const TEXT_BODY = /<TEXT>([\s\S]*?)<\/TEXT>/u;
const TAG = /<(\/?)([A-Z0-9]+)(\s[^>]*)?>/gu;
const ATTRIBUTE = /(\w+)="([^"]*)"/gu;
const ENTITY = /&(amp|lt|gt|quot|apos);/gu;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const SECONDS = /:00$/u;
const WEEK_NUMBER = /-W0(\d)$/u;
const TIMEML_FILE = /\.tml$/u;

/** A time expression: span, TIMEX3 type and value. */
export interface Timex {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: string | null;
}

/** A TimeML document as plain text with its gold expressions. */
export interface TimeDocument {
  readonly text: string;
  readonly reference: TimeReference | null;
  readonly gold: readonly Timex[];
}

function decode(value: string): string {
  return value.replace(ENTITY, (_, name: string) => ENTITIES[name] ?? '');
}

/** Read one TimeML source into plain text with its gold TIMEX3 spans (the DCT itself left out). */
export function readTimeML(source: string): TimeDocument | null {
  const body = TEXT_BODY.exec(source)?.[1];
  if (body === undefined) return null;
  let text = '';
  let last = 0;
  const gold: Timex[] = [];
  let open: { start: number; type: string; value: string | null; creation: boolean } | null = null;
  for (const tag of body.matchAll(TAG)) {
    text += decode(body.slice(last, tag.index));
    last = tag.index + tag[0].length;
    if (tag[2] !== 'TIMEX3') continue;
    if (tag[1] === '/') {
      if (open !== null && !open.creation) gold.push({ start: open.start, end: text.length, type: open.type, value: open.value });
      open = null;
      continue;
    }
    const attributes = new Map([...(tag[3] ?? '').matchAll(ATTRIBUTE)].map((match) => [match[1] ?? '', match[2] ?? '']));
    open = { start: text.length, type: attributes.get('type') ?? 'DATE', value: attributes.get('value') ?? null, creation: attributes.get('functionInDocument') === 'CREATION_TIME' };
  }
  text += decode(body.slice(last));
  return { text, reference: parseReference(DCT.exec(source)?.[1] ?? null), gold };
}

type TimeSystem = (document: TimeDocument) => Timex[];

const sitrepTimes: TimeSystem = (document) =>
  extractTimes(document.text, { published: document.reference }).readings.map((reading) => ({ start: reading.start, end: reading.end, type: reading.timexType, value: reading.timexValue }));

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

const chronoAlone: TimeSystem = (document) => {
  const reference = document.reference;
  const instant = reference === null ? new Date(0) : new Date(Date.UTC(reference.year, (reference.month ?? 1) - 1, reference.day ?? 1, 12));
  return chrono.en.casual.parse(document.text, { instant, timezone: 0 }).map((result) => {
    const date = result.start.date();
    const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
    const timed = result.start.isCertain('hour');
    return { start: result.index, end: result.index + result.text.length, type: timed ? 'TIME' : 'DATE', value: timed ? `${day}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}` : day };
  });
};

/** TempEval-3 task A figures. */
export interface TimexScore {
  readonly strictF1: number;
  readonly relaxedPrecision: number;
  readonly relaxedRecall: number;
  readonly relaxedF1: number;
  /** Type accuracy on relaxed matches. */
  readonly typeAccuracy: number;
  /** Value accuracy on relaxed matches. */
  readonly valueAccuracy: number;
  /** Relaxed F1 times value accuracy. */
  readonly valueF1: number;
  readonly found: number;
}

function normaliseValue(value: string | null): string | null {
  return value === null ? null : value.replace(SECONDS, '').replace(WEEK_NUMBER, '-W$1');
}

function overlaps(a: Timex, b: Timex): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Score found expressions against gold, document by document. */
export function scoreTimexes(pairs: readonly { readonly gold: readonly Timex[]; readonly found: readonly Timex[] }[]): TimexScore {
  let found = 0;
  let gold = 0;
  let strictFound = 0;
  let strictGold = 0;
  let relaxedFound = 0;
  let relaxedGold = 0;
  let typeRight = 0;
  let valueRight = 0;
  for (const pair of pairs) {
    found += pair.found.length;
    gold += pair.gold.length;
    for (const item of pair.found) {
      if (pair.gold.some((expected) => expected.start === item.start && expected.end === item.end)) strictFound += 1;
      if (pair.gold.some((expected) => overlaps(expected, item))) relaxedFound += 1;
    }
    for (const expected of pair.gold) {
      if (pair.found.some((item) => item.start === expected.start && item.end === expected.end)) strictGold += 1;
      const match = pair.found.find((item) => overlaps(expected, item));
      if (match === undefined) continue;
      relaxedGold += 1;
      if (match.type === expected.type) typeRight += 1;
      if (normaliseValue(match.value) === normaliseValue(expected.value)) valueRight += 1;
    }
  }
  const relaxedPrecision = ratio(relaxedFound, found);
  const relaxedRecall = ratio(relaxedGold, gold);
  const relaxedF1 = harmonicMean(relaxedPrecision, relaxedRecall);
  const valueAccuracy = ratio(valueRight, relaxedGold);
  return {
    strictF1: harmonicMean(ratio(strictFound, found), ratio(strictGold, gold)),
    relaxedPrecision,
    relaxedRecall,
    relaxedF1,
    typeAccuracy: ratio(typeRight, relaxedGold),
    valueAccuracy,
    valueF1: relaxedF1 * valueAccuracy,
    found,
  };
}

function readCorpus(folder: URL): TimeDocument[] {
  return readdirSync(folder).filter((file) => TIMEML_FILE.test(file)).sort().flatMap((file) => readTimeML(readFileSync(new URL(file, folder), 'utf8')) ?? []);
}

/** The time-expression task. */
export const tempevalTask: EvalTask = {
  name: 'time',
  run(options: TaskOptions): TaskReport {
    const rows: string[][] = [];
    const headline: HeadlineRow[] = [];
    for (const corpus of ['TimeBank', 'AQUAINT']) {
      const documents = sample(readCorpus(new URL(`tempeval3/${corpus}/`, options.datasets)), options.quick, 25);
      const goldCount = documents.reduce((sum, document) => sum + document.gold.length, 0);
      const results = new Map<string, { score: TimexScore; perSecond: number }>();
      for (const [name, system] of [['sitrep', sitrepTimes], ['chrono-node alone (same run)', chronoAlone]] as const) {
        // Note: one untimed call first, so that loading lexicons is not counted as speed.
        if (documents[0] !== undefined) system(documents[0]);
        const watch = new Stopwatch();
        const score = scoreTimexes(documents.map((document) => ({ gold: document.gold, found: watch.time(() => system(document)) })));
        results.set(name, { score, perSecond: watch.perSecond });
        rows.push([`${name}, ${corpus} (${documents.length} docs, ${goldCount} timexes)`, String(score.found), fixed(score.strictF1), fixed(score.relaxedPrecision), fixed(score.relaxedRecall), fixed(score.relaxedF1), fixed(score.typeAccuracy), fixed(score.valueAccuracy), fixed(score.valueF1), watch.perSecond.toFixed(0)]);
      }
      const ours = results.get('sitrep');
      const peer = results.get('chrono-node alone (same run)');
      headline.push({
        task: `TempEval-3 ${corpus}`,
        metric: 'value F1',
        ours: ours?.score.valueF1 ?? null,
        peer: peer === undefined ? null : { name: 'chrono-node', value: peer.score.valueF1 },
        bar: 0.8,
        speed: { ours: ours?.perSecond ?? 0, peer: peer?.perSecond ?? null },
      });
    }
    return {
      task: 'Time expressions (TempEval-3 task A)',
      tables: [{ title: 'TIMEX3: spans, types and values', columns: ['system, corpus', 'found', 'strict F1', 'relaxed P', 'relaxed R', 'relaxed F1', 'type acc', 'value acc', 'value F1', 'docs/s'], rows }],
      headline,
      notes: [
        'Each document is anchored to its DCT. Value F1 = relaxed F1 x value accuracy on relaxed matches (TempEval-3); values compared after dropping a trailing :00 and padding week numbers.',
        'chrono-node alone reads every match as a DATE (a TIME when the hour is stated) and yields no DURATION or SET values, so its value figure is a floor.',
      ],
    };
  },
};
