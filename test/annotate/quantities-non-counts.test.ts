import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDocumentQuantities } from '../../src/annotate/quantities/quantities-stage.js';
import { findQuotes } from '../../src/annotate/quotes/quotes-stage.js';
import { sampleDoc } from './attribution-helpers.js';

function quantitiesOf(text: string) {
  const doc = sampleDoc(text);
  doc.layers.quotes = findQuotes(doc);
  return findDocumentQuantities(doc);
}

describe('durations are not quantities', () => {
  it('skips spans of time in words and digits', () => {
    for (const text of [
      'The repairs took six months.',
      'The ferry was idle for two weeks.',
      'Talks lasted 36 hours without a break.',
      'The dispute has run for three more years.',
      'Hundreds of years of records were lost.',
      'The strike ended after 10 days.',
      'The bridge was built over two decades.',
    ]) assert.deepEqual(quantitiesOf(text).map((quantity) => quantity.text), [], text);
  });
  it('keeps counts beside a duration', () => {
    const found = quantitiesOf('Over two weeks, 300 volunteers planted 4,000 trees.');
    assert.deepEqual(found.map((quantity) => quantity.value), [300, 4000]);
  });
  it('keeps counts of things that are not units of time', () => {
    assert.deepEqual(quantitiesOf('Six monthly reports and 12 daily bulletins were filed.').map((quantity) => quantity.value), [6, 12]);
    assert.deepEqual(quantitiesOf('Two yearlings were sold.').map((quantity) => quantity.value), [2]);
  });
});

describe('claimants inside reported speech', () => {
  it('gives a number before "X said on Friday, -ing ..." to X', () => {
    const [quantity] = quantitiesOf('The port handled 40 ships last month, the harbour authority said on Friday, rejecting claims of delays.');
    assert.equal(quantity?.value, 40);
    assert.equal(quantity?.claimantText, 'the harbour authority');
  });
  it('gives a number after the cue of a continued report to its speaker', () => {
    const found = quantitiesOf('The port handled 40 ships last month, the harbour authority said on Friday, compared with 55 a year earlier.');
    assert.deepEqual(found.map((quantity) => [quantity.value, quantity.claimantText]), [[40, 'the harbour authority'], [55, 'the harbour authority']]);
  });
  it('gives a number to a named speaker in apposition', () => {
    const [quantity] = quantitiesOf('The deputy mayor, Olga Stenn, said 12 buses had been added to the night routes.');
    assert.equal(quantity?.claimantText, 'Olga Stenn');
  });
  it('leaves a number outside any report to the outlet', () => {
    const [quantity] = quantitiesOf('The port handled 40 ships last month. The harbour authority said little.');
    assert.equal(quantity?.claimantText, null);
  });
});
