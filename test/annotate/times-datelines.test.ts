/**
 * Times read from a removed dateline, the publication date a dateline gives, the reference date
 * taken from a source name, clock times on a weekday, months of a relative year and quarter
 * comparisons. Sentences written for these tests; every time test has a fixed reference date.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractTimes } from '../../src/annotate/times/extract-times.js';
import type { TimeReading } from '../../src/annotate/times/time-candidate.js';
import type { TimeReference } from '../../src/annotate/times/time-reference.js';
import { sourceDateOf } from '../../src/annotate/times/time-stage.js';
import { createDoc, type NewsDoc } from '../../src/model/news-doc.js';
import { createContext, createPipeline } from '../../src/pipeline/pipeline.js';

/** Saturday 2024-08-24. */
const REFERENCE: TimeReference = { year: 2024, month: 8, day: 24 };

function find(text: string, phrase: string, published: TimeReference | null = REFERENCE): TimeReading {
  const reading = extractTimes(text, { published }).readings.find((candidate) => candidate.text.includes(phrase));
  assert.ok(reading, `no time found for "${phrase}" in: ${text}`);
  return reading;
}

const DATED_ARTICLE = [
  'Floodwaters recede from river towns as clean-up begins',
  '',
  'Wednesday 14 May 2025',
  '',
  'Residents returned to their homes on Monday after the river fell below its banks, the mayor said.',
  '',
  'The water rose last week after three days of heavy rain, and the dam was closed on January 1, 2026 for repairs.',
].join('\n');

function run(raw: string, path = 'flood.txt', published?: string): NewsDoc {
  const hints = published === undefined ? { outlet: 'River Post' } : { outlet: 'River Post', published };
  const doc = createDoc({ source: { path, url: null, format: 'text' }, raw, hints, hintBasis: 'test' });
  return createPipeline().run(doc, createContext());
}

