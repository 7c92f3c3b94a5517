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
/**
 * A sentence end: the marks and closing quotes or brackets, then (not taken) white space within
 * the line and a capital, digit or opening quote. Note: the space may not be a line break, so one
 * scan of the whole text finds what a scan of each line would.
 */
const BOUNDARY = /[.!?…]+["'”’)\]]*(?=[^\S\n]+["'“‘([]?[\p{Lu}\p{N}])/gu;
const WORD_BEFORE = /([\p{L}.]+)\.$/u;
const SINGLE_INITIAL = /^\p{Lu}$/u;
const PERIOD = 0x2e;

let abbreviations: ReadonlySet<string> | undefined;

function getAbbreviations(): ReadonlySet<string> {
  if (abbreviations === undefined) {
    const data = JSON.parse(readFileSync(ABBREVIATIONS_FILE, 'utf8')) as { abbreviations: string[] };
    abbreviations = new Set(data.abbreviations);
  }
  return abbreviations;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/**
 * The word of letters and periods just before the period at `period`, from `from` on ('' when
 * there is none): what WORD_BEFORE takes from `text.slice(from, period + 1)`, found by walking
 * back over ASCII letters and periods (the pattern itself reads the rare word with other letters).
 */
function wordBefore(text: string, from: number, period: number): string {
  let start = period;
  while (start > from) {
    const code = text.charCodeAt(start - 1);
    if (code >= 0x80) return WORD_BEFORE.exec(text.slice(from, period + 1))?.[1] ?? '';
    if (code !== PERIOD && !isAsciiLetter(code)) break;
    start -= 1;
  }
  return text.slice(start, period);
}

/** Whether the period at `period` closes an abbreviation or an initial (the sentence so far starts at `from`). */
function isAbbreviation(text: string, from: number, period: number): boolean {
  const word = wordBefore(text, from, period);
  if (word === '') return false;
  // Note: one code point is at most two code units; longer words are no initial.
  return (word.length <= 2 && SINGLE_INITIAL.test(word)) || getAbbreviations().has(word.toLowerCase());
}

/** Whether a UTF-16 code unit is white space to a `\s` pattern. */
export function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Split a text into sentence spans `[start, end)` with their paragraph index. */
export function splitSentences(text: string): { start: number; end: number; paragraph: number }[] {
  const sentences: { start: number; end: number; paragraph: number }[] = [];
  BOUNDARY.lastIndex = 0;
  let boundary = BOUNDARY.exec(text);
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd > lineStart) {
      let sentenceStart = lineStart;
      while (boundary !== null && boundary.index < lineEnd) {
        const end = boundary.index + boundary[0].length;
        const endsWithPeriod = boundary[0].length === 1 && boundary[0].charCodeAt(0) === PERIOD;
        if (!(endsWithPeriod && isAbbreviation(text, sentenceStart, boundary.index))) {
          pushTrimmed(sentences, text, sentenceStart, end, paragraph);
          sentenceStart = end;
        }
        boundary = BOUNDARY.exec(text);
      }
      pushTrimmed(sentences, text, sentenceStart, lineEnd, paragraph);
      paragraph += 1;
    }
    lineStart = lineEnd + 1;
  }
  return sentences;
}

function pushTrimmed(into: { start: number; end: number; paragraph: number }[], text: string, start: number, end: number, paragraph: number): void {
  let from = start;
  let to = end;
  while (from < to && isWhiteSpace(text.charCodeAt(from))) from += 1;
  while (to > from && isWhiteSpace(text.charCodeAt(to - 1))) to -= 1;
  if (to > from) into.push({ start: from, end: to, paragraph });
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
