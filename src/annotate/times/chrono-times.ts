/**
 * chrono-node as the base parser for calendar dates and clock times. Only what chrono marks as
 * certain (its `knownValues`) is kept, so "February 2022" stays a month and "August 16" stays a
 * day without a year; relative and casual expressions are left to our own extractors, which keep
 * their unit ("last week" is a week, not the day seven days back).
 *
 * chrono runs on windows of the text (see `chrono-windows.ts`), and only on those that can hold
 * a result kept here: every kept result names a month, or has a digit and either a clock mark
 * (see {@link CLOCK_MARK}) or a numeric date ("2023-10-05", "10/5/23", "10/2023"), since without
 * them chrono is certain of no year, month or hour except in the relative and casual results
 * that {@link keep} rejects. Note: a few others are kept too, and their words open a window:
 * chrono's "this year" or "this month" written as one word ("thisyear", where
 * {@link RELATIVE_WORDS} finds no word boundary); after a weekday, "end of the month", "tmr" or
 * a slash date without a year ("Sunday, 1/2": chrono's merge with the weekday drops the parser
 * tag {@link keep} rejects them by); and a slash date that takes its year from the number after
 * it ("1/2 1999"). A slash date opens a window only beside a weekday's name or a number.
 */
import type * as chrono from 'chrono-node';
import { readCommonWindow } from './chrono-common.js';
import { parseWhole, parseWindow, seedWindows, type ChronoWindow, type WindowResult } from './chrono-windows.js';
import type { TimeCandidate, TimeSpec } from './time-candidate.js';
import { CLOCK_MARK, scanTimeWords, SeedKind, type TimeScan } from './time-scan.js';

const RELATIVE_WORDS = /\b(?:this|last|next|past|ago|within|later|earlier|today|tonight|yesterday|tomorrow|now|coming|from)\b/iu;
const LEADING_WORDS = /^(?:(?:on|at|in|since|by|from|until|till|of|the|during|before|after)\s+)+/iu;
const TRAILING = /[\s,.;:]+$/u;
const CAPITAL = /\p{Lu}/u;
const MONTH_WORD = /\p{L}+/u;
const SLASH_PARSER = 'parser/SlashDateFormatParser';
const REJECTED_PARSERS: ReadonlySet<string> = new Set(['parser/ENCasualDateParser', 'parser/ENCasualTimeParser', 'parser/ENRelativeDateFormatParser', 'parser/ENEndOfCurrentMonthParser', 'result/relativeDate']);
const DIGIT = /\d/u;
/** What each of chrono's weekday names holds ("weekend" and "weekday" too; any case). */
const WEEKDAY = /sun|mon|tue|wed|thu|fri|sat|week/iu;
/** A slash date and a number after white space: the year chrono adds to it ("1/2 1999"). */
const SLASH_THEN_NUMBER = /\d[-./]\d+\s+\d/u;

/** Whether a slash date in a window can be kept: a weekday before it, or a year after it (see the module note). */
function slashMayStay(part: string): boolean {
  return WEEKDAY.test(part) || SLASH_THEN_NUMBER.test(part);
}

function certain(components: chrono.ParsedComponents, name: chrono.Component): number | undefined {
  if (!components.isCertain(name)) return undefined;
  return components.get(name) ?? undefined;
}

function specOf(result: chrono.ParsedResult): TimeSpec | null {
  const start = result.start;
  const year = certain(start, 'year');
  const month = certain(start, 'month');
  const day = certain(start, 'day');
  const hour = certain(start, 'hour');
  const minute = certain(start, 'minute');
  if (year === undefined && month === undefined && hour === undefined) return null;
  if (month === undefined && day !== undefined) return null;
  const weekday = certain(start, 'weekday');
  // Note: "10 a.m. on Sunday" is a clock time on that weekday, not on the reference day.
  if (weekday !== undefined && day === undefined && hour !== undefined) return { kind: 'weekday', weekday, direction: 'nearest-past', hour, minute: minute ?? 0 };
  // Note: the fields stated, added in this order (a spread of each would copy the object several times slower).
  const spec: { kind: 'absolute'; year?: number; month?: number; day?: number; hour?: number; minute?: number } = { kind: 'absolute' };
  if (year !== undefined) spec.year = year;
  if (month !== undefined) spec.month = month;
  if (day !== undefined) spec.day = day;
  if (hour !== undefined) {
    spec.hour = hour;
    spec.minute = minute ?? 0;
  }
  return spec;
}

function keep(result: chrono.ParsedResult, tags: ReadonlySet<string>, spec: TimeSpec): boolean {
  for (const tag of tags) if (REJECTED_PARSERS.has(tag) || tag.startsWith('casualReference/')) return false;
  if (RELATIVE_WORDS.test(result.text)) return false;
  if (spec.kind === 'weekday') return CLOCK_MARK.test(result.text);
  if (spec.kind !== 'absolute') return false;
  if (tags.has(SLASH_PARSER) && spec.year === undefined) return false;
  if (spec.month === undefined && spec.year === undefined && !CLOCK_MARK.test(result.text)) return false;
  if (spec.month !== undefined && spec.day === undefined && spec.year === undefined) {
    const monthWord = MONTH_WORD.exec(result.text.replace(LEADING_WORDS, ''));
    if (monthWord === null || !CAPITAL.test(monthWord[0].charAt(0))) return false;
  }
  return true;
}

