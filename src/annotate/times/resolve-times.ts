/**
 * The time refiner: drops overlapping candidates (the longer span wins), then anchors each one to
 * the reference date and its passage. A bare month or day takes the year of its sentence or
 * paragraph when that states one, else the reference year, moved back a year when that would put
 * it after the reference (news reports the past) unless the sentence speaks of the future.
 */
import type { Granularity } from '../../model/annotations.js';
import { addDays, addMonths, formatDateTime, formatDay, formatMonth, formatWeek, formatYear, isValidDay, weekdayOf, type CalendarDay } from './calendar.js';
import { quarterComparisons } from './quarter-comparisons.js';
import type { TimeCandidate, TimeReading, TimeSpec, TimexType } from './time-candidate.js';
import { escapeForPattern, getTimeLexicon } from './time-lexicon.js';
import type { TimeReference } from './time-reference.js';

/** A sentence span with its paragraph index. */
export interface PassageSpan {
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
}

/** How far back {@link speaksOfFuture} reads. */
const CLAUSE_REACH = 200;
/** How far after the reference a bare date may lie and still be read in the reference year. */
const FORWARD_DAYS = 62;
const PART_OF_DAY: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

let futurePattern: RegExp | undefined;
let cuesByFirst: readonly (readonly string[])[] | undefined;
/** Slot of {@link cuesByFirst} for cues that start with a character outside ASCII ("’ll"). */
const OTHER_FIRST = 128;

function getFuturePattern(): RegExp {
  futurePattern ??= new RegExp(`(?:^|[^\\p{L}'’])(?:${getTimeLexicon().futureCues.map(escapeForPattern).join('|')})(?![\\p{L}])`, 'iu');
  return futurePattern;
}

/** The future cues (lower case) by the code of their first character (those outside ASCII in the last slot). */
function getCuesByFirst(): readonly (readonly string[])[] {
  if (cuesByFirst === undefined) {
    const byFirst = Array.from({ length: OTHER_FIRST + 1 }, (): string[] => []);
    for (const cue of getTimeLexicon().futureCues.map((phrase) => phrase.toLowerCase())) byFirst[Math.min(cue.charCodeAt(0), OTHER_FIRST)]?.push(cue);
    cuesByFirst = byFirst;
  }
  return cuesByFirst;
}

/** Lower case of an ASCII capital; any other character as it is. */
function foldAscii(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

const APOSTROPHES = new Set([39, 0x2019]);

/** Whether a character code is an ASCII letter; null when it is outside ASCII (the pattern must decide). */
function isAsciiLetter(code: number): boolean | null {
  if (code >= 128) return null;
  const lower = code | 32;
  return lower >= 97 && lower <= 122;
}

/**
 * What the future pattern finds in the clause `[start, end)`, decided without it where the
 * characters around each cue are ASCII: true or false, or null when only the pattern can tell.
 * Note: without long s or the Kelvin sign, no other letter matches an ASCII one under the `iu`
 * flags, so the pattern matches only where a cue's words occur, with no letter (nor apostrophe)
 * right before them and no letter right after them inside the clause.
 */
function findsCue(text: string, start: number, end: number): boolean | null {
  const byFirst = getCuesByFirst();
  let undecided = false;
  let previous = -1;
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index);
    // Note: after an ASCII letter or an apostrophe no cue can match (see \`before\` below), so its cues are not tried.
    const blocked = index > start && (previous === 39 || previous === 0x2019 || isAsciiLetter(previous) === true);
    previous = code;
    if (blocked) continue;
    const first = foldAscii(code);
    const cues = byFirst[first < OTHER_FIRST ? first : OTHER_FIRST];
    if (cues === undefined || cues.length === 0) continue;
    for (const cue of cues) {
      if (cue.charCodeAt(0) !== first) continue;
      const after = index + cue.length;
      if (after > end) continue;
      let offset = 1;
      while (offset < cue.length && foldAscii(text.charCodeAt(index + offset)) === cue.charCodeAt(offset)) offset += 1;
      if (offset < cue.length) continue;
      const before = index === start ? false : APOSTROPHES.has(text.charCodeAt(index - 1)) || isAsciiLetter(text.charCodeAt(index - 1));
      const following = after === end ? false : isAsciiLetter(text.charCodeAt(after));
      if (before === null || following === null) undecided = true;
      else if (!before && !following) return true;
    }
  }
  return undecided ? null : false;
}

