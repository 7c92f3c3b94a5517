/**
 * Pair quotation marks into quoted spans. Double marks (“ ” „ « » ") and single marks (‘ ’ ')
 * are paired per paragraph with a stack, so a quote inside a quote pairs too. A single mark
 * between two letters is an apostrophe ("don’t", and "Kyiv‘s" where ‘ stands for one); a closing
 * single mark with no open single quote is a possessive apostrophe ("countries’ border"). An
 * opening mark left open at the end of its paragraph continues into the next paragraph when that
 * one opens with a mark of the same kind (the news convention for quotes of several paragraphs).
 */
import { isBlank } from './text-scan.js';

/** The two kinds of mark. */
export type MarkKind = 'double' | 'single';

/** A quoted span: the text between the marks, without them. */
export interface QuotedSpan {
  /** First character after the opening mark. */
  readonly start: number;
  /** Position of the closing mark (or the end of the paragraph for a continued piece). */
  readonly end: number;
  /** Position of the opening mark. */
  readonly open: number;
  /** Position just after the closing mark (equals `end` when the piece has none). */
  readonly close: number;
  readonly mark: MarkKind;
  /** 0 for an outer quote, 1 or more inside another quote. */
  readonly depth: number;
  /** Pieces of one quote running over several paragraphs share a group number. */
  readonly group: number;
  /** Whether the piece ends with its closing mark (false for a piece continued in the next paragraph). */
  readonly closed: boolean;
}

/** Every quotation mark and apostrophe. Note: flag u is not needed for these characters, and the scan is faster without it. */
const MARK = /["'«»‘’“”„]/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LOWER_START = /^ \p{Ll}/u;
const DOUBLE_OPEN = new Set(['“', '„', '«']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const SINGLE_MARKS = new Set(['‘', '’', "'"]);
/** An opening mark after white space, read where `lastIndex` stands. */
const OPENING_AFTER_SPACE = /\s*(["“„«‘'])/uy;
const NEWLINE = 0x0a;
const DIGIT = /\p{N}/u;

type MarkRole = 'open' | 'close' | 'either' | 'none';

interface MarkEvent {
  readonly index: number;
  readonly kind: MarkKind;
  readonly role: MarkRole;
}

function isWordChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return LETTER_OR_DIGIT.test(char);
}

function classify(text: string, index: number): MarkEvent | undefined {
  const char = text[index] ?? '';
  if (DOUBLE_OPEN.has(char)) return { index, kind: 'double', role: 'open' };
  if (DOUBLE_CLOSE.has(char)) return { index, kind: 'double', role: 'close' };
  if (char === '"') return { index, kind: 'double', role: 'either' };
  if (!SINGLE_MARKS.has(char)) return undefined;
  const before = isWordChar(text[index - 1]);
  const after = isWordChar(text[index + 1]);
  // Note: a mark with no role (an apostrophe inside a word, the commonest mark) is dropped by the caller, so no event is made for it.
  if (before && after) return undefined;
  if (after) return char === '’' && DIGIT.test(text[index + 1] ?? '') ? undefined : { index, kind: 'single', role: 'open' };
  return { index, kind: 'single', role: 'close' };
}

interface OpenMark {
  readonly index: number;
  readonly kind: MarkKind;
  readonly group: number;
}

/** Find the quoted spans of a text. */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let groups = 0;
  let carried: OpenMark | undefined;
  // Note: only the marks are classified, found by one scan of the text, not every character.
  const marks: number[] = [];
  MARK.lastIndex = 0;
  while (MARK.test(text)) marks.push(MARK.lastIndex - 1);
  let mark = 0;
  // Note: paragraphs (runs of characters other than a line break, as `/[^\n]+/gu` finds them) are found with indexOf, with no match record or copy of the line.
  for (let lineStart = 0, lineEnd = 0; lineStart < text.length; lineStart = lineEnd + 1) {
    lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd === lineStart) continue;
    while ((marks[mark] ?? Infinity) < lineStart) mark += 1;
    // Note: a paragraph without a mark opens no quote and ends any that the one before carried on.
    if ((marks[mark] ?? Infinity) >= lineEnd) {
      carried = undefined;
      continue;
    }
    const events: MarkEvent[] = [];
    for (; (marks[mark] ?? Infinity) < lineEnd; mark += 1) {
      const event = classify(text, marks[mark] ?? 0);
      if (event !== undefined && event.role !== 'none') events.push(event);
    }
    const stack: OpenMark[] = [];
    let continuation = carried;
    carried = undefined;
    events.forEach((event, position) => {
      const top = stack[stack.length - 1];
      const openOfKind = lastOfKind(stack, event.kind);
      const closes = event.role === 'close' || (event.role === 'either' && openOfKind >= 0);
      if (!closes) {
        const firstOpener = stack.length === 0 && continuation !== undefined && continuation.kind === event.kind && isBlank(text, lineStart, event.index);
        const group = firstOpener && continuation !== undefined ? continuation.group : (groups += 1);
        continuation = undefined;
        stack.push({ index: event.index, kind: event.kind, group });
        return;
      }
      if (openOfKind < 0) return;
      if (event.kind === 'single' && isPossessive(text, event, events.slice(position + 1))) return;
      const opener = stack[openOfKind];
      stack.length = openOfKind;
      if (opener === undefined || top === undefined) return;
      spans.push({ start: opener.index + 1, end: event.index, open: opener.index, close: event.index + 1, mark: opener.kind, depth: openOfKind, group: opener.group, closed: true });
    });
    const outer = stack[0];
    if (outer !== undefined) {
      // Note: as `/^\s*(["“„«‘'])/u` over the rest of the text without its leading line breaks, read in place (no copy of the rest).
      let next = lineEnd + 1;
      while (text.charCodeAt(next) === NEWLINE) next += 1;
      OPENING_AFTER_SPACE.lastIndex = next;
      const opening = OPENING_AFTER_SPACE.exec(text);
      const nextKind: MarkKind | undefined = opening?.[1] === undefined ? undefined : SINGLE_MARKS.has(opening[1]) ? 'single' : 'double';
      if (nextKind === outer.kind || outer.kind === 'double') {
        spans.push({ start: outer.index + 1, end: lineEnd, open: outer.index, close: lineEnd, mark: outer.kind, depth: 0, group: outer.group, closed: false });
      }
      if (nextKind === outer.kind) carried = outer;
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The index of the last open mark of a kind, as `stack.findLastIndex((mark) => mark.kind === kind)` (no closure made per mark). */
function lastOfKind(stack: readonly OpenMark[], kind: MarkKind): number {
  for (let index = stack.length - 1; index >= 0; index -= 1) if (stack[index]?.kind === kind) return index;
  return -1;
}

function isPossessive(text: string, event: MarkEvent, later: readonly MarkEvent[]): boolean {
  // Note: "the soldiers’ families" inside an open single quote would close it early; a closing
  // candidate after an "s" and before a lower-case word is a possessive when a later one exists.
  return text[event.index - 1] === 's' && LOWER_START.test(text.slice(event.index + 1, event.index + 3)) && later.some((next) => next.kind === 'single' && next.role === 'close');
}
