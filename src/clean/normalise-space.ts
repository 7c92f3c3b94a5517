/**
 * Normalise white space without losing positions: non-breaking and odd spaces become a plain
 * space, runs of spaces collapse, trailing spaces go, and three or more line breaks become a
 * paragraph break. Each change is an edit, so the offset map stays exact.
 */
import type { CleanEdit, CleanRule } from '../pipeline/stage.js';

const ODD_SPACE = /[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/gu;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/gu;
const SPACE_RUN = / {2,}/gu;
const TRAILING_SPACE = / +(?=\n)|(?<=\n) +/gu;
const LINE_BREAKS = /(?:\r?\n|\r){3,}|\r\n?/gu;
const CARRIAGE_RETURN = /\r\n?/gu;
const EDGE_SPACE = /^\s+|\s+$/gu;

function collect(text: string, pattern: RegExp, replacement: (match: string) => string): CleanEdit[] {
  const edits: CleanEdit[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const replaced = replacement(match[0]);
    if (replaced !== match[0]) {
      edits.push({ start, end: start + match[0].length, text: replaced, kind: 'normalise', reason: 'white space' });
    }
  }
  return edits;
}

/** Normalise odd and invisible spaces to plain ones (one character for one, so positions hold). */
export const normaliseOddSpace: CleanRule = {
  kind: 'clean',
  name: 'clean/odd-space',
  propose: (doc) => [
    ...collect(doc.text, ODD_SPACE, () => ' '),
    ...collect(doc.text, INVISIBLE, () => ''),
  ],
};

/** Collapse runs of spaces and drop spaces at line ends; runs after removals left gaps. */
export const collapseSpace: CleanRule = {
  kind: 'clean',
  name: 'clean/collapse-space',
  propose: (doc) => {
    const text = doc.text;
    return [...collect(text, TRAILING_SPACE, () => ''), ...collect(text, SPACE_RUN, () => ' ')];
  },
};

/** Turn CRLF into LF and three or more line breaks into one paragraph break. */
export const collapseBreaks: CleanRule = {
  kind: 'clean',
  name: 'clean/collapse-breaks',
  propose: (doc) => collect(doc.text, LINE_BREAKS, (match) => (match.length > 2 ? '\n\n' : '\n')),
};

/** Turn CRLF and lone CR into LF, so that the line-based rules see every line. */
export const normaliseLineEnds: CleanRule = {
  kind: 'clean',
  name: 'clean/line-ends',
  propose: (doc) => collect(doc.text, CARRIAGE_RETURN, () => '\n'),
};

/** Trim the text at both ends. */
export const trimEdges: CleanRule = {
  kind: 'clean',
  name: 'clean/trim',
  propose: (doc) => collect(doc.text, EDGE_SPACE, () => ''),
};