/** The first parser tag of a result (chrono's tag order), or `parser/chrono`. */
function parserTag(tags: ReadonlySet<string>): string {
  for (const name of tags) if (name.startsWith('parser/')) return name;
  return 'parser/chrono';
}

function candidatesOf(results: readonly WindowResult[]): TimeCandidate[] {
  const found: TimeCandidate[] = [];
  for (const { offset, result } of results) pushCandidate(found, offset, result);
  return found;
}

/** Add a chrono result's candidate (when the extractor keeps it) to `found`, its position shifted by `offset`. */
function pushCandidate(found: TimeCandidate[], offset: number, result: chrono.ParsedResult): void {
  const spec = specOf(result);
  if (spec === null) return;
  const tags = result.tags();
  if (!keep(result, tags, spec)) return;
  const leading = LEADING_WORDS.exec(result.text)?.[0].length ?? 0;
  const trimmed = result.text.slice(leading).replace(TRAILING, '');
  if (trimmed.length === 0) return;
  const start = offset + result.index + leading;
  const tag = parserTag(tags);
  found.push({ start, end: start + trimmed.length, rule: `times/chrono/${tag.slice('parser/'.length)}`, confidence: 0.9, spec });
}

/**
 * The candidates of a window's text (positions in the window) by the text. Note: a window's
 * results depend on its text alone (see `chrono-windows.ts`), so texts of one document that share
 * a window (its raw input, its cleaned text, a removed caption) read it once.
 */
export type ChronoCache = Map<string, readonly TimeCandidate[]>;

/** The candidates chrono gives a window's text (positions in the window). */
export function chronoWindowCandidates(windowText: string): TimeCandidate[] {
  const found: TimeCandidate[] = [];
  for (const result of parseWindow(windowText)) pushCandidate(found, 0, result);
  return found;
}

/** The candidates of each window, in text order (from `cache` when it holds the window's text, optional). */
function windowCandidates(text: string, windows: readonly ChronoWindow[], cache: ChronoCache | undefined): TimeCandidate[] {
  const found: TimeCandidate[] = [];
  for (const window of windows) {
    const windowText = text.slice(window.start, window.end);
    let candidates = cache?.get(windowText);
    if (candidates === undefined) {
      candidates = readCommonWindow(windowText) ?? chronoWindowCandidates(windowText);
      cache?.set(windowText, candidates);
    }
    const offset = window.start;
    for (const { start, end, rule, confidence, spec } of candidates) found.push({ start: start + offset, end: end + offset, rule, confidence, spec });
  }
  return found;
}

/**
 * Calendar dates and clock times chrono-node finds, with only the fields it is certain of: chrono
 * runs on the windows of month names, of numeric dates, and of clock marks with a digit beside
 * them. `scan` must be the text's (optional, default: computed); `cache` holds results of
 * windows already parsed for the same document (optional).
 */
export function extractChronoTimes(text: string, scan: TimeScan = scanTimeWords(text), cache?: ChronoCache): TimeCandidate[] {
  if (scan.seeds.length === 0) return [];
  const windows = seedWindows(text, scan.seeds, scan.seedKinds, (window, kinds) => {
    if ((kinds & (SeedKind.month | SeedKind.date | SeedKind.relative)) !== 0) return true;
    const part = text.slice(window.start, window.end);
    return ((kinds & SeedKind.clock) !== 0 && DIGIT.test(part)) || ((kinds & SeedKind.slash) !== 0 && slashMayStay(part));
  });
  return windowCandidates(text, windows, cache);
}

function isFullDate(candidate: TimeCandidate): boolean {
  return candidate.spec.kind === 'absolute' && candidate.spec.year !== undefined && candidate.spec.month !== undefined && candidate.spec.day !== undefined;
}

/**
 * The candidates of {@link extractChronoTimes} that state a full date (year, month and day): chrono
 * runs only on the windows of numeric dates, of month names with a digit beside them (a full
 * date has its year in digits), and of the relative dates that slip through (see the module
 * note: "end of thisyear", "Sat. end of the month"). `cache` as for {@link extractChronoTimes} (optional).
 */
export function extractChronoFullDates(text: string, cache?: ChronoCache): TimeCandidate[] {
  const scan = scanTimeWords(text);
  if (scan.seeds.length === 0) return [];
  const windows = seedWindows(text, scan.seeds, scan.seedKinds, (window, kinds) => {
    if ((kinds & (SeedKind.date | SeedKind.relative)) !== 0) return true;
    const part = text.slice(window.start, window.end);
    return ((kinds & SeedKind.month) !== 0 && DIGIT.test(part)) || ((kinds & SeedKind.slash) !== 0 && slashMayStay(part));
  });
  return windowCandidates(text, windows, cache).filter(isFullDate);
}

/** {@link extractChronoTimes} with chrono run on the whole text at once (the reference the windowed run must equal). */
export function extractChronoTimesWhole(text: string): TimeCandidate[] {
  return candidatesOf(parseWhole(text));
}
