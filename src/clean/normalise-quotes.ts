/**
 * Quotation marks in one canonical form: curly “ ” for double quotes and ‘ ’ for single ones.
 * « » „ ‟ ″ 〝 〞 ＂ become “ or ”, ‚ ‛ become ‘, the TeX-style pairs `` and '' become “ and ”, and
 * straight double quotes become “ when they open (at a line start, after a space or an opening
 * bracket) and ” otherwise. Straight apostrophes are left as they are: one mark stands for both
 * the apostrophe and the single quote, and guessing wrong would split a word. Every change but
 * the two-character TeX pairs is one character for one, so positions hold.
 */
import type { CleanEdit, CleanRule } from '../pipeline/stage.js';

const OPENING_DOUBLE = '“';
const CLOSING_DOUBLE = '”';
const OPENING_SINGLE = '‘';
const QUOTE_MARKS = /``|''|["«»„‟″〝〞＂‚‛“]/gu;
const OPENS_AFTER = /[\s([{\u2014\u2013-]/u;
const FIXED: Readonly<Record<string, string>> = {
  '``': OPENING_DOUBLE,
  "''": CLOSING_DOUBLE,
  '«': OPENING_DOUBLE,
  '»': CLOSING_DOUBLE,
  '‟': OPENING_DOUBLE,
  '〝': OPENING_DOUBLE,
  '〞': CLOSING_DOUBLE,
  '″': CLOSING_DOUBLE,
  '‚': OPENING_SINGLE,
  '‛': OPENING_SINGLE,
};

/** Whether a straight mark at `index` opens a quotation (nothing, a space or an opening bracket before it). */
function opens(text: string, index: number): boolean {
  const before = text[index - 1];
  return before === undefined || OPENS_AFTER.test(before);
}

/**
 * The edits that bring a text's quotation marks to the canonical form.
 * @param text the text to normalise
 */
export function quoteEdits(text: string): CleanEdit[] {
  const edits: CleanEdit[] = [];
  let lowOpen = false;
  for (const match of text.matchAll(QUOTE_MARKS)) {
    const mark = match[0];
    const start = match.index;
    let replacement = FIXED[mark];
    if (mark === '"' || mark === '＂') replacement = opens(text, start) ? OPENING_DOUBLE : CLOSING_DOUBLE;
    if (mark === '„') {
      replacement = OPENING_DOUBLE;
      lowOpen = true;
    } else if (mark === '“' && lowOpen) {
      // Note: after a low „ the German closing mark is “; in the canonical form it closes, so it becomes ”.
      replacement = CLOSING_DOUBLE;
      lowOpen = false;
    }
    if (replacement === undefined || replacement === mark) continue;
    edits.push({ start, end: start + mark.length, text: replacement, kind: 'normalise', reason: 'quotation mark' });
  }
  return edits;
}

/** Normalise quotation marks to curly quotes. */
export const normaliseQuotes: CleanRule = {
  kind: 'clean',
  name: 'clean/quotes',
  propose: (doc) => quoteEdits(doc.text),
};
