/**
 * chrono-node as the base parser for calendar dates and clock times. Only what chrono marks as
 * certain (its `knownValues`) is kept, so "February 2022" stays a month and "August 16" stays a
 * day without a year; relative and casual expressions are left to our own extractors, which keep
 * their unit ("last week" is a week, not the day seven days back).
 */
import * as chrono from 'chrono-node';
import type { TimeCandidate, TimeSpec } from './time-candidate.js';

const RELATIVE_WORDS = /\b(?:this|last|next|past|ago|within|later|earlier|today|tonight|yesterday|tomorrow|now|coming|from)\b/iu;
const CLOCK_MARK = /:\d\d|\b[ap]\.?m\b\.?|o'clock|\bnoon\b|\bmidnight\b|\b(?:GMT|UTC|[ECMP][SD]T)\b/iu;
const LEADING_WORDS = /^(?:(?:on|at|in|since|by|from|until|till|of|the|during|before|after)\s+)+/iu;
const TRAILING = /[\s,.;:]+$/u;
const CAPITAL = /\p{Lu}/u;
const MONTH_WORD = /\p{L}+/u;
const SLASH_PARSER = 'parser/SlashDateFormatParser';
const REJECTED_PARSERS: ReadonlySet<string> = new Set(['parser/ENCasualDateParser', 'parser/ENCasualTimeParser', 'parser/ENRelativeDateFormatParser', 'parser/ENEndOfCurrentMonthParser', 'result/relativeDate']);
const ANCHOR = new Date(Date.UTC(2000, 5, 15, 12));

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

/** Calendar dates and clock times chrono-node finds, with only the fields it is certain of. */
export function extractChronoTimes(text: string): TimeCandidate[] {
  const found: TimeCandidate[] = [];
  for (const result of chrono.en.casual.parse(text, { instant: ANCHOR, timezone: 0 })) {
    const spec = specOf(result);
    if (spec === null || !keep(result, spec)) continue;
    const leading = LEADING_WORDS.exec(result.text)?.[0].length ?? 0;
    const trimmed = result.text.slice(leading).replace(TRAILING, '');
    if (trimmed.length === 0) continue;
    const start = result.index + leading;
    const tag = [...result.tags()].find((name) => name.startsWith('parser/')) ?? 'parser/chrono';
    found.push({ start, end: start + trimmed.length, rule: `times/chrono/${tag.slice('parser/'.length)}`, confidence: 0.9, spec });
  }
  return found;
}
