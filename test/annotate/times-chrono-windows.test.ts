/**
 * chrono-node on windows must give the time stage exactly what chrono on the whole text gives:
 * compared on the sample corpus and on generated text dense in chrono's words, digits, clock
 * marks, time zones, connectives, punctuation and the short words chrono may read as a time zone.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extractChronoFullDates, extractChronoTimes, extractChronoTimesWhole } from '../../src/annotate/times/chrono-times.js';
import type { TimeCandidate } from '../../src/annotate/times/time-candidate.js';

const CORPUS = new URL('../../examples/corpus/', import.meta.url);

/** Pieces of generated text: chrono's words and forms, and words it cannot read. */
const PIECES = [
  'March', 'may', 'May', 'Sept.', 'Dec', 'june', 'inmarch', 'Azerbaijan', 'decided', 'Monday', 'Tue.', 'weekend', 'lastweek', 'tonight', 'today', 'noon',
  'midnight', 'morning', 'night', 'end', 'day', 'of', 'the', 'at', 'on', 'in', 'to', 'from', 'until', 'through', 'and', 'this', 'last', 'next', 'past',
  'after', 'before', 'ago', 'later', 'within', 'about', 'few', 'a', 'an', 'couple', 'hours', 'years', 'weeks', 'month', '5', '17', '2023', '1999', '12',
  '10:30', '7:45', '2023-10-05', '10/5/23', '10/2023', '5th', 'fifth', 'twenty-first', 'a.m.', 'p.m.', 'pm', 'am', "o'clock", 'EST', 'GMT', 'UTC', 'CET',
  'est', 'met', 'cat', 'ART', 'BE', 'AD', 'said', 'people', 'government', 'was', 'had', 'Kosovo', 'x', '-', ',', '.', '(', ')', '/', ':', '+3', '–', '“', '”',
  // Note: what chrono's merge with a weekday keeps although the extractor rejects it alone, and "this year" written as one word.
  'thisyear', 'thismonths', 'end of the month', 'tmr', 'tmrw', 'overmorrow', 'lastnight', '1/2', '1.5', 'Sat.', 'Sunday,', '13th of March',
];
const GLUES = [' ', ' ', ' ', ' ', '', '\n', '  ', ', ', '\n\n', '-'];

function generated(seed: number, length: number): string {
  let state = seed;
  const next = (size: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return (state >> 8) % size;
  };
  let text = '';
  for (let index = 0; index < length; index += 1) text += (PIECES[next(PIECES.length)] ?? '') + (GLUES[next(GLUES.length)] ?? '');
  return text;
}

function corpusTexts(): string[] {
  return readdirSync(CORPUS, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.json'))
    .map((entry) => readFileSync(new URL(entry.name, CORPUS), 'utf8'));
}

function fullDates(candidates: readonly TimeCandidate[]): TimeCandidate[] {
  return candidates.filter((candidate) => candidate.spec.kind === 'absolute' && candidate.spec.year !== undefined && candidate.spec.month !== undefined && candidate.spec.day !== undefined);
}

describe('times: chrono on windows', () => {
  it('finds what chrono on the whole text finds, on the sample corpus', () => {
    const texts = corpusTexts();
    assert.ok(texts.length > 5);
    let found = 0;
    for (const text of texts) {
      const whole = extractChronoTimesWhole(text);
      found += whole.length;
      assert.deepEqual(extractChronoTimes(text), whole);
      assert.deepEqual(extractChronoFullDates(text), fullDates(whole));
    }
    assert.ok(found > 20, 'the corpus has dates to compare');
  });

  it('finds what chrono on the whole text finds, on generated text', () => {
    let found = 0;
    let dates = 0;
    for (let seed = 1; seed <= 1500; seed += 1) {
      const text = generated(seed, 4 + (seed % 40));
      const whole = extractChronoTimesWhole(text);
      found += whole.length;
      dates += fullDates(whole).length;
      assert.deepEqual(extractChronoTimes(text), whole, JSON.stringify(text));
      assert.deepEqual(extractChronoFullDates(text), fullDates(whole), JSON.stringify(text));
    }
    assert.ok(found > 1000 && dates > 50, `generated text gives chrono something to find (${found}, ${dates})`);
  });
});
