/**
 * Financial anaphora: in a report of quarterly results, "a year ago" or "a year earlier" compares
 * with the same quarter of the year before ("third-quarter profit rose to $5 million from $3
 * million a year ago"). TimeML gives such an expression the quarter ("1988-Q3"), not the year.
 * This refiner reads the quarter from the latest quarter the article named before it.
 */
import type { PassageSpan } from './resolve-times.js';
import type { TimeCandidate, TimeReading } from './time-candidate.js';

/** A sentence that speaks of a quarter. */
const QUARTER_WORD = /\bquarter(?:ly|s)?\b/iu;
/** A resolved TimeML quarter value. */
const QUARTER_VALUE = /^(\d{4})-Q([1-4])$/u;
/** Rules whose year offsets are comparisons ("a year ago", "two years earlier"). */
const COMPARISON_RULES: ReadonlySet<string> = new Set(['times/ago']);

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
    const match = reading.timexValue === null ? null : QUARTER_VALUE.exec(reading.timexValue);
    if (match !== null) {
      quarter = { year: Number(match[1]), quarter: Number(match[2]) };
      return reading;
    }
    const spec = kept[index]?.spec;
    if (quarter === undefined || spec?.kind !== 'relative' || spec.unit !== 'year' || !COMPARISON_RULES.has(reading.rule)) return reading;
    const sentence = sentenceOf(passages, reading.start);
    if (sentence === undefined || !QUARTER_WORD.test(text.slice(sentence.start, sentence.end))) return reading;
    return { ...reading, timexValue: `${quarter.year + spec.offset}-Q${quarter.quarter}` };
  });
}
