/**
 * Small reads of a span of the text that the quote finders make often, without cutting the span
 * out: counting its words up to a limit, trimming white space (and full stops) off its end,
 * testing that it is blank. Each equals the slice-and-pattern form it replaces (`slice.match(WORD)`,
 * `slice.replace(/\s+$/u, '')`, `slice.trim() === ''`).
 */

/** A letter or digit at lastIndex. */
const WORD_CHARACTER = /[\p{L}\p{N}]/uy;
const SPACE_OR_PUNCTUATION = /^[\s\p{P}]$/u;
const SPACE = /\s/u;
const FULL_STOP = 0x2e;

/** Whether the character code is white space as `\s` reads it. */
function isSpaceCode(text: string, position: number): boolean {
  const code = text.charCodeAt(position);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return SPACE.test(text.charAt(position));
}

function isWordCharacter(text: string, position: number): boolean {
  const code = text.charCodeAt(position);
  const folded = code | 0x20;
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (folded >= 0x61 && folded <= 0x7a);
  WORD_CHARACTER.lastIndex = position;
  return WORD_CHARACTER.test(text);
}

/**
 * How many words (runs of letters and digits) `text.slice(start, end)` holds, counting no further
 * than `limit`. Note: read character by character (no match records); a character outside the
 * BMP is read whole, and a run that `end` cuts still counts, as in the slice.
 */
export function countWords(text: string, start: number, end: number, limit: number): number {
  let count = 0;
  let inWord = false;
  for (let at = start; at < end && count < limit; at += 1) {
    const code = text.charCodeAt(at);
    // Note: a high surrogate that `end` cuts off its pair, or a low one reached on its own (at `start`), is no letter, as in the slice.
    const cut = (code >= 0xd800 && code <= 0xdbff && at + 1 >= end) || (code >= 0xdc00 && code <= 0xdfff);
    const word = !cut && isWordCharacter(text, at);
    if (word && !inWord) count += 1;
    inWord = word;
    if (word && code >= 0xd800 && code <= 0xdbff) at += 1;
  }
  return count;
}

/** The end of `text.slice(start, end)` without its trailing white space (and full stops when `stops`). */
export function trimmedEnd(text: string, start: number, end: number, stops = false): number {
  let at = end;
  while (at > start && (isSpaceCode(text, at - 1) || (stops && text.charCodeAt(at - 1) === FULL_STOP))) at -= 1;
  return at;
}

/** Whether `text.slice(start, end)` is empty or white space only. */
export function isBlank(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at += 1) if (!isSpaceCode(text, at)) return false;
  return true;
}

/** ASCII white space and punctuation as `[\s\p{P}]` reads them, one bit per code (`$+<=>^`|~` are symbols, not punctuation). */
const ASCII_SPACE_OR_PUNCTUATION = (() => {
  const bits = new Uint8Array(0x80);
  for (const code of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]) bits[code] = 1;
  for (const mark of '!"#%&\'()*,-./:;?@[\\]_{}') bits[mark.charCodeAt(0)] = 1;
  return bits;
})();

/** Whether `text.slice(start, end)` holds only white space and punctuation, as `/^[\s\p{P}]*$/u` reads it; stops at the first other character. */
export function isOnlySpaceOrPunctuation(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at += 1) {
    const code = text.charCodeAt(at);
    // Note: an ASCII character is read off a table, without cutting it out for the pattern.
    if (code < 0x80) {
      if (ASCII_SPACE_OR_PUNCTUATION[code] === 0) return false;
      continue;
    }
    // Note: a surrogate pair is read whole.
    const wide = code >= 0xd800 && code <= 0xdbff && at + 1 < end;
    if (!SPACE_OR_PUNCTUATION.test(text.slice(at, wide ? at + 2 : at + 1))) return false;
    if (wide) at += 1;
  }
  return true;
}

/** Whether a word ends in 's or ’s, as `/['’]s$/u.test(word)`. */
export function endsPossessive(word: string): boolean {
  const apostrophe = word.charCodeAt(word.length - 2);
  return word.endsWith('s') && (apostrophe === 0x27 || apostrophe === 0x2019);
}

/** A word without its 's or ’s ending ("ministry’s" -> "ministry"), as `word.replace(/['’]s$/u, '')`. */
export function withoutPossessive(word: string): string {
  return endsPossessive(word) ? word.slice(0, -2) : word;
}
