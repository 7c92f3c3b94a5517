/**
 * The headline. In plain text with no metadata the first line, when it looks like a headline,
 * becomes the title (basis 'text') and leaves the body; later lines that repeat the title or the
 * standfirst (the paragraph right under the title) are scraping echoes and go too.
 */
import type { NewsDoc } from '../model/news-doc.js';
import type { CleanEdit, CleanRule } from '../pipeline/stage.js';
import { type Line, contentLines, endsSentence, removeLine, wordsOf } from './line-units.js';

const MAX_TITLE_WORDS = 25;
const MIN_TITLE_WORDS = 2;
const TITLE_CASE_SHARE = 0.7;
const MIN_ECHO_WORDS = 4;
const CAPITALISED = /^[\p{Lu}\d]/u;
const SHORT_WORD_LENGTH = 3;
const FOLD_NOISE = /[^\p{L}\p{N}]+/gu;

/** Fold a line for comparing echoes: letters and digits only, lower case, single spaces. */
function fold(text: string): string {
  return text.replace(FOLD_NOISE, ' ').trim().toLowerCase();
}

/** Whether most of the longer words are capitalised, as in a Title Case headline. */
function isTitleCase(text: string): boolean {
  const words = wordsOf(text).filter((word) => word.length > SHORT_WORD_LENGTH);
  if (words.length === 0) return false;
  return words.filter((word) => CAPITALISED.test(word)).length / words.length >= TITLE_CASE_SHARE;
}

/**
 * Whether a line looks like a headline: short, and either without a final stop or in Title Case.
 * @param text the line's text
 */
export function looksLikeHeadline(text: string): boolean {
  const words = wordsOf(text).length;
  if (words < MIN_TITLE_WORDS || words > MAX_TITLE_WORDS) return false;
  return !endsSentence(text) || isTitleCase(text);
}

function takeTitle(doc: NewsDoc, first: Line): boolean {
  if (doc.meta.title !== null || !looksLikeHeadline(first.text)) return false;
  doc.meta.title = first.text.trim();
  doc.meta.basis.title = 'text';
  return true;
}

/** Take the headline from the first line, and remove lines repeating the title or the standfirst. */
export const extractTitle: CleanRule = {
  kind: 'clean',
  name: 'clean/title',
  propose: (doc) => {
    const text = doc.text;
    const lines = contentLines(text);
    const first = lines[0];
    if (first === undefined || lines.length < 2) return [];
    const edits: CleanEdit[] = [];
    const echoes = new Map<string, string>();
    let bodyStart = 0;
    if (takeTitle(doc, first)) {
      edits.push(...removeLine(text, first, 'title'));
      bodyStart = 1;
    }
    const title = fold(doc.meta.title ?? '');
    if (title.length > 0) echoes.set(title, 'repeated title');
    const standfirst = lines.findIndex((line, index) => index >= bodyStart && fold(line.text) !== title);
    const standfirstLine = lines[standfirst];
    if (standfirstLine !== undefined) echoes.set(fold(standfirstLine.text), 'repeated standfirst');
    for (const [index, line] of lines.entries()) {
      // Note: the standfirst itself stays in the body; only its later copies go.
      if (index < bodyStart || index === standfirst) continue;
      const reason = echoes.get(fold(line.text));
      if (reason === undefined || wordsOf(line.text).length < MIN_ECHO_WORDS) continue;
      edits.push(...removeLine(text, line, reason));
    }
    return edits;
  },
};
