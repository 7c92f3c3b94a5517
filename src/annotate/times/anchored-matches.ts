/**
 * A global pattern's matches found without scanning the whole text: its sticky twin is tried only
 * at the positions where a match can start, which the caller finds from the pattern's one
 * mandatory word (its "anchor") and the few words a match may hold before it.
 *
 * Trying a pattern at each possible start in ascending order, and going on after each match's
 * end, finds what `text.matchAll(pattern)` finds, as long as the starts include every position
 * where the pattern matches. Every time pattern starts at a word boundary, and the words before
 * its anchor come from a short list, so the starts are the anchor's word and the words before it
 * for as long as they are in that list. Note: word and boundary are JavaScript's (`\w`, `\b`);
 * with the `i` and `u` flags these also take two letters outside ASCII (long s and the Kelvin
 * sign), so a text holding either is scanned whole (the time scan says so).
 */

/** What may stand before a pattern's anchor. */
export interface Prefix {
  /** Words (lower case) a match may hold before its anchor. */
  readonly words: ReadonlySet<string>;
  /** Most words a match holds before its anchor. */
  readonly most: number;
  /** Whether numbers written in digits may stand there too. */
  readonly digits?: boolean;
}

/** A prefix of these words, at most `most` of them, digits too when `digits` (optional, default: not). */
export function prefixOf(words: Iterable<string>, most: number, digits = false): Prefix {
  return { words: new Set(words), most, digits };
}

/** No word before the anchor: a match starts at it. */
export const NO_PREFIX: Prefix = prefixOf([], 0);

const ESCAPE = /\\[a-z]/giu;
/** Words a pattern names, with digits in them ("4th"). */
const WORD_RUN = /[a-z0-9]+/giu;
const DIGIT_CLASS = /\\d|\[0-9/u;

/**
 * The prefix of a pattern with at most `most` words before its anchor. Note: the words allowed
 * there are all the words the pattern names ("the", "4th"), and numbers in digits when it reads
 * any, a superset of those a match can hold before its anchor.
 */
export function prefixOfPattern(pattern: RegExp, most: number): Prefix {
  if (most === 0) return NO_PREFIX;
  const words = Array.from(pattern.source.replace(ESCAPE, ' ').matchAll(WORD_RUN), (match) => match[0].toLowerCase());
  return prefixOf(words, most, DIGIT_CLASS.test(pattern.source));
}

const firstLetters = new WeakMap<Prefix, number>();

/** Bits of the first letters (a to z) of a prefix's words. */
function firstLettersOf(prefix: Prefix): number {
  let bits = firstLetters.get(prefix);
  if (bits === undefined) {
    bits = 0;
    for (const word of prefix.words) {
      const code = word.charCodeAt(0) - 97;
      if (code >= 0 && code < 26) bits |= 1 << code;
    }
    firstLetters.set(prefix, bits);
  }
  return bits;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Whether the word `[start, end)` is one the prefix allows. */
function allows(text: string, start: number, end: number, prefix: Prefix, letters: number): boolean {
  const first = text.charCodeAt(start);
  if (isDigitCode(first)) {
    if (prefix.digits === true) {
      let index = start + 1;
      while (index < end && isDigitCode(text.charCodeAt(index))) index += 1;
      if (index === end) return true;
    }
  } else {
    const letter = (first | 32) - 97;
    if (letter < 0 || letter >= 26 || (letters & (1 << letter)) === 0) return false;
  }
  return prefix.words.has(text.slice(start, end).toLowerCase());
}

function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/**
 * Possible starts of matches: each anchor position, and the start of each word before it (a run
 * of `\w`) as long as the word is one the prefix allows, up to its count. Returns them ascending
 * and without repeats.
 */
export function startsFrom(text: string, anchors: readonly number[], prefix: Prefix): readonly number[] {
  if (prefix.most === 0) return anchors;
  const letters = firstLettersOf(prefix);
  const starts: number[] = [];
  let sorted = true;
  for (const anchor of anchors) {
    const first = starts.length;
    let position = anchor;
    for (let count = 0; count < prefix.most; count += 1) {
      let end = position;
      while (end > 0 && !isWordCode(text.charCodeAt(end - 1))) end -= 1;
      if (end === 0) break;
      let start = end;
      while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start -= 1;
      if (!allows(text, start, end, prefix, letters)) break;
      starts.push(start);
      position = start;
    }
    // Note: the words before the anchor were pushed from the nearest back; put them in text order.
    for (let low = first, high = starts.length - 1; low < high; low += 1, high -= 1) {
      const swap = starts[low] as number;
      starts[low] = starts[high] as number;
      starts[high] = swap;
    }
    if (first > 0 && (starts[first - 1] as number) >= (starts.length > first ? (starts[first] as number) : anchor)) sorted = false;
    starts.push(anchor);
  }
  if (!sorted) {
    starts.sort(ascending);
    let kept = 0;
    for (const start of starts) if (kept === 0 || starts[kept - 1] !== start) starts[kept++] = start;
    starts.length = kept;
  }
  return starts;
}

function ascending(a: number, b: number): number {
  return a - b;
}

/** The matches of a sticky pattern tried at ascending `starts` (what the global pattern finds, when the starts hold all of its). */
export function matchesAt(text: string, sticky: RegExp, starts: readonly number[]): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    sticky.lastIndex = start;
    const match = sticky.exec(text);
    if (match === null) continue;
    found.push(match);
    from = start + Math.max(1, match[0].length);
  }
  return found;
}

/** The sticky twin of a global pattern. */
export function stickyOf(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.replace('g', 'y'));
}
