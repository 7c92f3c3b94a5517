/**
 * CoNLL-2003 data: reading the four-column files (word first, NER tag last, IOB1 tags,
 * `-DOCSTART-` between documents), converting IOB1 to BIO, and entity-level exact-span scoring
 * as conlleval does it.
 */
import { readFileSync } from 'node:fs';

/** One sentence: words and their BIO tags. */
export interface TaggedSentence {
  readonly words: readonly string[];
  readonly tags: readonly string[];
}

/** A document: its sentences. */
export type TaggedDocument = readonly TaggedSentence[];

const COLUMNS = /\s+/u;
const LINES = /\r?\n/u;

/** Convert one sentence's IOB1 tags (I- opens an entity unless it continues one) to BIO. */
export function iob1ToBio(tags: readonly string[]): string[] {
  return tags.map((tag, index) => {
    if (!tag.startsWith('I-')) return tag;
    const previous = index > 0 ? (tags[index - 1] ?? 'O') : 'O';
    return previous.slice(2) === tag.slice(2) && previous !== 'O' ? tag : `B-${tag.slice(2)}`;
  });
}

/** Read a CoNLL-2003 file into documents of BIO-tagged sentences. */
export function readConll(path: string): TaggedDocument[] {
  const documents: TaggedSentence[][] = [];
  let current: TaggedSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const closeSentence = (): void => {
    if (words.length > 0) current.push({ words, tags: iob1ToBio(tags) });
    words = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split(LINES)) {
    const columns = line.trim().split(COLUMNS);
    const word = columns[0] ?? '';
    if (word === '') {
      closeSentence();
    } else if (word === '-DOCSTART-') {
      closeSentence();
      if (current.length > 0) documents.push(current);
      current = [];
    } else {
      words.push(word);
      tags.push(columns[columns.length - 1] ?? 'O');
    }
  }
  closeSentence();
  if (current.length > 0) documents.push(current);
  return documents;
}

/** Entity spans `type:start:end` of a BIO (or IOB1) tag sequence, conlleval style. */
export function entitySpans(tags: readonly string[]): string[] {
  const spans: string[] = [];
  let type = '';
  let start = -1;
  const close = (end: number): void => {
    if (start >= 0) spans.push(`${type}:${start}:${end}`);
    start = -1;
  };
  tags.forEach((tag, index) => {
    const tagType = tag === 'O' ? '' : tag.slice(2);
    const begins = tag.startsWith('B-') || (tag.startsWith('I-') && tagType !== type);
    if (tag === 'O' || begins) close(index);
    if (begins) {
      type = tagType;
      start = index;
    }
    if (tag === 'O') type = '';
  });
  close(tags.length);
  return spans;
}

/** Precision, recall and F1 (percent) with the counts. */
export interface Score {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly gold: number;
  readonly predicted: number;
  readonly correct: number;
}

/** Accumulates entity-level exact-span counts per type and overall. */
export class SpanScorer {
  readonly #counts = new Map<string, { gold: number; predicted: number; correct: number }>();

  /** Add one sentence's gold and predicted tags. */
  add(gold: readonly string[], predicted: readonly string[]): void {
    const goldSpans = new Set(entitySpans(gold));
    for (const span of goldSpans) this.#bump(span, 'gold');
    for (const span of entitySpans(predicted)) {
      this.#bump(span, 'predicted');
      if (goldSpans.has(span)) this.#bump(span, 'correct');
    }
  }

  #bump(span: string, field: 'gold' | 'predicted' | 'correct'): void {
    for (const key of [span.slice(0, span.indexOf(':')), '*']) {
      let counts = this.#counts.get(key);
      if (counts === undefined) {
        counts = { gold: 0, predicted: 0, correct: 0 };
        this.#counts.set(key, counts);
      }
      counts[field] += 1;
    }
  }

  /** Scores per type, and `*` for the micro average. */
  scores(): Map<string, Score> {
    const result = new Map<string, Score>();
    for (const [type, counts] of [...this.#counts].sort()) {
      const precision = counts.predicted === 0 ? 0 : (100 * counts.correct) / counts.predicted;
      const recall = counts.gold === 0 ? 0 : (100 * counts.correct) / counts.gold;
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      result.set(type, { precision, recall, f1, ...counts });
    }
    return result;
  }
}
