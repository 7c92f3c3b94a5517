/**
 * The reader of chrono's commonest windows must give exactly what chrono gives on every window it
 * reads: compared on the windows of the sample corpus and on generated windows dense in dates
 * written every way, weekdays, connectives, marks, numbers and capitalised short words.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readCommonWindow } from '../../src/annotate/times/chrono-common.js';
import { chronoWindowCandidates } from '../../src/annotate/times/chrono-times.js';
import { seedWindows } from '../../src/annotate/times/chrono-windows.js';
import { scanTimeWords } from '../../src/annotate/times/time-scan.js';
import { articleTexts, SEED_ARTICLES } from '../helpers/sample-texts.js';

const CORPUS = new URL('../../examples/corpus/', import.meta.url);

const GLUES = [' ', ' ', ' ', '\n', '  ', '\n\n'];

/** Pieces of a generated window: the date's parts, and what may stand around it. */
const PIECES = [
  // Months and weekdays, every case and mark.
  'March', 'march', 'MARCH', 'May', 'may', 'September', 'september', 'February', 'April', 'June', 'December', 'Sept.', 'Jan', '(July', 'July,', 'July.', 'August)',
  'Thursday', 'thursday', 'Tuesday,', 'Friday.', '(Monday', 'Sunday',
  // Days and years.
  '1', '5', '9', '12', '23', '28', '29', '30', '31', '32', '0', '05', '1st', '2nd', '3rd', '23rd', '4th', '1th', '23,', '5.', '12)', '2023', '2024', '2024,', '2024.',
  '2024)', '1999', '1899', '2100', '2000', '12345', '999', '2023-', '(2024', '10:30',
  // Connectives and words chrono can or cannot take.
  'on', 'On', 'in', 'In', 'of', 'the', 'at', 'to', 'and', 'from', 'until', 'this', 'last', 'next', 'ago', 'noon', 'night', 'week', 'year', 'end', '-', '–', ',',
  // Capitalised short words (time zones or not) and plain words with marks.
  'EST', 'CET', 'GMT', 'ART', 'Est', 'BC', 'AD', 'He', 'It', 'Kosovo', 'police', 'Minsk,', '(pictured', 'officers.', 'said', 'Belgrade.', '“Serbia”', 'Xyz', 'shows',
  'region', 'Ukrainian', 'released', 'footage', 'checkpoint', 'armoured',
  'by', 'since', 'a', 'A', 'an', 'with', 'for', 'The', 'after', 'before', 'Vučić', 'Muñoz', 'Sеrbiа', 'іn', 'thе', 'Ağrı', 'Ünal', 'São', 'été', 'é', 'ñ',
  'Press-Service', 'Ust-Luga', 'cable-laying', 'co-h', 'pre-s', 'Jean-d', 'anti-week', 'mid-March', 'x-2', 'non-May', 'half-year', 'day-to-day', 'Vu-č', '-Luga', 'Luga-',
  'and,', 'on,', 'of,', 'since,', 'in.', 'by)', 'the,', 'for,', 'after,', 'before.',
  // Relative periods and their words apart, and short capitalised words in other cases.
  'last year', 'this month,', 'next week.', 'Past year', 'LAST YEAR', 'last  year', 'last\nyear', 'this years', 'last years', 'past weeks', 'this day', 'last May',
  'year', 'month.', 'weeks', 'this', 'past', 'through', 'until', 'till', 'earlier', 'later', 'ago', '+', '+3', 'GMT+3', '(UTC)', 'Z', 'T',
  'Serb', 'SERB', 'EU', 'Eu', 'UK,', 'USA', 'CEST', 'PST', 'Pst', 'PsT', 'AM', 'am', 'pm', 'a', 'p',
];
/** Words around a date that the reader reads (most of a generated window). */
const PLAIN = ['in', 'In', 'in', 'last year', 'this month,', 'Next week.', 'Serb', 'EU', 'Press-Service', 'Ust-Luga', 'and,', 'Kosovo', 'police', 'Minsk,', '(pictured', 'officers.', 'said', 'Belgrade.', 'region', 'Ukrainian', 'released', 'footage', 'checkpoint', 'on', 'in', 'the', 'of', 'by', 'since', 'and', 'Vučić'];
const WEEKDAYS = ['', '', 'Thursday ', 'Tuesday, ', 'friday ', 'Monday. ', 'Sunday,'];
const DAYS = ['1', '5', '9', '12', '23', '28', '29', '30', '31', '32', '0', '05', '1st', '2nd', '23rd', '4th', '1th'];
const MONTHS = ['March', 'march', 'May', 'May', 'May', 'may', 'September', 'February', 'April', 'June', 'December', 'SEPT', 'Sept.', 'Jan', 'July', 'Nov.', 'nov.', 'Sept', 'Sep.', 'jan.', 'Dec.', 'mar', 'NOV.', 'Oct.', 'Aug', 'may', 'march'];
const MARKS = ['', '', '', '', '', '', '', '', ',', ',', '.', ')', ':', '-', '(', '”'];
const YEARS = ['', '2023', '2023', '2024', '2024', '2000', '1999', '1899', '2100', '2001', '12345'];

