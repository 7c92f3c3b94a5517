/**
 * Extractors for what chrono-node leaves out or reads as a fixed day: relative expressions at
 * their own unit ("last week", "three years ago", "this month"), casual days ("today"),
 * weekdays (direction decided later by tense), bare years ("since 1994"), decades, quarters,
 * seasons, durations ("six months", "for decades") and vague references ("now").
 *
 * Each pattern is tried only where its mandatory word occurs (see `anchored-matches.ts`): the
 * token scan lists those words, and a match may start at most a few words before one.
 */
import { matchesAt, prefixOfPattern, startsFrom, stickyOf, type Prefix } from './anchored-matches.js';
import type { RelativeUnit, TimeCandidate, TimeSpec } from './time-candidate.js';
import { escapeForPattern, getTimeLexicon, readCount } from './time-lexicon.js';
import { anchorsOf, PATTERN_WORDS, scanTimeWords, WordClass, type TimeScan } from './time-scan.js';

const CASUAL_DAY = /\b(today|tonight|yesterday|tomorrow)(?:\s+(morning|afternoon|evening|night))?\b/giu;
const WEEKEND = /\b(the|this|last|next|past)\s+weekend\b/giu;
const THIS_PART_OF_DAY = /\bthis\s+(morning|afternoon|evening)\b/giu;
const RELATIVE_UNIT = /\b(?:(earlier|later)\s+)?(this|last|next|past|coming|previous|current|following)\s+(week|month|year|quarter)\b/giu;
const YEAR = /(?<![\d$€£.,/#:-])\b(mid-|(?:early|late)\s+)?((?:1[89]|20)\d\d)\b(?!\s*%|[-/.,:]\d|\s+(?:-\s*|to\s+)?\d)/giu;
const DECADE = /\b(?:the\s+)?(?:(?:early|late|mid-)\s*)?(?:((?:1[89]|20)\d)0|'(\d)0)s\b/giu;
const QUARTER = /\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)(?:\s+|-)(?:fiscal\s+)?quarter\b(?:\s+of\s+(?:fiscal\s+)?((?:19|20)\d\d))?/giu;
const SEASON = /\b(?:(this|last|next|early|late|the)\s+)?(spring|summer|autumn|winter|fall)\b(?:\s+(?:of\s+)?((?:19|20)\d\d))?/giu;
const WORD_AFTER = /^\s+([a-z]+)/u;
const WORD_BEFORE = /(\w+)\s*$/u;
const DURATION_BLOCKERS = /^(?:-old|\s+old\b|\s+of\s+age\b)/u;
const SET_BEFORE = /\b(?:once|twice|times|per|every|each)\s*$/iu;
const THE_BEFORE = /\bthe\s+$/iu;
const COUPLE = /^(?:a\s+)?couple\s+of$/iu;
const STARTS_WITH_DIGIT = /^\d/u;
const DURATION_MODIFIERS: ReadonlySet<string> = new Set(['past', 'last', 'next', 'coming']);

const OFFSETS: Readonly<Record<string, number>> = { this: 0, current: 0, last: -1, past: -1, previous: -1, next: 1, coming: 1, following: 1 };
const CASUAL_OFFSETS: Readonly<Record<string, number>> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

/** A pattern, and where its matches can start: at its anchor words (a class of the token scan) or a few words before. */
interface Anchored {
  readonly global: RegExp;
  readonly sticky: RegExp;
  readonly anchor: number;
  readonly prefix: Prefix;
}

/** A pattern anchored at a word class, with at most `before` words before its anchor. */
function anchored(global: RegExp, anchor: number, before: number): Anchored {
  return { global, sticky: stickyOf(global), anchor, prefix: prefixOfPattern(global, before) };
}

interface Patterns {
  readonly casualDay: Anchored;
  readonly thisPartOfDay: Anchored;
  readonly weekend: Anchored;
  readonly relativeUnit: Anchored;
  readonly year: Anchored;
  readonly decade: Anchored;
  readonly quarter: Anchored;
  readonly season: Anchored;
  readonly ago: Anchored;
  readonly duration: Anchored;
  readonly unitOnly: Anchored;
  readonly weekday: Anchored;
  readonly vague: Anchored;
  readonly set: Anchored;
  readonly anchoredMonth: Anchored;
  readonly monthOfYear: Anchored;
}

let patterns: Patterns | undefined;

function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeForPattern).join('|');
}

