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
 * that {@link keep} rejects.
 */
import type * as chrono from 'chrono-node';
import { tokenize, type Token } from '../tokens/tokenize.js';
import { isMonthRun, monthNamePattern, parseWhole, parseWindows, tokenWindows, windowsAround, type WindowResult } from './chrono-windows.js';
import type { TimeCandidate, TimeSpec } from './time-candidate.js';
import { CLOCK_MARK, scanTimeWords, WordClass, type TimeScan } from './time-scan.js';

const RELATIVE_WORDS = /\b(?:this|last|next|past|ago|within|later|earlier|today|tonight|yesterday|tomorrow|now|coming|from)\b/iu;
const LEADING_WORDS = /^(?:(?:on|at|in|since|by|from|until|till|of|the|during|before|after)\s+)+/iu;
const TRAILING = /[\s,.;:]+$/u;
const CAPITAL = /\p{Lu}/u;
const MONTH_WORD = /\p{L}+/u;
const SLASH_PARSER = 'parser/SlashDateFormatParser';
const REJECTED_PARSERS: ReadonlySet<string> = new Set(['parser/ENCasualDateParser', 'parser/ENCasualTimeParser', 'parser/ENRelativeDateFormatParser', 'parser/ENEndOfCurrentMonthParser', 'result/relativeDate']);
/** What each numeric date chrono reads holds: "2023-10-05", "2023 10 5", "10/5/23", "10/2023". */
const NUMERIC_DATE = /\d{4}[-./\s]\d|\d[-./]\d{1,2}[-./]\d|\d\/\d{4}/u;
/** {@link NUMERIC_DATE}, or the minutes of a clock time ("10:30"; in a kept result always after a digit). */
const NUMERIC_DATE_OR_MINUTES = /\d{4}[-./\s]\d|\d[-./]\d{1,2}[-./]\d|\d\/\d{4}|\d:\d\d/u;
const DIGITS = /\d/gu;
const LETTER_RUNS = /[A-Za-z]+/gu;

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
  return {
    kind: 'absolute',
    ...(year === undefined ? {} : { year }),
    ...(month === undefined ? {} : { month }),
    ...(day === undefined ? {} : { day }),
    ...(hour === undefined ? {} : { hour, minute: minute ?? 0 }),
  };
}

function keep(result: chrono.ParsedResult, spec: TimeSpec): boolean {
  const tags = result.tags();
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

function candidatesOf(results: readonly WindowResult[]): TimeCandidate[] {
  const found: TimeCandidate[] = [];
  for (const { offset, result } of results) {
    const spec = specOf(result);
    if (spec === null || !keep(result, spec)) continue;
    const leading = LEADING_WORDS.exec(result.text)?.[0].length ?? 0;
    const trimmed = result.text.slice(leading).replace(TRAILING, '');
    if (trimmed.length === 0) continue;
    const start = offset + result.index + leading;
    const tag = [...result.tags()].find((name) => name.startsWith('parser/')) ?? 'parser/chrono';
    found.push({ start, end: start + trimmed.length, rule: `times/chrono/${tag.slice('parser/'.length)}`, confidence: 0.9, spec });
  }
  return found;
}

/** Whether a part of a text holds a run of letters that can hold a month name. */
function holdsMonth(part: string): boolean {
  if (!monthNamePattern().test(part)) return false;
  for (const match of part.matchAll(LETTER_RUNS)) if (isMonthRun(match[0])) return true;
  return false;
}

/** Longest text a {@link NUMERIC_DATE_OR_MINUTES} match spans after the digit it starts with. */
const NUMERIC_DATE_REACH = 6;

/** Whether a number token among `[first, last)` starts a numeric date or a clock time's minutes. */
function holdsNumericDate(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  for (let index = first; index < last; index += 1) {
    const token = tokens[index];
    if (token?.kind === 'number' && NUMERIC_DATE_OR_MINUTES.test(text.slice(token.start, token.end + NUMERIC_DATE_REACH))) return true;
  }
  return false;
}

/**
 * Calendar dates and clock times chrono-node finds, with only the fields it is certain of.
 * `scan` must be that of the text's tokens (optional, default: computed).
 */
export function extractChronoTimes(text: string, scan: TimeScan = scanTimeWords(text, tokenize(text))): TimeCandidate[] {
  const { tokens, classes } = scan;
  const windows = tokenWindows(
    text,
    tokens,
    (index) => ((classes[index] ?? 0) & WordClass.inert) !== 0,
    (first, last) => {
      let held = 0;
      for (let index = first; index < last; index += 1) held |= classes[index] ?? 0;
      if ((held & WordClass.chronoMonth) !== 0) return true;
      if ((held & WordClass.number) === 0) return false;
      return (held & WordClass.clock) !== 0 || holdsNumericDate(text, tokens, first, last);
    },
  );
  return candidatesOf(parseWindows(text, windows));
}

function isFullDate(candidate: TimeCandidate): boolean {
  return candidate.spec.kind === 'absolute' && candidate.spec.year !== undefined && candidate.spec.month !== undefined && candidate.spec.day !== undefined;
}

/**
 * The candidates of {@link extractChronoTimes} that state a full date (year, month and day),
 * without tokenizing the text: chrono runs only on the windows around digits that hold a month
 * name or a numeric date (a full date has a digit, its year, and one of the two).
 */
export function extractChronoFullDates(text: string): TimeCandidate[] {
  const digits = Array.from(text.matchAll(DIGITS), (match) => match.index);
  const windows = windowsAround(text, digits, (window) => {
    const part = text.slice(window.start, window.end);
    return NUMERIC_DATE.test(part) || holdsMonth(part);
  });
  return candidatesOf(parseWindows(text, windows)).filter(isFullDate);
}

/** {@link extractChronoTimes} with chrono run on the whole text at once (the reference the windowed run must equal). */
export function extractChronoTimesWhole(text: string): TimeCandidate[] {
  return candidatesOf(parseWhole(text));
}