/** Long s and the Kelvin sign, which match "s" and "k" under the `iu` flags. */
const FOLDING_LETTERS = ['\u017F', '\u212A'];

/** Keep the longest of overlapping candidates (earlier-listed wins a tie), in text order. */
export function dropOverlaps(candidates: readonly TimeCandidate[]): TimeCandidate[] {
  // Note: an insertion sort of the indexes by span (longest first, then listed first); the lists are short.
  const order: number[] = [];
  for (let index = 0; index < candidates.length; index += 1) {
    const span = spanOf(candidates[index]);
    let at = order.length;
    while (at > 0 && spanOf(candidates[order[at - 1] as number]) < span) at -= 1;
    order.splice(at, 0, index);
  }
  const kept: TimeCandidate[] = [];
  for (const index of order) {
    const candidate = candidates[index] as TimeCandidate;
    if (!overlapsAny(candidate, kept)) kept.push(candidate);
  }
  return kept.sort(byStart);
}

function spanOf(candidate: TimeCandidate | undefined): number {
  return candidate === undefined ? 0 : candidate.end - candidate.start;
}

function overlapsAny(candidate: TimeCandidate, kept: readonly TimeCandidate[]): boolean {
  for (const other of kept) if (candidate.start < other.end && other.start < candidate.end) return true;
  return false;
}

function byStart(a: TimeCandidate, b: TimeCandidate): number {
  return a.start - b.start;
}

/** Whether a character ends a sentence for {@link speaksOfFuture}: . ! ? or a line break. */
function endsSentence(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 10;
}

/**
 * Whether the clause before a position speaks of the future ("will meet on Sunday"): the text
 * since the last sentence end, at most {@link CLAUSE_REACH} characters back.
 */
export function speaksOfFuture(text: string, position: number): boolean {
  const from = Math.max(0, position - CLAUSE_REACH);
  let start = position;
  while (start > from && !endsSentence(text.charCodeAt(start - 1))) start -= 1;
  const clause = text.slice(start, position);
  const found = FOLDING_LETTERS.some((letter) => clause.includes(letter)) ? null : findsCue(text, start, position);
  return found ?? getFuturePattern().test(clause);
}

interface Resolution {
  readonly value: string | null;
  readonly granularity: Granularity;
  readonly timexType: TimexType;
  readonly timexValue: string | null;
  readonly inferred: readonly string[];
}

function explicitYear(spec: TimeSpec): number | undefined {
  if (spec.kind === 'absolute' || spec.kind === 'quarter' || spec.kind === 'season') return spec.year;
  return undefined;
}

