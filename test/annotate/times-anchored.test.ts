/**
 * The time extractors' fast paths must equal their slow ones: our own patterns tried only at
 * their anchor words must find what each pattern finds over the whole text; the quarter anaphor
 * likewise; the future-tense check must answer as its pattern does; and chrono's parser choice
 * must keep every parser that can match a window. Compared on the sample corpus and on generated
 * text dense in the patterns' words, digits, hyphens, apostrophes and letters outside ASCII.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import * as chrono from 'chrono-node';
import { parsersFor } from '../../src/annotate/times/chrono-parsers.js';
import { extractQuarterAnaphors } from '../../src/annotate/times/quarter-comparisons.js';
import { extractRelativeTimes, extractRelativeTimesWhole } from '../../src/annotate/times/relative-times.js';
import { speaksOfFuture } from '../../src/annotate/times/resolve-times.js';
import { escapeForPattern, getTimeLexicon } from '../../src/annotate/times/time-lexicon.js';
import { scanTimeWords, type TimeScan } from '../../src/annotate/times/time-scan.js';

const CORPUS = new URL('../../examples/corpus/', import.meta.url);

const PIECES = [
  'day', 'days', 'Week', 'weeks', 'month', 'Months', 'year', 'years', 'decade', 'decades', 'century', 'centuries', 'hour', 'hours', 'minute', 'night',
  'fortnight', 'quarter', 'quarters', 'quarterly', 'period', 'second', 'a', 'an', 'one', 'two', 'twenty', 'twenty-one', 'three', 'dozen', 'half', 'several',
  'few', 'many', 'some', 'recent', 'numerous', 'couple', 'of', 'the', 'The', 'past', 'last', 'next', 'this', 'coming', 'previous', 'current', 'following',
  'earlier', 'later', 'ago', 'from', 'now', 'for', 'over', 'in', 'within', 'during', 'every', 'each', 'daily', 'weekly', 'January', 'may', 'May', 'March',
  'Monday', 'Sunday', 'sunday', 'Tuesdays', 'today', 'tonight', 'Yesterday', 'tomorrow', 'morning', 'afternoon', 'evening', 'weekend', 'spring', 'summer',
  'fall', 'autumn', 'winter', '1990s', "'90s", 'mid-1990s', 'mid-', 'early', 'late', 'first', '3rd', '4th', 'fiscal', 'first-quarter', 'year-earlier',
  'year-ago', 'latest', 'most', 'same', 'just-ended', 'right', 'at', 'present', 'currently', 'nowadays', 'recently', 'lately', 'future', '5', '3.5', '1994',
  '2023', '1850', '1994%', '$2000', '2000-01', '1,000', '12', 'said', 'people', 'x', 'Kosovo', 'éday', 'dayé', 'will', "'ll", 'is', 'to', 'set', 'going',
  'planned', '-', ',', '.', '/', "'", '’', '(', ')', ':', '\n',
];
const GLUES = [' ', ' ', ' ', '', '-', '\n', '  ', ', '];

function generated(seed: number, length: number, pieces: readonly string[] = PIECES): string {
  let state = seed;
  const next = (size: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return (state >> 8) % size;
  };
  let text = '';
  for (let index = 0; index < length; index += 1) text += (pieces[next(pieces.length)] ?? '') + (GLUES[next(GLUES.length)] ?? '');
  return text;
}

function corpusTexts(): string[] {
  return readdirSync(CORPUS, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.json'))
    .map((entry) => readFileSync(new URL(entry.name, CORPUS), 'utf8'));
}

/** A scan that sends every pattern over the whole text (what a text with long s gets). */
function wholeScan(text: string): TimeScan {
  return { ...scanTimeWords(text), anchorable: false };
}

/** The future pattern on the clause since the last sentence end, at most 200 characters back (the check as it was written first). */
function speaksOfFutureByPattern(text: string, position: number): boolean {
  const pattern = new RegExp(`(?:^|[^\\p{L}'’])(?:${getTimeLexicon().futureCues.map(escapeForPattern).join('|')})(?![\\p{L}])`, 'iu');
  const before = text.slice(Math.max(0, position - 200), position);
  const end = /[.!?\n][^.!?\n]*$/u.exec(before);
  return pattern.test(end === null ? before : before.slice(end.index + 1));
}

