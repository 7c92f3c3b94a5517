/**
 * The timeline: dated statements and events across the corpus. Each dated time expression (day,
 * week, month or clock time) or dated event gives an entry with the sentence it sits in; an
 * entry from another document on the same date merges with it when both report the same event
 * type and actors or their sentences share most content words. Entries list the documents that
 * report them and which came first.
 */
import type { TimelineEntry } from '../model/analysis.generated.js';
import type { Granularity } from '../model/annotations.js';
import type { NewsDoc } from '../model/news-doc.js';
import { cameFirst, type DocRecord } from './doc-record.js';
import { docSentences, sentenceAt, type SentenceSpan } from './doc-features.js';
import { contentWords, stableId } from './fold-text.js';
import type { ResolveIndex } from './resolve-index.js';

/** Record kind of timeline entries. */
export const TIMELINE_KIND = 'timeline';
/** Member kind: date -> timeline entry ids. */
export const TIMELINE_DATE_INDEX = 'tl-date';
/** Member kind: timeline entry id -> documents. */
export const TIMELINE_DOCUMENTS = 'tl-doc';
/** Member kind: document -> the timeline entries it reports (for reading one story's timeline). */
export const DOCUMENT_TIMELINE = 'doc-tl';
/** Dice overlap of content words from which two same-date sentences report the same thing. */
export const TIMELINE_MATCH = 0.4;
const DATED: readonly Granularity[] = ['day', 'week', 'month', 'time'];
const MAX_TEXT = 320;
/** Same-date entries compared at most (the newest). */
const TIMELINE_CANDIDATES = 12;
const MAX_WORDS = 40;
const DATE_PREFIX = /^\d{4}-(?:\d{2}(?:-\d{2})?|W\d{2})/u;

/** A timeline entry as stored. */
export interface TimelineRecord extends TimelineEntry {
  readonly id: string;
  first: string;
  firstOrder: number;
  firstPublished: string | null;
  readonly eventType: string | null;
  readonly actors: string[];
  readonly words: string[];
}

interface Dated {
  readonly date: string;
  readonly granularity: TimelineEntry['granularity'];
  readonly sentence: SentenceSpan;
}

function granularityOf(value: string): TimelineEntry['granularity'] {
  if (value.includes('T')) return 'time';
  if (value.includes('W')) return 'week';
  if (value.length >= 10) return 'day';
  return value.length >= 7 ? 'month' : 'year';
}

function datedSentences(doc: NewsDoc): Dated[] {
  const sentences = docSentences(doc);
  const found = new Map<string, Dated>();
  const add = (value: string, granularity: TimelineEntry['granularity'], position: number): void => {
    const sentence = sentenceAt(sentences, position);
    if (sentence === undefined || !DATE_PREFIX.test(value)) return;
    const key = `${sentence.start}|${value}`;
    if (!found.has(key)) found.set(key, { date: value, granularity, sentence });
  };
  for (const time of doc.layers.times) {
    if (time.value === null || !DATED.includes(time.granularity)) continue;
    add(time.value, time.granularity === 'duration' || time.granularity === 'unknown' ? granularityOf(time.value) : time.granularity, time.start);
  }
  for (const event of doc.layers.events) if (event.time !== null) add(event.time, granularityOf(event.time), event.start);
  return [...found.values()];
}

function dice(a: readonly string[], b: readonly string[]): number {
  const other = new Set(b);
  const mine = new Set(a);
  let shared = 0;
  for (const word of mine) if (other.has(word)) shared += 1;
  return (2 * shared) / (mine.size + other.size || 1);
}

/** Add a resolved document's dated sentences to the timeline. */
export function addToTimeline(index: ResolveIndex, doc: NewsDoc, record: DocRecord, nameOf: (entity: string) => string | undefined): void {
  // Note: two dated sentences of one document can join one entry; the document is filed under it once.
  const joined = new Set<string>();
  for (const dated of datedSentences(doc)) {
    const inside = doc.layers.events.filter((event) => event.start >= dated.sentence.start && event.end <= dated.sentence.end);
    const event = inside[0];
    const actors = event === undefined ? [] : [...event.actors].sort();
    const sentenceWords = [...new Set(contentWords(dated.sentence.text))].slice(0, MAX_WORDS);
    const dateKey = dated.date.slice(0, 10);
    let entry: TimelineRecord | undefined;
    let changed = true;
    for (const id of index.members(TIMELINE_DATE_INDEX, dateKey, TIMELINE_CANDIDATES)) {
      const candidate = index.getRecord<TimelineRecord>(TIMELINE_KIND, id);
      if (candidate === undefined) continue;
      const sameEvent = event !== undefined && candidate.eventType === event.type && (actors.length === 0 || candidate.actors.length === 0 || actors.some((actor) => candidate.actors.includes(actor)));
      if (sameEvent || dice(sentenceWords, candidate.words) >= TIMELINE_MATCH) {
        entry = candidate;
        changed = false;
        break;
      }
    }
    if (entry === undefined) {
      const text = dated.sentence.text.length > MAX_TEXT ? `${dated.sentence.text.slice(0, MAX_TEXT - 1)}…` : dated.sentence.text;
      entry = {
        id: stableId('tl', doc.id, String(dated.sentence.start), dated.date),
        date: dated.date,
        granularity: dated.granularity,
        text,
        documents: [],
        first: doc.id,
        firstOrder: record.order,
        firstPublished: record.published,
        eventType: event?.type ?? null,
        actors,
        words: sentenceWords,
        ...(event === undefined ? {} : { event: event.type, actorNames: event.actors.map((actor) => nameOf(actor) ?? actor) }),
      };
      index.addMember(TIMELINE_DATE_INDEX, dateKey, entry.id);
    } else if (cameFirst(record, { published: entry.firstPublished, order: entry.firstOrder })) {
      entry = { ...entry, first: doc.id, firstOrder: record.order, firstPublished: record.published };
      changed = true;
    }
    // Note: an entry joined without becoming first is unchanged (its documents are a member list), and rewriting it would dirty an old page of the records table.
    if (changed) index.putRecord(TIMELINE_KIND, entry.id, entry);
    if (joined.has(entry.id)) continue;
    joined.add(entry.id);
    index.addMember(TIMELINE_DOCUMENTS, entry.id, doc.id);
    index.addMember(DOCUMENT_TIMELINE, doc.id, entry.id);
  }
}
