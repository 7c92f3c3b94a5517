import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { explicitDates, latestExplicitDate, PUBLISHED_FROM_TEXT, publishedFromText } from '../../src/ingest/metadata/published-from-text.js';
import { POST_CLEAN_STAGES } from '../../src/ingest/metadata/index.js';
import { createDoc } from '../../src/model/news-doc.js';
import { createContext, createPipeline } from '../../src/pipeline/pipeline.js';

/** A fixed "now" for every test: dates after it are in the future of the run. */
const NOW = new Date(Date.UTC(2031, 0, 1));

function docOf(text: string, published?: string) {
  return createDoc({ source: { path: 'n.txt', url: null, format: 'text' }, raw: text, hints: published === undefined ? {} : { published }, hintBasis: 'test' });
}

test('day month year, month day year and month year are explicit dates', () => {
  const text = 'The pier closed on 3 April 2029. Work began in June 2029 and ended on August 14, 2029.';
  assert.deepEqual(explicitDates(text).map((date) => date.value), ['2029-04-03', '2029-06', '2029-08-14']);
});

test('the latest explicit date wins, not the last written', () => {
  const text = 'The inquiry reported on 9 May 2030. The fire itself was in January 2028.';
  assert.equal(latestExplicitDate(text, NOW)?.value, '2030-05-09');
});

test('a range contributes its end date; a day beats its own month', () => {
  assert.equal(latestExplicitDate('Talks ran from 3 to 6 March 2030.', NOW)?.value, '2030-03-06');
  assert.equal(latestExplicitDate('In March 2030 the mayor spoke; on 1 March 2030 she resigned.', NOW)?.value, '2030-03-01');
});

test('negative: dates without a year, weekdays, relative dates, bare years, numeric dates are not explicit full dates', () => {
  const text = 'On Tuesday the minister said that on 4 June talks would resume. Three days ago, in 2029, the figure was 12/05/2029. Prices rose by 2030 units. Yesterday was calm. A week earlier it rained. They may 2030 be late.';
  const values = explicitDates(text).map((date) => date.value);
  assert.ok(!values.some((value) => value.length === 4), 'no year-only dates');
  assert.ok(!values.includes('2029-12-05') && !values.includes('2029-05-12'), 'no numeric dates');
  assert.ok(!values.some((value) => value.endsWith('-06-04')), 'no day-month without a year');
  assert.deepEqual(values, []);
});

test('negative: a date after the run cannot bound the publication date', () => {
  assert.equal(latestExplicitDate('The new bridge is due to open in May 2040.', NOW), null);
  assert.equal(latestExplicitDate('Work starts on 2 May 2030; it ends in May 2040.', NOW)?.value, '2030-05-02');
});

test('the stage sets an inferred lower bound when there is no metadata date (dates before the run)', () => {
  const doc = docOf('The ferry sailed on 12 October 2023 after the storm.');
  publishedFromText.run(doc, createContext());
  assert.deepEqual(doc.meta.published, { value: '2023-10-12', basis: 'inferred', lowerBound: true });
  assert.equal(doc.meta.basis['published'], PUBLISHED_FROM_TEXT);
});

test('a caption cleaning removed still dates the article; removed boilerplate does not', () => {
  const doc = docOf('The council met in March 2023 to vote on the plan.');
  const removal = (rule: string, text: string) => ({ text, reason: 'test', rule, rawStart: 0, rawEnd: 0 });
  doc.cleaning.removed.push(removal('clean/image-caption', 'The mayor (pictured on 4 May 2023) at the vote.'));
  doc.cleaning.removed.push(removal('clean/boilerplate', 'Reader comment posted on 9 July 2024.'));
  publishedFromText.run(doc, createContext());
  assert.equal(doc.meta.published.value, '2023-05-04');
});

test('negative: metadata dates win; a text without dates leaves published unknown', () => {
  const pipeline = createPipeline({ only: ['meta/published', PUBLISHED_FROM_TEXT] });
  const dated = pipeline.run(docOf('The ferry sailed on 12 October 2023 after the storm.', '2023-10-14'), createContext());
  assert.deepEqual(dated.meta.published, { value: '2023-10-14', basis: 'metadata' });
  const undated = pipeline.run(docOf('The ferry sailed after the storm.'), createContext());
  assert.deepEqual(undated.meta.published, { value: null, basis: 'unknown' });
});

test('the stage runs after cleaning and before the id', () => {
  const names = POST_CLEAN_STAGES.map((stage) => stage.name);
  assert.ok(names.includes(PUBLISHED_FROM_TEXT));
  assert.ok(names.indexOf(PUBLISHED_FROM_TEXT) < names.indexOf('meta/id'));
});

test('seed articles, when present: every inferred date is a real date in the text', async (context) => {
  const folder = new URL('../../../shared/seeds/', import.meta.url);
  let names: string[];
  try {
    names = (await readdir(folder)).filter((name) => name.endsWith('.txt'));
  } catch {
    context.skip('../shared/seeds is not available');
    return;
  }
  for (const name of names) {
    const text = await readFile(new URL(name, folder), 'utf8');
    const latest = latestExplicitDate(text, NOW);
    if (latest === null) continue;
    assert.equal(text.slice(latest.index, latest.index + latest.text.length), latest.text, name);
    assert.match(latest.value, /^\d{4}-\d{2}(?:-\d{2})?$/u);
  }
});

test('a date line cleaning removed states the published day, before a later date in the body', () => {
  const doc = docOf('The agency will close on January 1, 2030, officials said on Thursday.');
  doc.cleaning.removed.push({ text: 'Thursday 14 March 2029', reason: 'timestamp', rule: 'clean/dateline', rawStart: 0, rawEnd: 0 });
  publishedFromText.run(doc, createContext());
  assert.deepEqual(doc.meta.published, { value: '2029-03-14', basis: 'text' });
  assert.equal(doc.meta.basis['published'], PUBLISHED_FROM_TEXT);
});

test('negative: an update stamp does not give the day when a publication stamp does', () => {
  const doc = docOf('The ferry sailed on 12 October 2023 after the storm.');
  const stamp = (text: string, rawStart: number) => ({ text, reason: 'timestamp', rule: 'clean/dateline', rawStart, rawEnd: rawStart + text.length });
  doc.cleaning.removed.push(stamp('Updated 3 December 2023, 10:05', 0), stamp('Published 14 October 2023', 40));
  publishedFromText.run(doc, createContext());
  assert.deepEqual(doc.meta.published, { value: '2023-10-14', basis: 'text' });
});