describe('times: patterns tried at their anchors', () => {
  it('find what each pattern finds over the whole text, on the corpus and generated text', () => {
    let found = 0;
    const texts = [...corpusTexts(), ...Array.from({ length: 3000 }, (_, seed) => generated(seed + 1, 3 + (seed % 30)))];
    for (const text of texts) {
      const whole = extractRelativeTimesWhole(text);
      found += whole.length;
      assert.deepEqual(extractRelativeTimes(text), whole, JSON.stringify(text));
    }
    assert.ok(found > 5000, `the texts hold time expressions (${found})`);
  });

  it('scan a text with long s or the Kelvin sign whole', () => {
    const text = 'For ſeven days and 3 weeKs ago, last weeK.';
    assert.equal(scanTimeWords(text).anchorable, false);
    assert.deepEqual(extractRelativeTimes(text), extractRelativeTimesWhole(text));
    assert.ok(extractRelativeTimes(text).some((candidate) => text.slice(candidate.start, candidate.end) === 'last weeK'));
  });

  it('find the quarter anaphors the whole-text pattern finds', () => {
    let found = 0;
    const words = [...PIECES, 'the quarter', 'the same period', 'the year-earlier period', 'the most recent quarter', 'the period of', 'the quarter to'];
    const texts = [...corpusTexts(), ...Array.from({ length: 2000 }, (_, seed) => generated(seed + 7, 3 + (seed % 25), words))];
    for (const text of texts) {
      const whole = extractQuarterAnaphors(text, wholeScan(text));
      found += whole.length;
      assert.deepEqual(extractQuarterAnaphors(text), whole, JSON.stringify(text));
    }
    assert.ok(found > 200, `the texts hold quarter anaphors (${found})`);
  });
});

describe('times: future tense without the pattern', () => {
  it('answers as the future pattern does at every position', () => {
    const pieces = ['will', 'Will', 'WILL', "'ll", '’ll', "it'll", 'shall', 'going to', 'plans to', 'planned', 'is to', 'set to', 'to be held', 'willing', 'éwill', 'willé', 'ſhall', '“will”', '.', '\n', '!', 'x', 'Ä', '😀', 'is', 'to'];
    let yes = 0;
    for (let seed = 1; seed <= 3000; seed += 1) {
      const text = generated(seed, 1 + (seed % 9), pieces);
      for (let position = 0; position <= text.length; position += 1) {
        const expected = speaksOfFutureByPattern(text, position);
        if (expected) yes += 1;
        assert.equal(speaksOfFuture(text, position), expected, `${JSON.stringify(text)} at ${position}`);
      }
    }
    for (const text of corpusTexts()) for (let position = 0; position <= text.length; position += 7) assert.equal(speaksOfFuture(text, position), speaksOfFutureByPattern(text, position));
    assert.ok(yes > 1000, `some clauses speak of the future (${yes})`);
  });
});

describe("times: chrono's parsers chosen per window", () => {
  it('keeps every parser whose pattern matches the window', () => {
    const parsers = chrono.en.casual.parsers;
    const names = parsers.map((parser) => parser.constructor.name);
    const alone = parsers.map((parser) => new chrono.Chrono({ parsers: [parser], refiners: [] }));
    const reference = { instant: new Date(Date.UTC(2000, 5, 15, 12)), timezone: 0 };
    const dates = ['March', 'may', 'Sept.', 'Dec', 'inmarch', 'fifthofmarch', '5', '17', '2023', '10:30', '2023-10-05', '10/5/23', '10/2023', '5th', 'fifth', 'twenty-first', 'of', 'on', 'to', '-', ',', 'BC', 'a.m.', 'pm', 'Monday', 'mon', 'tonight', 'noon', 'end', 'day', 'the', 'month', 'ago', 'later', 'out', 'within', 'in', 'for', 'last', 'next', 'after', '+', 'few', 'hours', 'years', 'said'];
    let matched = 0;
    for (let seed = 1; seed <= 2500; seed += 1) {
      const text = generated(seed, 2 + (seed % 12), dates);
      const chosen = parsersFor(text, names);
      alone.forEach((instance, index) => {
        if (instance.parse(text, reference).length === 0) return;
        matched += 1;
        assert.ok((chosen & (1 << index)) !== 0, `${names[index] ?? index} matches ${JSON.stringify(text)}`);
      });
    }
    assert.ok(matched > 3000, `the parsers match the generated windows (${matched})`);
  });
});