/** Patterns that depend on the lexicon, built once on first use. */
function getPatterns(): Patterns {
  if (patterns === undefined) {
    const lexicon = getTimeLexicon();
    const word = alternation(lexicon.numbers.keys());
    const tens = alternation([...lexicon.numbers].filter(([, value]) => value >= 20 && value < 100 && value % 10 === 0).map(([name]) => name));
    const ones = alternation([...lexicon.numbers].filter(([name, value]) => value >= 1 && value < 10 && name.length > 2).map(([name]) => name));
    const count = `(?:\\d+(?:\\.\\d+)?|(?:${tens})[\\s-](?:${ones})|${word}|a\\s+couple\\s+of|couple\\s+of|${alternation(lexicon.vagueCounts)})`;
    const unit = `(?:${alternation(lexicon.units.keys())}|centuries)`;
    const weekdays = lexicon.weekdays.map((day) => day.charAt(0).toUpperCase() + day.slice(1));
    const months = lexicon.months.map((month) => month.charAt(0).toUpperCase() + month.slice(1));
    const vagueWords = Math.max(...[...lexicon.vague.keys()].map((phrase) => phrase.split(' ').length));
    // Note: the words a match may hold before its anchor: "earlier this", "the past few", "a couple of", "in recent recent".
    patterns = {
      casualDay: anchored(CASUAL_DAY, WordClass.casualDay, 0),
      thisPartOfDay: anchored(THIS_PART_OF_DAY, WordClass.partOfDay, 1),
      weekend: anchored(WEEKEND, WordClass.weekend, 1),
      relativeUnit: anchored(RELATIVE_UNIT, WordClass.calendarUnit, 2),
      year: anchored(YEAR, WordClass.year, 1),
      decade: anchored(DECADE, WordClass.decade, 2),
      quarter: anchored(QUARTER, WordClass.quarter, 3),
      season: anchored(SEASON, WordClass.season, 1),
      ago: anchored(new RegExp(`\\b(${count})\\s+(${unit})s?\\s+(ago|earlier|later|from\\s+now)\\b`, 'giu'), WordClass.unit, 3),
      duration: anchored(new RegExp(`\\b(?:(the\\s+)?(past|last|next|coming|previous|following)\\s+)?(?:(${count})(?:\\s+|-))?(${unit})s?\\b`, 'giu'), WordClass.unit, 5),
      unitOnly: anchored(new RegExp(`\\b(?:for|over|in|within|during|(?:in\\s+)?recent)\\s+((?:recent\\s+)?(${unit}|centurie)s)\\b`, 'giu'), WordClass.pluralUnit, 3),
      anchoredMonth: anchored(new RegExp(`\\b(this(?:\\s+past|\\s+coming)?|last|next)\\s+(${months.join('|')})\\b`, 'giu'), WordClass.month, 2),
      monthOfYear: anchored(new RegExp(`\\b(${months.join('|')})(?:,?\\s+of)?\\s+(last|this|next)\\s+year\\b`, 'gu'), WordClass.month, 0),
      weekday: anchored(new RegExp(`\\b(?:(last|next|this(?:\\s+coming)?|coming)\\s+)?(${weekdays.join('|')})(?!s)\\b(?:\\s+(morning|afternoon|evening|night)\\b)?`, 'gu'), WordClass.weekday, 2),
      vague: anchored(new RegExp(`\\b(${alternation(lexicon.vague.keys())})\\b`, 'giu'), WordClass.vague, vagueWords - 1),
      set: anchored(new RegExp(`\\b(?:(${alternation(lexicon.sets.keys())})|(?:${PATTERN_WORDS.setStart.join('|')})\\s+(${unit}))\\b`, 'giu'), WordClass.set, 0),
    };
  }
  return patterns;
}