describe('times: a removed dateline', () => {
  it('dates an undated article (basis text) and anchors its relative times to that day', () => {
    const doc = run(DATED_ARTICLE);
    assert.ok(doc.cleaning.removed.some((removal) => removal.rule === 'clean/dateline'), 'the dateline is removed');
    assert.deepEqual([doc.meta.published.value, doc.meta.published.basis], ['2025-05-14', 'text']);
    const monday = doc.layers.times.find((time) => time.text === 'Monday');
    assert.equal(monday?.value, '2025-05-12');
    const lastWeek = doc.layers.times.find((time) => time.text === 'last week');
    assert.equal(lastWeek?.value, '2025-W19');
  });

  it('reads the dateline as a zero-width time traceable to its raw words', () => {
    const doc = run(DATED_ARTICLE);
    const time = doc.layers.times.find((candidate) => candidate.removed !== undefined);
    assert.ok(time, 'a time from the dateline');
    assert.equal(time.value, '2025-05-14');
    assert.equal(time.start, time.end);
    assert.equal(doc.raw.slice(time.removed?.rawStart, time.removed?.rawEnd), 'Wednesday 14 May 2025');
    assert.match(time.provenance.rule, /^datelines\//u);
  });

  it('keeps a metadata date over the dateline, and reads no place from a dateline', () => {
    const doc = run(DATED_ARTICLE, 'flood.txt', '2025-05-15T08:00:00Z');
    assert.equal(doc.meta.published.basis, 'metadata');
    assert.ok(doc.layers.places.every((place) => place.removed === undefined));
  });

  it('without a dateline, an undated article only gets a lower bound', () => {
    const doc = run(DATED_ARTICLE.replace('Wednesday 14 May 2025\n', ''));
    assert.notEqual(doc.meta.published.basis, 'text');
    assert.ok(doc.layers.times.every((time) => time.removed === undefined));
  });
});

describe('times: a date in the source name', () => {
  it('reads a date from a file name or a URL path', () => {
    const byName = createDoc({ source: { path: 'archive/2023-10-25-troops-leave.txt', url: null, format: 'text' }, raw: 'x', hints: {}, hintBasis: 'test' });
    assert.deepEqual(sourceDateOf(byName), { year: 2023, month: 10, day: 25 });
    const byUrl = createDoc({ source: { path: null, url: 'https://news.example/world/2021/03/09/story', format: 'html' }, raw: 'x', hints: {}, hintBasis: 'test' });
    assert.deepEqual(sourceDateOf(byUrl), { year: 2021, month: 3, day: 9 });
  });

  it('reads no date from ids, impossible months or folder names', () => {
    for (const path of ['story-20231025.txt', 'item-2023-13-02.txt', '2023-10-25/story.txt', 'notes-1234-56.txt']) {
      const doc = createDoc({ source: { path, url: null, format: 'text' }, raw: 'x', hints: {}, hintBasis: 'test' });
      assert.equal(sourceDateOf(doc), null, path);
    }
  });

  it('anchors an article with no date anywhere else', () => {
    const doc = run('Troops left the valley on Monday, and the bridge that was shelled on September 24 reopened.', 'desk/2023-10-25-valley.txt');
    assert.equal(doc.meta.published.value, null);
    assert.equal(doc.layers.times.find((time) => time.text === 'Monday')?.value, '2023-10-23');
    assert.equal(doc.layers.times.find((time) => time.text.includes('September 24'))?.value, '2023-09-24');
  });
});

describe('times: weekdays, relative years and quarters', () => {
  it('puts a clock time on its weekday', () => {
    const clock = find('The cable went silent at about 10 a.m. on Thursday, its operator said.', '10 a.m.');
    assert.deepEqual([clock.value, clock.granularity], ['2024-08-22T10:00', 'time']);
  });

  it('keeps a clock time without a weekday on the reference day', () => {
    assert.equal(find('The cable went silent at 10 a.m., its operator said.', '10 a.m').value, '2024-08-24T10:00');
  });

  it('keeps "Thursday night" as one span with the day as its value', () => {
    const night = find('Shelling resumed on Thursday night near the port.', 'Thursday');
    assert.deepEqual([night.text, night.value], ['Thursday night', '2024-08-22']);
  });

  it('reads "the weekend" as the weekend before a weekday reference, or the coming one in a future clause', () => {
    const tuesday: TimeReference = { year: 2024, month: 8, day: 20 };
    const past = find('Protesters gathered over the weekend outside the court.', 'weekend', tuesday);
    assert.deepEqual([past.value, past.timexValue], ['2024-W33', '2024-W33-WE']);
    const coming = find('More rallies will be held at the weekend, organisers said.', 'weekend', tuesday);
    assert.equal(coming.timexValue, '2024-W34-WE');
    assert.equal(find('Shops were shut last weekend.', 'weekend').timexValue, '2024-W33-WE');
  });

  it('does not read "weekend" without a determiner as a time', () => {
    const readings = extractTimes('Weekend traffic was light and weekend shifts were cut.', { published: REFERENCE }).readings;
    assert.ok(readings.every((reading) => !reading.text.toLowerCase().includes('weekend')));
  });

  it('reads "October last year" and "March of next year"', () => {
    const last = find('In October last year a pipeline was torn open on the seabed.', 'October');
    assert.deepEqual([last.text, last.value], ['October last year', '2023-10']);
    assert.equal(find('The new line opens in March of next year, the operator said.', 'March').value, '2025-03');
  });

  it('does not join a month to a later "last year" that is not its year', () => {
    const month = find('Prices rose in June, more than last year.', 'June');
    assert.equal(month.text, 'June');
    assert.equal(month.value, '2024-06');
  });

  it('gives "a year ago" the quarter of a quarterly comparison', () => {
    const text = 'The bank reported results for the second quarter. Net income rose to $4 million in the quarter from $3 million a year ago.';
    const ago = find(text, 'a year ago');
    assert.deepEqual([ago.value, ago.timexValue], ['2023', '2023-Q2']);
  });

  it('reads "the quarter" and "the year-earlier period" as the quarter last named', () => {
    const text = 'The airline lost money in the third quarter. Revenue in the quarter fell, and costs were higher than in the year-earlier period.';
    assert.equal(find(text, 'the quarter').timexValue, '2024-Q3');
    assert.equal(find(text, 'year-earlier period').timexValue, '2023-Q3');
  });

  it('reads "the same period" as no quarter in a text that never speaks of quarters', () => {
    const readings = extractTimes('Rainfall was lower than in the same period, farmers said.', { published: REFERENCE }).readings;
    assert.ok(readings.every((reading) => !reading.text.includes('period')));
  });

  it('keeps "a year ago" a year outside a quarterly report', () => {
    const ago = find('The bank opened its first branch in the town a year ago.', 'a year ago');
    assert.deepEqual([ago.value, ago.timexValue], ['2023', '2023']);
  });
});
