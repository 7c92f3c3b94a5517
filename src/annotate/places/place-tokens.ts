/**
 * Word tokens for toponym search, with what the search needs to know about each: capitalised,
 * written in capitals, first of its sentence or line.
 */

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’ʼ][\p{L}\p{M}]{2,})*/gu;
const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const SENTENCE_END = /(?:^|[.!?:;•|\n])[\s"“”'‘’«»()[\]*\-–—]*$/u;
const LINE_START = /(?:^|\n)[\s"“'‘«(*\-–—]*$/u;
const GAP_SPACE = /^[ \t\u00a0]*(?:[-‐‑][ \t\u00a0]*)?$/u;
const GAP_ABBREVIATION = /^\.[ \t\u00a0]*$/u;
const SHORT_ABBREVIATION = /^\p{Lu}\p{Ll}{0,2}$/u;
const LOOK_BACK = 12;
const NON_LETTER = /\P{L}/gu;

/** A word of the text. */
export interface PlaceToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Starts with a capital letter. */
  readonly capitalised: boolean;
  /** Two or more letters, all capitals. */
  readonly allCaps: boolean;
  /** First word of a sentence (or of a heading or caption line). */
  readonly sentenceInitial: boolean;
  /** First word of a line. */
  readonly lineInitial: boolean;
  /** Joined to the previous word by only a space or a hyphen (or "St." style dot). */
  readonly joinedToPrevious: boolean;
}

/** Split text into word tokens for toponym search. */
export function placeTokens(text: string): PlaceToken[] {
  const tokens: PlaceToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const word = match[0];
    const before = text.slice(Math.max(0, start - LOOK_BACK), start);
    const previous = tokens.at(-1);
    const gap = previous ? text.slice(previous.end, start) : '';
    const joined =
      previous !== undefined && (GAP_SPACE.test(gap) || (GAP_ABBREVIATION.test(gap) && SHORT_ABBREVIATION.test(previous.text)));
    const letters = word.replace(NON_LETTER, '');
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      capitalised: UPPER_START.test(word),
      allCaps: letters.length >= 2 && !HAS_LOWER.test(letters),
      sentenceInitial: previous === undefined || SENTENCE_END.test(before),
      lineInitial: previous === undefined || LINE_START.test(before),
      joinedToPrevious: joined,
    });
  }
  return tokens;
}