function unitOf(word: string): RelativeUnit | null {
  const singular = word.toLowerCase().replace(/s$/u, '');
  if (singular === 'day' || singular === 'week' || singular === 'month' || singular === 'quarter' || singular === 'year') return singular;
  return null;
}

/** ISO 8601 duration and TimeML value for a count of a unit ("six", "month"). */
export function durationValue(count: number | null, unitWord: string): { value: string | null; timex: string } {
  const singular = unitWord.toLowerCase().replace(/ies$/u, 'y').replace(/s$/u, '');
  const designator = getTimeLexicon().units.get(singular) ?? 'X';
  const clock = designator === 'H' || (designator === 'M' && singular === 'minute') || designator === 'S';
  const prefix = clock ? 'PT' : 'P';
  if (count === null) return { value: null, timex: `${prefix}X${designator}` };
  const whole = Number.isInteger(count);
  const timex = `${prefix}${count}${designator}`;
  if (!whole) return { value: null, timex };
  if (designator === 'DE') return { value: `P${count * 10}Y`, timex };
  if (designator === 'CE') return { value: `P${count * 100}Y`, timex };
  if (designator === 'Q') return { value: `P${count * 3}M`, timex };
  if (singular === 'fortnight') return { value: `P${count * 2}W`, timex: `P${count * 2}W` };
  return { value: timex, timex };
}

/** The duration spec of a count of a unit (what `{ kind: 'duration', ...durationValue(count, unitWord) }` is, built without a spread). */
function durationSpec(count: number | null, unitWord: string): TimeSpec {
  const { value, timex } = durationValue(count, unitWord);
  return { kind: 'duration', value, timex };
}

function isYearCount(text: string, end: number): boolean {
  const after = WORD_AFTER.exec(text.slice(end, end + 30));
  return after !== null && getTimeLexicon().countNouns.has(after[1] ?? '');
}

/** A pattern's matches in the text, in order. */
type Find = (pattern: Anchored) => Iterable<RegExpExecArray>;

function casualDays(find: Find, into: TimeCandidate[]): void {
  const { casualDay, thisPartOfDay } = getPatterns();
  for (const match of find(casualDay)) {
    const offset = CASUAL_OFFSETS[(match[1] ?? '').toLowerCase()] ?? 0;
    const part = match[2]?.toLowerCase() ?? ((match[1] ?? '').toLowerCase() === 'tonight' ? 'night' : undefined);
    const spec = part === undefined ? { kind: 'relative' as const, unit: 'day' as const, offset } : { kind: 'relative' as const, unit: 'day' as const, offset, partOfDay: part };
    into.push({ start: match.index, end: match.index + match[0].length, rule: 'times/casual-day', confidence: 0.9, spec });
  }
  for (const match of find(thisPartOfDay)) {
    into.push({ start: match.index, end: match.index + match[0].length, rule: 'times/casual-day', confidence: 0.8, spec: { kind: 'relative', unit: 'day', offset: 0, partOfDay: (match[1] ?? '').toLowerCase() } });
  }
}

function weekends(find: Find, into: TimeCandidate[]): void {
  for (const match of find(getPatterns().weekend)) {
    const word = (match[1] ?? '').toLowerCase();
    const offset = word === 'last' || word === 'past' ? -1 : word === 'next' ? 1 : null;
    into.push({ start: match.index, end: match.index + match[0].length, rule: 'times/weekend', confidence: 0.8, spec: { kind: 'weekend', offset } });
  }
}

function relativeUnits(text: string, find: Find, into: TimeCandidate[]): void {
  for (const match of find(getPatterns().relativeUnit)) {
    const word = (match[2] ?? '').toLowerCase();
    const unit = unitOf(match[3] ?? '');
    if (unit === null) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (DURATION_MODIFIERS.has(word) && THE_BEFORE.test(text.slice(Math.max(0, start - 6), start))) continue;
    into.push({ start, end, rule: 'times/relative', confidence: 0.9, spec: { kind: 'relative', unit, offset: OFFSETS[word] ?? 0 } });
  }
  for (const match of find(getPatterns().ago)) {
    const unit = unitOf(match[2] ?? '');
    const count = readCount(match[1] ?? '');
    const direction = (match[3] ?? '').toLowerCase() === 'ago' || (match[3] ?? '').toLowerCase() === 'earlier' ? -1 : 1;
    const start = match.index;
    const end = start + match[0].length;
    if (unit === null || count === null || !Number.isInteger(count)) {
      into.push({ start, end, rule: 'times/ago', confidence: 0.6, spec: { kind: 'vague', timex: direction < 0 ? 'PAST_REF' : 'FUTURE_REF' } });
      continue;
    }
    into.push({ start, end, rule: 'times/ago', confidence: 0.85, spec: { kind: 'relative', unit, offset: direction * count } });
  }
}

