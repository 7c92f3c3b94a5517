/**
 * The tokens the event lexicons read in one passage: runs of letters and digits joined by
 * hyphens and apostrophes ("cease-fire", "don't"), lower-cased with ’ read as '. The reference is
 * {@link eventTokensByPattern}, one pattern over the passage. {@link readPassageTokens} reads the
 * same tokens off the document's shared tokens (computed once by `tokenize` and cached), which is
 * several times cheaper: a shared word or number token is one event token unless it holds a
 * character the event pattern splits at (a dot, a comma, ‘, a combining mark), found once per
 * text (for numbers, which are few, in the number itself); a passage where the two tokenizations part otherwise (a number glued to a word, "F16" or
 * "19-year", or a passage that cuts a shared token) is read by the pattern. Lower-case forms are
 * made on first use ({@link lowerAt}) from the text lower-cased once.
 */
import { tokenize, type Token } from '../tokens/tokenize.js';
import { equalsAt, lookUp, lowerCasedText, type WordIndex } from '../tokens/word-index.js';

/** One event token: a half-open span of the text with its lower-case form. */
export interface EventToken {
  readonly start: number;
  readonly end: number;
  /** Lower-case, with ’ as '. */
  readonly lower: string;
  /** Whether the token starts with an upper-case letter. */
  readonly capitalised: boolean;
}

/** A text prepared for reading event tokens. */
export interface EventText {
  readonly text: string;
  /** The text's shared tokens. */
  readonly shared: readonly Token[];
  /**
   * The text lower-cased with ’ as ', when that equals lower-casing each token on its own: no
   * letter whose lower case changes the length (İ) or depends on its neighbours (Greek sigma).
   */
  readonly lowered: string | undefined;
  /** Positions of the characters that may split a shared word into several event tokens (a dot, ‘, a combining mark), in order. */
  readonly splits: readonly number[];
  /** Positions of the hyphens and apostrophes that may stand inside a token, in order. */
  readonly joins: readonly number[];
}

/**
 * The event tokens of one passage, as parallel lists (index = token position in the passage).
 * Note: the lists are reused from passage to passage (no allocation per passage); only the first
 * `count` entries belong to the passage.
 */
export interface PassageTokens {
  /** The text the passage belongs to. */
  source: EventText | undefined;
  /** How many tokens the passage holds. */
  count: number;
  readonly starts: number[];
  readonly ends: number[];
  /** Lower-case forms, with ’ as '; undefined until {@link lowerAt} makes one. */
  readonly lowers: (string | undefined)[];
}

const EVENT_TOKEN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const CAPITALISED = /^\p{Lu}/u;
const CURLY_APOSTROPHE = /’/gu;
/**
 * Code units where a combining mark may be: U+0300 and above but for the general punctuation.
 * Note: without flag u the scan is several times faster; a character outside the BMP shows as its
 * surrogates, and each code unit found is read as a code point.
 */
const RARE_LETTER = /[\u0300-\u1fff\u2070-\uffff]/g;
/** A combining mark at lastIndex (a character outside the BMP read whole). */
const MARK_AT = /\p{M}/uy;
/**
 * A dot, ‘, hyphen or apostrophe before a character that may go on with a token (an ASCII letter
 * or digit, or any character outside ASCII): where a shared word may split or an event token joins.
 * Note: no flag u, as above, for speed (the look-ahead takes any code unit outside ASCII).
 */
