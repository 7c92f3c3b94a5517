/**
 * Time expressions: positive and negative cases on sentences written for these tests, every one
 * anchored to a fixed reference date (Saturday 2024-08-24).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractTimes } from '../../src/annotate/times/extract-times.js';
import type { TimeReading } from '../../src/annotate/times/time-candidate.js';
import type { TimeReference } from '../../src/annotate/times/time-reference.js';

const REFERENCE: TimeReference = { year: 2024, month: 8, day: 24 };

function times(text: string, published: TimeReference | null = REFERENCE): TimeReading[] {
  return extractTimes(text, { published }).readings;
}

function find(text: string, phrase: string, published: TimeReference | null = REFERENCE): TimeReading {
  const reading = times(text, published).find((candidate) => candidate.text.includes(phrase));
  assert.ok(reading, `no time found for "${phrase}" in: ${text}`);
  return reading;
}

describe('times: explicit dates keep their precision', () => {
  it('reads a year, a month and a day', () => {
    assert.equal(find('The pact was signed in 2019 by both sides.', '2019').value, '2019');
    assert.equal(find('The pact was signed in 2019 by both sides.', '2019').granularity, 'year');
    const month = find('Talks stalled in March 2021 after a quarrel.', 'March 2021');
    assert.deepEqual([month.value, month.granularity], ['2021-03', 'month']);
    const day = find('The ferry sank on October 3, 2022 off the coast.', 'October 3, 2022');
    assert.deepEqual([day.value, day.granularity], ['2022-10-03', 'day']);
  });

  it('reads a clock time on the reference day', () => {
    const clock = find('The sirens sounded at 7:45 p.m. across the town.', '7:45');
    assert.deepEqual([clock.value, clock.granularity], ['2024-08-24T19:45', 'time']);
  });

  it('reads "since 1994" as a year', () => {
    assert.equal(find('The border has been quiet since 1994, officials say.', '1994').value, '1994');
  });
});

describe('times: relative expressions keep their unit', () => {
  it('reads "last year" as the year before', () => {
    const reading = find('Last year the harvest failed.', 'Last year');
    assert.deepEqual([reading.value, reading.granularity], ['2023', 'year']);
  });

  it('reads "this month" and "earlier this month" as the month', () => {
    assert.equal(find('Prices rose this month.', 'this month').value, '2024-08');
    const earlier = find('The envoy visited earlier this month.', 'earlier this month');
    assert.deepEqual([earlier.value, earlier.granularity], ['2024-08', 'month']);
  });

  it('reads "last week" as an ISO week and "today" as the reference day', () => {
    const week = find('The drills began last week near the river.', 'last week');
    assert.deepEqual([week.value, week.granularity], ['2024-W33', 'week']);
    assert.equal(find('The minister spoke today in the capital.', 'today').value, '2024-08-24');
  });

  it('reads "three years ago" at year precision', () => {
    assert.equal(find('The bridge was built three years ago.', 'three years ago').value, '2021');
  });
});

describe('times: weekdays follow the tense', () => {
  it('reads "on Sunday" as the last Sunday before the reference', () => {
    assert.equal(find('Troops crossed the line on Sunday, a spokesman said.', 'Sunday').value, '2024-08-18');
  });

  it('reads a weekday that is the reference day as that day', () => {
    assert.equal(find('Crowds gathered on Saturday outside the hall.', 'Saturday').value, '2024-08-24');
  });

  it('reads "will ... on Sunday" and "next Sunday" as the coming Sunday', () => {
    assert.equal(find('The leaders will meet on Sunday in the port city.', 'Sunday').value, '2024-08-25');
    assert.equal(find('A vote is planned for next Sunday.', 'next Sunday').value, '2024-08-25');
  });

  it('reads "last Monday" as strictly before the reference', () => {
    assert.equal(find('The convoy left last Monday.', 'last Monday').value, '2024-08-19');
  });
});

describe('times: the passage decides the year of a bare month', () => {
  it('takes the year stated in the same sentence', () => {
    const reading = find('The war of 2022 began in February with an air raid.', 'February');
    assert.deepEqual([reading.value, reading.granularity], ['2022-02', 'month']);
  });

  it('takes the reference year when that is not after the reference', () => {
    assert.equal(find('Rebels took the village in June.', 'June').value, '2024-06');
  });

  it('moves a bare date well after the reference to the year before', () => {
    assert.equal(find('The plant was shut on December 2 after a fire.', 'December 2').value, '2023-12-02');
  });

  it('keeps a date a few days ahead in the reference year (a scheduled event)', () => {
    assert.equal(find('The summit opens on September 3 in the capital.', 'September 3').value, '2024-09-03');
  });

  it('uses the latest explicit day of an undated text as reference', () => {
    const text = 'On July 30, 2021 the dam burst. Yesterday rescuers found more survivors.';
    assert.equal(find(text, 'Yesterday', null).value, '2021-07-29');
  });

  it('gives a relative expression no value when nothing dates the text', () => {
    const reading = find('The talks collapsed last week.', 'last week', null);
    assert.deepEqual([reading.value, reading.granularity], [null, 'week']);
  });
});

describe('times: durations are not dates', () => {
  it('reads "six months" and "two weeks" as ISO durations', () => {
    const months = find('The siege lasted six months.', 'six months');
    assert.deepEqual([months.value, months.granularity], ['P6M', 'duration']);
    assert.equal(find('Fighting went on for two weeks.', 'two weeks').value, 'P2W');
  });

  it('reads "for decades" as a duration without a value', () => {
    const reading = find('The two clans have feuded for decades.', 'decades');
    assert.deepEqual([reading.value, reading.granularity], [null, 'duration']);
  });

  it('never gives a duration a calendar value', () => {
    for (const reading of times('It took nine days, then three hours more, over the past two years.')) {
      assert.equal(reading.granularity, 'duration', reading.text);
      assert.ok(reading.value === null || reading.value.startsWith('P'), reading.text);
    }
  });
});

describe('times: negative cases', () => {
  const negatives = [
    'The clinic is open 24/7 for the wounded.',
    'A 45-year-old man was detained.',
    'The farmer, 62 years old, refused to leave.',
    'The home side won 3-2 after extra time.',
    'About 2000 troops and 1500 civilians were moved.',
    'Officials may decide later whether to march.',
    'He paid $2024 for the permit.',
  ];
  for (const text of negatives) {
    it(`finds no time in: ${text}`, () => {
      assert.deepEqual(times(text).filter((reading) => !reading.vague).map((reading) => reading.text), []);
    });
  }
});