function passageIndex(passages: readonly PassageSpan[], position: number): number {
  let low = 0;
  let high = passages.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const passage = passages[middle];
    if (passage === undefined) break;
    if (position < passage.start) high = middle - 1;
    else if (position >= passage.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/**
 * The year of a candidate's passage: the year stated nearest to it in its sentence, else the
 * year stated last in the sentence just before it in the same paragraph. Note: reaching further
 * back in a long paragraph picks up background years (a birth year, an earlier war) and was
 * worse on TempEval-3 than the reference year.
 */
function contextYear(candidate: TimeCandidate, all: readonly TimeCandidate[], passages: readonly PassageSpan[], sentenceOnly: boolean): number | undefined {
  const own = passageIndex(passages, candidate.start);
  if (own < 0) return undefined;
  const paragraph = passages[own]?.paragraph;
  let best: { year: number; distance: number; sameSentence: boolean } | undefined;
  for (const other of all) {
    const year = explicitYear(other.spec);
    if (other === candidate || year === undefined) continue;
    const index = passageIndex(passages, other.start);
    const sameSentence = index === own;
    if (!sameSentence && (sentenceOnly || index !== own - 1 || passages[index]?.paragraph !== paragraph)) continue;
    const distance = Math.abs(other.start - candidate.start);
    if (best === undefined || (sameSentence && !best.sameSentence) || (sameSentence === best.sameSentence && distance < best.distance)) best = { year, distance, sameSentence };
  }
  return best?.year;
}

function referenceDay(reference: TimeReference | null): CalendarDay | null {
  if (reference?.month === undefined || reference.day === undefined) return null;
  return { year: reference.year, month: reference.month, day: reference.day };
}

/**
 * The year of a bare month or day. Note: news reports the past, so a date after the reference
 * goes to the year before; but reports also announce what is scheduled, so a date only a little
 * after the reference (within {@link FORWARD_DAYS}) stays in the reference year, and in a sentence
 * about the future a date before the reference goes to the next year.
 */
function yearFor(month: number, day: number | undefined, reference: TimeReference | null, future: () => boolean): number | undefined {
  if (reference === null) return undefined;
  if (reference.month === undefined) return reference.year;
  const referenceDayOfYear = (reference.month - 1) * 31 + (reference.day ?? 15);
  const dayOfYear = (month - 1) * 31 + (day ?? 15);
  const ahead = dayOfYear - referenceDayOfYear;
  const sameMonth = month === reference.month && (day === undefined || reference.day === undefined);
  if (future()) return ahead < 0 && !sameMonth ? reference.year + 1 : reference.year;
  return ahead > FORWARD_DAYS && !sameMonth ? reference.year - 1 : reference.year;
}

function anchoredYear(month: number, anchor: 'this' | 'last' | 'next', reference: TimeReference): number {
  if (anchor === 'this' || reference.month === undefined) return reference.year;
  if (anchor === 'last') return month < reference.month ? reference.year : reference.year - 1;
  return month > reference.month ? reference.year : reference.year + 1;
}

function resolveAbsolute(spec: Extract<TimeSpec, { kind: 'absolute' }>, context: number | undefined, reference: TimeReference | null, future: () => boolean): Resolution {
  const inferred: string[] = [];
  if (spec.month === undefined && spec.hour !== undefined) {
    const base = referenceDay(reference);
    const day = base === null ? null : addDays(base, spec.dayOffset ?? 0);
    const value = day === null ? null : formatDateTime(day, spec.hour, spec.minute ?? 0);
    return { value, granularity: 'time', timexType: 'TIME', timexValue: value, inferred: ['day'] };
  }
  if (spec.month === undefined) {
    const value = spec.year === undefined ? null : formatYear(spec.year);
    return { value, granularity: 'year', timexType: 'DATE', timexValue: value, inferred };
  }
  let year = spec.year;
  if (year === undefined && spec.yearOffset !== undefined && reference !== null) {
    year = reference.year + spec.yearOffset;
    inferred.push('year');
  }
  if (year === undefined && spec.monthAnchor !== undefined && reference !== null) {
    year = anchoredYear(spec.month, spec.monthAnchor, reference);
    inferred.push('year');
  }
  if (year === undefined) {
    year = context ?? yearFor(spec.month, spec.day, reference, future);
    inferred.push('year');
  }
  if (spec.day === undefined) {
    const value = year === undefined ? null : formatMonth(year, spec.month);
    return { value, granularity: 'month', timexType: 'DATE', timexValue: value, inferred };
  }
  if (year !== undefined && !isValidDay(year, spec.month, spec.day)) return { value: null, granularity: 'day', timexType: 'DATE', timexValue: null, inferred };
  const day = year === undefined ? null : { year, month: spec.month, day: spec.day };
  if (spec.hour !== undefined) {
    const value = day === null ? null : formatDateTime(day, spec.hour, spec.minute ?? 0);
    return { value, granularity: 'time', timexType: 'TIME', timexValue: value, inferred };
  }
  const value = day === null ? null : formatDay(day);
  return { value, granularity: 'day', timexType: 'DATE', timexValue: value, inferred };
}

function resolveRelative(spec: Extract<TimeSpec, { kind: 'relative' }>, reference: TimeReference | null): Resolution {
  const inferred = ['value'];
  const day = referenceDay(reference);
  if (spec.unit === 'year') {
    const value = reference === null ? null : formatYear(reference.year + spec.offset);
    return { value, granularity: 'year', timexType: 'DATE', timexValue: value, inferred };
  }
  if (spec.unit === 'month' || spec.unit === 'quarter') {
    if (reference?.month === undefined) return { value: null, granularity: spec.unit === 'month' ? 'month' : 'unknown', timexType: 'DATE', timexValue: null, inferred };
    if (spec.unit === 'month') {
      const { year, month } = addMonths({ year: reference.year, month: reference.month }, spec.offset);
      const value = formatMonth(year, month);
      return { value, granularity: 'month', timexType: 'DATE', timexValue: value, inferred };
    }
    const { year, month } = addMonths({ year: reference.year, month: reference.month }, spec.offset * 3);
    return { value: null, granularity: 'unknown', timexType: 'DATE', timexValue: `${formatYear(year)}-Q${Math.ceil(month / 3)}`, inferred };
  }
  if (day === null) return { value: null, granularity: spec.unit, timexType: 'DATE', timexValue: null, inferred };
  if (spec.unit === 'week') {
    const value = formatWeek(addDays(day, spec.offset * 7));
    return { value, granularity: 'week', timexType: 'DATE', timexValue: value, inferred };
  }
  const value = formatDay(addDays(day, spec.offset));
  const part = spec.partOfDay === undefined ? undefined : PART_OF_DAY[spec.partOfDay];
  if (part !== undefined) return { value, granularity: 'day', timexType: 'TIME', timexValue: `${value}T${part}`, inferred };
  return { value, granularity: 'day', timexType: 'DATE', timexValue: value, inferred };
}

function resolveWeekday(spec: Extract<TimeSpec, { kind: 'weekday' }>, reference: TimeReference | null, future: () => boolean): Resolution {
  const day = referenceDay(reference);
  if (day === null) return { value: null, granularity: 'day', timexType: 'DATE', timexValue: null, inferred: ['value'] };
  const current = weekdayOf(day);
  const forward = spec.direction === 'future' || (spec.direction === 'nearest-past' && future());
  let shift: number;
  if (forward) shift = ((spec.weekday - current + 7) % 7) || 7;
  else {
    shift = -((current - spec.weekday + 7) % 7);
    if (spec.direction === 'past' && shift === 0) shift = -7;
  }
  const date = addDays(day, shift);
  if (spec.hour !== undefined) {
    const value = formatDateTime(date, spec.hour, spec.minute ?? 0);
    return { value, granularity: 'time', timexType: 'TIME', timexValue: value, inferred: ['value'] };
  }
  const value = formatDay(date);
  // Note: "Sunday night" keeps its day as the TimeML value too: TimeBank and AQUAINT write the day
  // alone about as often as the day with TNI/TEV, and a part of the day adds nothing to a timeline.
  return { value, granularity: 'day', timexType: 'DATE', timexValue: value, inferred: ['value'] };
}

/** Note: `future` says whether the candidate's clause speaks of the future; it is asked only when the reading depends on it. */
function resolveSpec(candidate: TimeCandidate, context: number | undefined, reference: TimeReference | null, future: () => boolean): Resolution {
  const { spec } = candidate;
  switch (spec.kind) {
    case 'absolute':
      return resolveAbsolute(spec, context, reference, future);
    case 'relative':
      return resolveRelative(spec, reference);
    case 'weekday':
      return resolveWeekday(spec, reference, future);
    case 'quarter': {
      const referenceQuarter = reference?.month === undefined ? undefined : Math.ceil(reference.month / 3);
      let year = spec.year ?? context ?? reference?.year;
      if (spec.year === undefined && context === undefined && year !== undefined && referenceQuarter !== undefined && spec.quarter > referenceQuarter && !future()) year -= 1;
      return { value: null, granularity: 'unknown', timexType: 'DATE', timexValue: year === undefined ? null : `${formatYear(year)}-Q${spec.quarter}`, inferred: spec.year === undefined ? ['year'] : [] };
    }
    case 'weekend': {
      const day = referenceDay(reference);
      if (day === null) return { value: null, granularity: 'week', timexType: 'DATE', timexValue: null, inferred: ['value'] };
      // Note: Saturday and Sunday end an ISO week; "the weekend" said on a weekday is the one before, or the coming one in a future clause.
      const weekday = weekdayOf(day);
      const inWeekend = weekday === 0 || weekday === 6;
      const offset = spec.offset ?? (inWeekend || future() ? 0 : -1);
      const week = formatWeek(addDays(day, offset * 7));
      return { value: week, granularity: 'week', timexType: 'DATE', timexValue: `${week}-WE`, inferred: ['value'] };
    }
    case 'quarter-anaphor': {
      // Note: without an earlier quarter in the text, a report speaks of the last complete quarter.
      if (reference?.month === undefined) return { value: null, granularity: 'unknown', timexType: 'DATE', timexValue: null, inferred: ['value'] };
      const { year, month } = addMonths({ year: reference.year, month: reference.month }, -3);
      return { value: null, granularity: 'unknown', timexType: 'DATE', timexValue: `${formatYear(year + spec.yearOffset)}-Q${Math.ceil(month / 3)}`, inferred: ['value'] };
    }
    case 'season': {
      const year = spec.year ?? (reference === null ? undefined : reference.year + (spec.offset ?? 0));
      return { value: null, granularity: 'unknown', timexType: 'DATE', timexValue: year === undefined ? null : `${formatYear(year)}-${spec.season}`, inferred: spec.year === undefined ? ['year'] : [] };
    }
    case 'decade':
      return { value: null, granularity: 'unknown', timexType: 'DATE', timexValue: String(spec.decade), inferred: [] };
    case 'duration':
      return { value: spec.value, granularity: 'duration', timexType: 'DURATION', timexValue: spec.timex, inferred: [] };
    case 'vague':
      return { value: null, granularity: 'unknown', timexType: 'DATE', timexValue: spec.timex, inferred: [] };
    case 'set':
      return { value: null, granularity: 'unknown', timexType: 'SET', timexValue: spec.timex, inferred: [] };
  }
}

/** Anchor the kept candidates to the reference and their passages. */
export function resolveTimes(text: string, candidates: readonly TimeCandidate[], reference: TimeReference | null, passages: readonly PassageSpan[]): TimeReading[] {
  const kept = dropOverlaps(candidates);
  const readings = kept.map((candidate): TimeReading => {
    const needsYear = candidate.spec.kind === 'absolute' && candidate.spec.year === undefined && candidate.spec.month !== undefined && candidate.spec.monthAnchor === undefined && candidate.spec.yearOffset === undefined;
    const needsQuarterYear = candidate.spec.kind === 'quarter' && candidate.spec.year === undefined;
    const context = needsYear || needsQuarterYear ? contextYear(candidate, kept, passages, needsQuarterYear) : undefined;
    const resolution = resolveSpec(candidate, context, reference, () => speaksOfFuture(text, candidate.start));
    return {
      start: candidate.start,
      end: candidate.end,
      text: text.slice(candidate.start, candidate.end),
      rule: candidate.rule,
      confidence: resolution.value === null && resolution.granularity !== 'duration' ? candidate.confidence * 0.8 : candidate.confidence,
      // Note: the resolution's fields one by one (a spread copies an object several times slower).
      value: resolution.value,
      granularity: resolution.granularity,
      timexType: resolution.timexType,
      timexValue: resolution.timexValue,
      inferred: resolution.inferred,
      vague: candidate.spec.kind === 'vague' || candidate.spec.kind === 'set',
    };
  });
  return quarterComparisons(text, kept, readings, passages);
}