const INNER_MARK = /[-.'‘’](?=[^\0-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f])/g;
/** Joiners of the event pattern that the shared tokenizer keeps as tokens of their own between a number and a word. */
const JOINERS: ReadonlySet<string> = new Set(['-', "'", '’']);
/** Characters the shared tokenizer keeps inside a word that the event pattern does not: a full stop and ‘. */
const FULL_STOP = 0x2e;
const LEFT_SINGLE_QUOTE = 0x2018;
const CURLY = '’';

function curlyAsStraight(lowered: string): string {
  return lowered.includes(CURLY) ? lowered.replace(CURLY_APOSTROPHE, "'") : lowered;
}

function lowerOf(raw: string): string {
  return curlyAsStraight(raw.toLowerCase());
}

/** Prepare a text for {@link readPassageTokens}. */
export function eventText(text: string): EventText {
  const splits: number[] = [];
  const joins: number[] = [];
  // Note: each pattern finds one code unit, read with test() (which makes no match record) at lastIndex - 1.
  RARE_LETTER.lastIndex = 0;
  while (RARE_LETTER.test(text)) {
    const at = RARE_LETTER.lastIndex - 1;
    MARK_AT.lastIndex = at;
    if (MARK_AT.test(text)) splits.push(at);
    if ((text.codePointAt(at) ?? 0) > 0xffff) RARE_LETTER.lastIndex += 1;
  }
  INNER_MARK.lastIndex = 0;
  while (INNER_MARK.test(text)) {
    const at = INNER_MARK.lastIndex - 1;
    const code = text.charCodeAt(at);
    (code === FULL_STOP || code === LEFT_SINGLE_QUOTE ? splits : joins).push(at);
  }
  // Note: marks and dots were found in two passes, each in order.
  if (splits.length > 1) splits.sort((a, b) => a - b);
  return { text, shared: tokenize(text), lowered: lowerCasedText(text), splits, joins };
}

/** Empty token lists, to fill with {@link readPassageTokens}. */
export function passageTokens(): PassageTokens {
  return { source: undefined, count: 0, starts: [], ends: [], lowers: [] };
}

function push(into: PassageTokens, start: number, end: number, lower: string | undefined): void {
  const at = into.count;
  into.starts[at] = start;
  into.ends[at] = end;
  into.lowers[at] = lower;
  into.count = at + 1;
}

function pushByPattern(into: PassageTokens, text: string, offset: number): void {
  for (const match of text.matchAll(EVENT_TOKEN)) push(into, offset + match.index, offset + match.index + match[0].length, lowerOf(match[0]));
}

/** The lower-case form of token `index` ('' outside the passage). */
export function lowerAt(tokens: PassageTokens, index: number): string {
  if (index < 0 || index >= tokens.count) return '';
  const known = tokens.lowers[index];
  if (known !== undefined) return known;
  const start = tokens.starts[index] ?? 0;
  const end = tokens.ends[index] ?? start;
  const source = tokens.source;
  const lower = source === undefined ? '' : source.lowered === undefined ? lowerOf(source.text.slice(start, end)) : curlyAsStraight(source.lowered.slice(start, end));
  tokens.lowers[index] = lower;
  return lower;
}

/** The value of the lower-case form of token `index` in a word index (see {@link WordIndex}), without making the form. */
export function lookUpAt<T>(words: WordIndex<T>, tokens: PassageTokens, index: number): T | undefined {
  if (index < 0 || index >= tokens.count) return undefined;
  const lower = tokens.lowers[index];
  if (lower !== undefined) return lower.length === 0 ? undefined : lookUp(words, lower, 0, lower.length);
  const lowered = tokens.source?.lowered;
  const start = tokens.starts[index] ?? 0;
  const end = tokens.ends[index] ?? start;
  return lowered === undefined || end <= start ? undefined : lookUp(words, lowered, start, end);
}

/** Whether the lower-case form of token `index` is `word` ('' outside the passage), without making the form. */
export function isWordAt(tokens: PassageTokens, index: number, word: string): boolean {
  if (index < 0 || index >= tokens.count) return word === '';
  const lower = tokens.lowers[index];
  if (lower !== undefined) return lower === word;
  const lowered = tokens.source?.lowered;
  const start = tokens.starts[index] ?? 0;
  return lowered !== undefined && equalsAt(lowered, start, tokens.ends[index] ?? start, word);
}

/** Whether token `index` starts with an upper-case letter. */
export function capitalisedAt(tokens: PassageTokens, index: number): boolean {
  const text = tokens.source?.text;
  if (text === undefined || index < 0 || index >= tokens.count) return false;
  const start = tokens.starts[index] ?? 0;
  const code = text.charCodeAt(start);
  return code < 0x80 ? code >= 0x41 && code <= 0x5a : CAPITALISED.test(text.slice(start, start + 2));
}

/** Whether a number token holds a separator ("20,000", "1.5"). */
function holdsSeparator(number: string): boolean {
  for (let index = 0; index < number.length; index += 1) {
    const code = number.charCodeAt(index);
    if (code === 0x2c || code === 0x2e) return true;
  }
  return false;
}

/** Index of the first entry of an ordered list at or after `position`. */
function firstAtOrAfter(positions: readonly number[], position: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((positions[middle] ?? Infinity) < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Index of the first shared token that ends after `position`. */
function firstEndingAfter(tokens: readonly Token[], position: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle]?.end ?? Infinity) <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Fill `into` with the event tokens of `[start, end)` of a text, by the event pattern over that passage (the reference). */
export function passageTokensByPattern(into: PassageTokens, source: EventText, start: number, end: number): PassageTokens {
  into.source = source;
  into.count = 0;
  pushByPattern(into, source.text.slice(start, end), start);
  return into;
}

/**
 * Fill `into` with the event tokens of `[start, end)` of a prepared text, read off its shared
 * tokens; always equal to {@link passageTokensByPattern}.
 */
export function readPassageTokens(into: PassageTokens, source: EventText, start: number, end: number): PassageTokens {
  const { shared, splits, lowered } = source;
  into.source = source;
  into.count = 0;
  let split = firstAtOrAfter(splits, start);
  let previous: Token | undefined;
  for (let index = firstEndingAfter(shared, start); index < shared.length; index += 1) {
    const token = shared[index];
    if (token === undefined || token.start >= end) break;
    if (token.start < start || token.end > end) return passageTokensByPattern(into, source, start, end);
    const touches = previous !== undefined && previous.end === token.start && previous.kind !== 'punct';
    previous = token;
    if (token.kind === 'punct') {
      const next = shared[index + 1];
      // Note: a joiner between a number and a word glues them into one event token ("19-year").
      if (touches && JOINERS.has(token.text) && next !== undefined && next.kind !== 'punct' && next.start === token.end && next.start < end) return passageTokensByPattern(into, source, start, end);
      continue;
    }
    if (touches) return passageTokensByPattern(into, source, start, end);
    while ((splits[split] ?? Infinity) < token.start) split += 1;
    // Note: a number's separators ("20,000", "1.5") are not event joiners, so only a plain run of digits is one token.
    if ((splits[split] ?? Infinity) < token.end || (token.kind === 'number' && holdsSeparator(token.text))) pushByPattern(into, token.text, token.start);
    else push(into, token.start, token.end, lowered === undefined ? lowerOf(token.text) : undefined);
  }
  return into;
}

/** Whether token `index` holds a hyphen or an apostrophe; `cursor` is an index into the text's joins at or before the token's. */
export function joinedAt(tokens: PassageTokens, index: number, cursor: { at: number }): boolean {
  const joins = tokens.source?.joins ?? [];
  const start = tokens.starts[index] ?? 0;
  const end = tokens.ends[index] ?? start;
  while ((joins[cursor.at] ?? Infinity) < start) cursor.at += 1;
  return (joins[cursor.at] ?? Infinity) < end;
}

/** Whether a join of the text lies inside the passage's tokens, from `cursor` (see {@link joinCursor}) on. */
export function joinedWithin(tokens: PassageTokens, cursor: { at: number }): boolean {
  if (tokens.count === 0) return false;
  return (tokens.source?.joins[cursor.at] ?? Infinity) < (tokens.ends[tokens.count - 1] ?? 0);
}

/** A cursor into the text's joins for the tokens of a passage from its first one on. */
export function joinCursor(tokens: PassageTokens): { at: number } {
  return { at: firstAtOrAfter(tokens.source?.joins ?? [], tokens.starts[0] ?? 0) };
}

/** The tokens of a passage as records. */
export function toEventTokens(tokens: PassageTokens): EventToken[] {
  const records: EventToken[] = [];
  for (let index = 0; index < tokens.count; index += 1) {
    const start = tokens.starts[index] ?? 0;
    records.push({ start, end: tokens.ends[index] ?? start, lower: lowerAt(tokens, index), capitalised: capitalisedAt(tokens, index) });
  }
  return records;
}

/** The event tokens of `[start, end)` of a text, read off the text's shared tokens. */
export function eventTokens(text: string, start: number, end: number): EventToken[] {
  return toEventTokens(readPassageTokens(passageTokens(), eventText(text), start, end));
}

/** The event tokens of `[start, end)` of a text, by the event pattern alone (the reference). */
export function eventTokensByPattern(text: string, start: number, end: number): EventToken[] {
  return [...text.slice(start, end).matchAll(EVENT_TOKEN)].map((match) => ({
    start: start + match.index,
    end: start + match.index + match[0].length,
    lower: match[0].toLowerCase().replace(CURLY_APOSTROPHE, "'"),
    capitalised: CAPITALISED.test(match[0]),
  }));
}
