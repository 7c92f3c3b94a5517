/**
 * Sentences: every line break ends a paragraph (scraped text has one paragraph a line), and
 * inside a paragraph a sentence ends at . ! ? (with any closing quotes or brackets after it)
 * followed by white space and a capital, digit or opening quote — unless the word before the
 * period is a known abbreviation or a single initial.
 */
import { readFileSync } from 'node:fs';
import type { Sentence } from '../../model/annotations.js';
import type { DocStage } from '../../pipeline/stage.js';

const ABBREVIATIONS_FILE = new URL('../../../data/lexicons/abbreviations.json', import.meta.url);
const PARAGRAPH = /[^\n]+/gu;
const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])/gu;
const WORD_BEFORE = /([\p{L}.]+)\.$/u;
const SINGLE_INITIAL = /^\p{Lu}$/u;

let abbreviations: ReadonlySet<string> | undefined;

function getAbbreviations(): ReadonlySet<string> {
  if (abbreviations === undefined) {
    const data = JSON.parse(readFileSync(ABBREVIATIONS_FILE, 'utf8')) as { abbreviations: string[] };
    abbreviations = new Set(data.abbreviations);
  }
  return abbreviations;
}

function isAbbreviation(textBefore: string): boolean {
  const match = WORD_BEFORE.exec(textBefore);
  if (match === null) return false;
  const word = match[1] ?? '';
  return SINGLE_INITIAL.test(word) || getAbbreviations().has(word.toLowerCase());
}

/** Split a text into sentence spans `[start, end)` with their paragraph index. */
export function splitSentences(text: string): { start: number; end: number; paragraph: number }[] {
  const sentences: { start: number; end: number; paragraph: number }[] = [];
  let paragraph = 0;
  for (const line of text.matchAll(PARAGRAPH)) {
    const lineStart = line.index;
    const lineText = line[0];
    let sentenceStart = 0;
    for (const boundary of lineText.matchAll(BOUNDARY)) {
      const end = boundary.index + boundary[0].length;
      const endsWithPeriod = boundary[0].startsWith('.') && boundary[0].length === 1;
      if (endsWithPeriod && isAbbreviation(lineText.slice(sentenceStart, boundary.index + 1))) continue;
      pushTrimmed(sentences, lineText, lineStart, sentenceStart, end, paragraph);
      sentenceStart = end;
    }
    pushTrimmed(sentences, lineText, lineStart, sentenceStart, lineText.length, paragraph);
    paragraph += 1;
  }
  return sentences;
}

function pushTrimmed(into: { start: number; end: number; paragraph: number }[], line: string, offset: number, start: number, end: number, paragraph: number): void {
  let from = start;
  let to = end;
  while (from < to && /\s/u.test(line[from] ?? '')) from += 1;
  while (to > from && /\s/u.test(line[to - 1] ?? '')) to -= 1;
  if (to > from) into.push({ start: offset + from, end: offset + to, paragraph });
}

/** The sentence stage: fills doc.layers.sentences. */
export const sentenceStage: DocStage = {
  kind: 'extractor',
  name: 'annotate/sentences',
  run(doc) {
    doc.layers.sentences = splitSentences(doc.text).map(
      (span): Sentence => ({
        kind: 'sentence',
        start: span.start,
        end: span.end,
        text: doc.text.slice(span.start, span.end),
        paragraph: span.paragraph,
        provenance: { stage: 'annotate', rule: 'sentences/punctuation', confidence: 0.9 },
      }),
    );
  },
};

/** The sentence that contains a position, by binary search (undefined when none does). */
export function sentenceAt(sentences: readonly Sentence[], position: number): Sentence | undefined {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle];
    if (sentence === undefined) break;
    if (position < sentence.start) high = middle - 1;
    else if (position >= sentence.end) low = middle + 1;
    else return sentence;
  }
  return undefined;
}
