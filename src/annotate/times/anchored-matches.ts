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
 * sign), so a text holding either is scanned whole (see {@link canAnchor}).
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

/** No word before the anchor: a match starts at it. */
export const NO_PREFIX: Prefix = { words: new Set(), most: 0 };

const FOLDING_LETTERS = /[\u017F\u212A]/u;
const ALL_DIGITS = /^\d+$/u;

/** Whether a text can be scanned from anchors (it holds neither letter that `\w` takes under `iu` outside ASCII). */
export function canAnchor(text: string): boolean {
  return !FOLDING_LETTERS.test(text);
}

function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/**
 * Possible starts of matches: each anchor position, and the start of each word before it (a run
 * of `\w`) as long as the word is one the prefix allows, up to its count. Returns them ascending
 * and without repeats.
 */
export function startsFrom(text: string, anchors: readonly number[], prefix: Prefix): number[] {
  const starts: number[] = [];
  for (const anchor of anchors) {
    let position = anchor;
    const before: number[] = [];
    for (let count = 0; count < prefix.most; count += 1) {
      let end = position;
      while (end > 0 && !isWordCode(text.charCodeAt(end - 1))) end -= 1;
      if (end === 0) break;
      let start = end;
      while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start -= 1;
      const word = text.slice(start, end).toLowerCase();
      if (!prefix.words.has(word) && !(prefix.digits === true && ALL_DIGITS.test(word))) break;
      before.push(start);
      position = start;
    }
    for (let index = before.length - 1; index >= 0; index -= 1) starts.push(before[index] as number);
    starts.push(anchor);
  }
  starts.sort((a, b) => a - b);
  let kept = 0;
  for (const start of starts) if (kept === 0 || starts[kept - 1] !== start) starts[kept++] = start;
  starts.length = kept;
  return starts;
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