function weekdays(find: Find, into: TimeCandidate[]): void {
  const names = getTimeLexicon().weekdays;
  for (const match of find(getPatterns().weekday)) {
    const modifier = match[1]?.toLowerCase();
    const weekday = names.indexOf((match[2] ?? '').toLowerCase());
    const direction = modifier === 'last' ? 'past' : modifier === undefined || modifier === 'this' ? 'nearest-past' : 'future';
    // Note: a part of the day after the weekday ("Sunday night") belongs to the span, not the value.
    into.push({ start: match.index, end: match.index + match[0].length, rule: 'times/weekday', confidence: 0.85, spec: { kind: 'weekday', weekday, direction } });
  }
}

/** "October last year", "March of next year": a month in the year before, of or after the reference. */
function monthsOfRelativeYears(find: Find, into: TimeCandidate[]): void {
  const { months } = getTimeLexicon();
  for (const match of find(getPatterns().monthOfYear)) {
    const month = months.indexOf((match[1] ?? '').toLowerCase()) + 1;
    const yearOffset = OFFSETS[(match[2] ?? '').toLowerCase()] ?? 0;
    into.push({ start: match.index, end: match.index + match[0].length, rule: 'times/month-of-relative-year', confidence: 0.85, spec: { kind: 'absolute', month, yearOffset } });
  }
}

function anchoredMonths(find: Find, into: TimeCandidate[]): void {
  const { months } = getTimeLexicon();
  for (const match of find(getPatterns().anchoredMonth)) {
    const word = (match[1] ?? '').toLowerCase();
    const monthAnchor = word === 'this past' ? 'last' : word === 'this coming' ? 'next' : word === 'last' || word === 'next' ? word : 'this';
    const month = months.indexOf((match[2] ?? '').toLowerCase()) + 1;
    into.push({ start: match.index, end: match.index + match[0].length, rule: 'times/anchored-month', confidence: 0.85, spec: { kind: 'absolute', month, monthAnchor } });
  }
}

function years(text: string, find: Find, into: TimeCandidate[]): void {
  const { year, decade, quarter, season } = getPatterns();
  for (const match of find(year)) {
    const end = match.index + match[0].length;
    if (isYearCount(text, end)) continue;
    into.push({ start: match.index, end, rule: 'times/year', confidence: 0.8, spec: { kind: 'absolute', year: Number(match[2]) } });
  }
  for (const match of find(decade)) {
    const decade = match[1] !== undefined ? Number(match[1]) : 190 + Number(match[2] ?? 0);
    into.push({ start: match.index, end: match.index + match[0].length, rule: 'times/decade', confidence: 0.8, spec: { kind: 'decade', decade } });
  }
  const { ordinals, seasons } = getTimeLexicon();
  for (const match of find(quarter)) {
    const quarter = ordinals.get((match[1] ?? '').toLowerCase()) ?? 1;
    const spec = match[2] === undefined ? { kind: 'quarter' as const, quarter } : { kind: 'quarter' as const, quarter, year: Number(match[2]) };
    into.push({ start: match.index, end: match.index + match[0].length, rule: 'times/quarter', confidence: 0.8, spec });
  }
  for (const match of find(season)) {
    const modifier = match[1]?.toLowerCase();
    const season = seasons.get((match[2] ?? '').toLowerCase()) ?? 'SU';
    const year = match[3] === undefined ? undefined : Number(match[3]);
    const anchored = year !== undefined || (modifier !== undefined && modifier !== 'the');
    if (!anchored || ((match[2] ?? '').toLowerCase() === 'fall' && year === undefined && modifier !== 'this' && modifier !== 'last' && modifier !== 'next')) continue;
    const offset = modifier === 'last' ? -1 : modifier === 'next' ? 1 : 0;
    const spec = year === undefined ? { kind: 'season' as const, season, offset } : { kind: 'season' as const, season, year };
    into.push({ start: match.index, end: match.index + match[0].length, rule: 'times/season', confidence: 0.7, spec });
  }
}

