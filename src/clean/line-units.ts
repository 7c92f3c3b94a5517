/**
 * Lines: the unit most clean rules judge. Scraped text puts one paragraph, caption or piece of
 * page furniture on each line, so a rule looks at a line as a whole and removes it whole.
 */
import type { CleanEdit } from '../pipeline/stage.js';

/** One line of the current text, without its line break. */
export interface Line {
  /** Position of the line in the list of all lines (blank ones included). */
  readonly index: number;
  /** Start of the line in the text. */
  readonly start: number;
  /** End (exclusive) of the line, before its line break. */
  readonly end: number;
  /** The line's text. */
  readonly text: string;
}

const LINE = /[^\n]*/gu;
const SENTENCE_END = /[.!?…:;][\s"'”’»)\]]*$/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;
const EDGE_NOISE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const INNER_SPACE = /\s+/gu;
const CURLY_APOSTROPHE = /[‘’]/gu;

/** Every line of `text` with its offsets (an empty text has one empty line). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  for (const match of text.matchAll(LINE)) {
    if (match[0].length === 0 && lines.length > 0 && lines.at(-1)?.end === match.index) continue;
    lines.push({ index: lines.length, start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return lines;
}

/** Lines with some text on them. */
export function contentLines(text: string): Line[] {
  return splitLines(text).filter((line) => line.text.trim().length > 0);
}

/** Whether the line ends like a sentence (final stop, question or exclamation mark, colon). */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trim());
}

/** The words of a text (letters or digits, with inner apostrophes, dots and hyphens). */
export function wordsOf(text: string): string[] {
  return [...text.matchAll(WORD)].map((match) => match[0]);
}

/** A line folded for lexicon look-up: lower case, straight apostrophes, no edge punctuation, single spaces. */
export function foldLine(text: string): string {
  return text.replace(CURLY_APOSTROPHE, "'").replace(EDGE_NOISE, '').replace(INNER_SPACE, ' ').toLowerCase();
}

/**
 * Edits that remove a whole line: the line's text as a removal with `reason`, and its line break
 * (the one after it, or before it for the last line) as a white-space edit, so no empty line is left.
 */
export function removeLine(text: string, line: Line, reason: string): CleanEdit[] {
  const edits: CleanEdit[] = [{ start: line.start, end: line.end, text: '', kind: 'remove', reason }];
  if (text[line.end] === '\n') edits.push({ start: line.end, end: line.end + 1, text: '', kind: 'normalise', reason: 'white space' });
  else if (line.start > 0 && text[line.start - 1] === '\n') edits.push({ start: line.start - 1, end: line.start, text: '', kind: 'normalise', reason: 'white space' });
  return edits;
}

/** The nearest content line before `line` and whether a blank line separates them. */
export function previousContent(lines: readonly Line[], line: Line): { line: Line; adjacent: boolean } | null {
  for (let index = line.index - 1; index >= 0; index -= 1) {
    const candidate = lines[index];
    if (candidate !== undefined && candidate.text.trim().length > 0) return { line: candidate, adjacent: index === line.index - 1 };
  }
  return null;
}