function generated(seed: number, length: number): string {
  let state = seed;
  const next = (size: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return (state >> 8) % size;
  };
  const pick = (list: readonly string[]): string => list[next(list.length)] ?? '';
  const parts: string[] = [];
  for (let index = 0; index < length; index += 1) parts.push(next(6) === 0 ? pick(PIECES) : pick(PLAIN));
  // Note: a date written one of many ways at a random place, so that many windows are ones the reader reads.
  const month = pick(MONTHS) + pick(MARKS);
  const day = pick(DAYS) + pick(MARKS);
  const year = pick(YEARS) + pick(MARKS);
  const second = `and ${pick(DAYS)}${pick(MARKS)}`;
  const forms = [`${day} ${month} ${year}`, `${month} ${day} ${year}`, `${month} ${year}`, month, `${month} ${day}`, `${day} ${month}`, `${month} ${day} ${second}`, `${month} ${pick(DAYS)} ${second} ${year}`];
  parts.splice(next(parts.length + 1), 0, `${pick(WEEKDAYS)}${pick(forms)}`);
  return parts.map((part) => part + (GLUES[next(GLUES.length)] ?? '')).join('');
}

function corpusTexts(): string[] {
  const corpus = readdirSync(CORPUS, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.json'))
    .map((entry) => readFileSync(new URL(entry.name, CORPUS), 'utf8'));
  return [...corpus, ...articleTexts(SEED_ARTICLES)];
}

/** Every window of a text (the windows of all its seeds). */
function windowsOf(text: string): string[] {
  const scan = scanTimeWords(text);
  return seedWindows(text, scan.seeds, scan.seedKinds, () => true).map((window) => text.slice(window.start, window.end));
}

/** Compare the reader with chrono on windows; returns how many it read and how many candidates it gave. */
function compare(windows: readonly string[]): { read: number; found: number } {
  let read = 0;
  let found = 0;
  for (const window of windows) {
    const common = readCommonWindow(window);
    if (common === undefined) continue;
    read += 1;
    found += common.length;
    assert.deepEqual(common, chronoWindowCandidates(window), JSON.stringify(window));
  }
  return { read, found };
}

describe('times: chrono common windows', () => {
  it('reads the windows of the sample corpus as chrono does', () => {
    const windows = corpusTexts().flatMap(windowsOf);
    const { read, found } = compare(windows);
    assert.ok(read >= 5 && found >= 5, `the reader reads many of the corpus windows (${read} of ${windows.length}, ${found} dates)`);
  });

  it('reads generated windows as chrono does', () => {
    const windows: string[] = [];
    for (let seed = 1; seed <= 60000; seed += 1) windows.push(generated(seed, seed % 6));
    const { read, found } = compare(windows);
    assert.ok(read > 2000 && found > 2000, `the reader reads many generated windows (${read} of ${windows.length}, ${found} dates)`);
  });

  it('reads the common forms and leaves the rest to chrono', () => {
    assert.deepEqual(readCommonWindow('on Thursday 28 September 2023 in Minsk'), chronoWindowCandidates('on Thursday 28 September 2023 in Minsk'));
    for (const window of ['officers in May, police', 'in\nMay', 'In May.']) {
      const common = readCommonWindow(window);
      assert.notEqual(common, undefined, JSON.stringify(window));
      assert.deepEqual(common, chronoWindowCandidates(window), JSON.stringify(window));
    }
    assert.equal(readCommonWindow('said May that'), undefined);
    assert.equal(readCommonWindow('on 28 September 2023 at noon'), undefined);
    assert.equal(readCommonWindow('July 2024 EST'), undefined);
    assert.equal(readCommonWindow('April 31, 2023'), undefined);
    assert.equal(readCommonWindow('police checkpoint'), undefined);
    // A relative period beside the date, a second day after it, a capitalised word after it.
    for (const window of ['flared last year. In March, police', 'in March last year, the', 'failed on March 17 and 18.\n\nPolice', 'In March, Serb officers', 'together in March 2024) earlier this month said', 'on March 21, 2024\nLater this year police']) {
      const common = readCommonWindow(window);
      assert.notEqual(common, undefined, JSON.stringify(window));
      assert.deepEqual(common, chronoWindowCandidates(window), JSON.stringify(window));
    }
    // chrono reads an hour in "18 EST", joins "last year through March" into one result, applies a zone in capitals to a date.
    assert.equal(readCommonWindow('on March 17 and 18 EST'), undefined);
    assert.equal(readCommonWindow('last year through March'), undefined);
    assert.equal(readCommonWindow('In March, EST'), undefined);
    assert.equal(readCommonWindow('on March 17 and 18 2024'), undefined);
    // A unit with its number before "earlier" is chrono's ("a year earlier").
    assert.equal(readCommonWindow('a year earlier, in March'), undefined);
  });
});
