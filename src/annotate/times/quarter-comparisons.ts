/**
 * Financial anaphora: in a report of quarterly results, "a year ago" or "a year earlier" compares
 * with the same quarter of the year before ("third-quarter profit rose to $5 million from $3
 * million a year ago"). TimeML gives such an expression the quarter ("1988-Q3"), not the year.
 * This refiner reads the quarter from the latest quarter the article named before it; the same
 * holds for a quarter named without its number ("the quarter", "the year-earlier period").
 */
import { matchesAt, prefixOfPattern, startsFrom, stickyOf } from './anchored-matches.js';
import type { PassageSpan } from './resolve-times.js';
import type { TimeCandidate, TimeReading } from './time-candidate.js';
import { anchorsOf, scanTimeWords, WordClass, type TimeScan } from './time-scan.js';

/** A sentence that speaks of a quarter. */
const QUARTER_WORD = /\bquarter(?:ly|s)?\b/iu;
/** Rule id of a quarter named without its number. */
const ANAPHOR_RULE = 'times/quarter-anaphor';
/** A resolved TimeML quarter value. */
const QUARTER_VALUE = /^(\d{4})-Q([1-4])$/u;
/** Rules whose year offsets are comparisons ("a year ago", "two years earlier"). */
const COMPARISON_RULES: ReadonlySet<string> = new Set(['times/ago']);
/**
 * "the quarter", "the latest quarter", "the year-earlier period"; a bare "period" needs a word
 * that makes it a reporting period.
 */
const QUARTER_ANAPHOR = /\bthe\s+(?:(latest|most\s+recent|same|comparable|just-ended|fiscal)\s+)?(?:(year-earlier|year-ago)\s+)?(?:(fiscal)\s+)?(quarter|period)\b(?![\s-]+(?:of|to)\b)/giu;
const QUARTER_WORD_AT = stickyOf(QUARTER_WORD);
const QUARTER_ANAPHOR_AT = stickyOf(QUARTER_ANAPHOR);
/** What may stand before the noun of {@link QUARTER_ANAPHOR}: up to six words ("the most recent year-earlier fiscal"). */
const ANAPHOR_PREFIX = prefixOfPattern(QUARTER_ANAPHOR, 6);

function anaphorMatches(text: string, words: TimeScan): Iterable<RegExpExecArray> {
  if (!words.anchorable) return text.matchAll(QUARTER_ANAPHOR);
  const nouns = anchorsOf(words, WordClass.reportingPeriod);
  return nouns.length === 0 ? [] : matchesAt(text, QUARTER_ANAPHOR_AT, startsFrom(text, nouns, ANAPHOR_PREFIX));
}

function speaksOfQuarters(text: string, words: TimeScan): boolean {
  if (!words.anchorable) return QUARTER_WORD.test(text);
  return matchesAt(text, QUARTER_WORD_AT, anchorsOf(words, WordClass.quarterWord)).length > 0;
}

/**
 * Candidates for a quarter that a financial report names without its number ("the quarter").
 * `scan` must be the text's (optional, default: computed).
 */
export function extractQuarterAnaphors(text: string, scan?: TimeScan): TimeCandidate[] {
  const found: TimeCandidate[] = [];
  const words = scan ?? scanTimeWords(text);
  const matches = [...anaphorMatches(text, words)];
  if (matches.length === 0) return found;
  const quarters = speaksOfQuarters(text, words);
  for (const match of matches) {
    const [, modifier, yearBack, fiscal, noun] = match;
    const period = noun?.toLowerCase() === 'period';
    // Note: "the same period" is a reporting period only in a text that speaks of quarters.
    if (period && (!quarters || (modifier === undefined && yearBack === undefined && fiscal === undefined))) continue;
    found.push({ start: match.index, end: match.index + match[0].length, rule: ANAPHOR_RULE, confidence: 0.6, spec: { kind: 'quarter-anaphor', yearOffset: yearBack === undefined ? 0 : -1 } });
  }
  return found;
}

function sentenceOf(passages: readonly PassageSpan[], position: number): PassageSpan | undefined {
  return passages.find((passage) => passage.start <= position && position < passage.end);
}

/**
 * Give "a year ago" the quarter of the comparison when its sentence speaks of a quarter and the
 * article named a quarter before it. `readings[i]` must be the reading of `kept[i]`; the exported
 * value stays the year (a timeline places a quarter no better), only the TimeML value changes.
 */
export function quarterComparisons(text: string, kept: readonly TimeCandidate[], readings: readonly TimeReading[], passages: readonly PassageSpan[]): TimeReading[] {
  let quarter: { year: number; quarter: number } | undefined;
  return readings.map((reading, index) => {
    const spec = kept[index]?.spec;
    if (spec?.kind === 'quarter-anaphor') {
      if (quarter === undefined) return reading;
      return { ...reading, timexValue: `${quarter.year + spec.yearOffset}-Q${quarter.quarter}` };
    }
    const match = reading.timexValue === null ? null : QUARTER_VALUE.exec(reading.timexValue);
    if (match !== null) {
      quarter = { year: Number(match[1]), quarter: Number(match[2]) };
      return reading;
    }
    if (quarter === undefined || spec?.kind !== 'relative' || spec.unit !== 'year' || !COMPARISON_RULES.has(reading.rule)) return reading;
    const sentence = sentenceOf(passages, reading.start);
    if (sentence === undefined || !QUARTER_WORD.test(text.slice(sentence.start, sentence.end))) return reading;
    return { ...reading, timexValue: `${quarter.year + spec.offset}-Q${quarter.quarter}` };
  });
}