function durations(text: string, find: Find, into: TimeCandidate[]): void {
  for (const match of find(getPatterns().duration)) {
    const hasThe = match[1] !== undefined;
    const countText = match[3];
    const end = match.index + match[0].length;
    if (countText === undefined && !hasThe) continue;
    if (DURATION_BLOCKERS.test(text.slice(end, end + 12))) continue;
    if (SET_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    const lexicon = getTimeLexicon();
    const vagueCount = countText !== undefined && lexicon.vagueCounts.includes(countText.toLowerCase());
    const count = countText === undefined ? 1 : vagueCount ? null : readCount(countText.replace(COUPLE, 'two'));
    if (count === null && !vagueCount) continue;
    const wordBefore = WORD_BEFORE.exec(text.slice(Math.max(0, match.index - 20), match.index));
    if (count === 1 && wordBefore !== null && STARTS_WITH_DIGIT.test(wordBefore[1] ?? '')) continue;
    into.push({ start: match.index, end, rule: 'times/duration', confidence: vagueCount ? 0.6 : 0.8, spec: durationSpec(count, match[4] ?? '') });
  }
  for (const match of find(getPatterns().unitOnly)) {
    const phrase = match[1] ?? '';
    const start = match.index + match[0].length - phrase.length;
    into.push({ start, end: match.index + match[0].length, rule: 'times/duration', confidence: 0.6, spec: durationSpec(null, match[2] ?? '') });
  }
}

function vague(find: Find, into: TimeCandidate[]): void {
  const { vague: values } = getTimeLexicon();
  for (const match of find(getPatterns().vague)) {
    const timex = values.get((match[1] ?? '').toLowerCase()) ?? 'PRESENT_REF';
    into.push({ start: match.index, end: match.index + match[0].length, rule: 'times/vague', confidence: 0.5, spec: { kind: 'vague', timex } });
  }
}

function sets(find: Find, into: TimeCandidate[]): void {
  const lexicon = getTimeLexicon();
  for (const match of find(getPatterns().set)) {
    const adverb = match[1]?.toLowerCase();
    const timex = adverb === undefined ? durationValue(1, match[2] ?? '').timex : (lexicon.sets.get(adverb) ?? 'P1D');
    into.push({ start: match.index, end: match.index + match[0].length, rule: 'times/set', confidence: 0.6, spec: { kind: 'set', timex } });
  }
}

function extractWith(text: string, find: Find): TimeCandidate[] {
  const found: TimeCandidate[] = [];
  casualDays(find, found);
  weekends(find, found);
  relativeUnits(text, find, found);
  weekdays(find, found);
  anchoredMonths(find, found);
  monthsOfRelativeYears(find, found);
  years(text, find, found);
  durations(text, find, found);
  vague(find, found);
  sets(find, found);
  return found;
}

/**
 * Propose relative, casual, weekday, year, quarter, season, duration and vague time candidates.
 * `scan` must be the text's (optional, default: computed).
 */
export function extractRelativeTimes(text: string, scan?: TimeScan): TimeCandidate[] {
  const words = scan ?? scanTimeWords(text);
  if (!words.anchorable) return extractRelativeTimesWhole(text);
  return extractWith(text, (pattern) => {
    const anchors = anchorsOf(words, pattern.anchor);
    return anchors.length === 0 ? [] : matchesAt(text, pattern.sticky, startsFrom(text, anchors, pattern.prefix));
  });
}

/** {@link extractRelativeTimes} with each pattern run over the whole text (the reference the anchored run must equal). */
export function extractRelativeTimesWhole(text: string): TimeCandidate[] {
  return extractWith(text, (pattern) => text.matchAll(pattern.global));
}
