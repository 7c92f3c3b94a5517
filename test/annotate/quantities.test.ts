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

function only(text: string) {
  const found = quantitiesOf(text);
  assert.equal(found.length, 1, `expected one quantity in "${text}", got ${JSON.stringify(found.map((q) => q.text))}`);
  const [quantity] = found;
  assert.ok(quantity);
  return quantity;
}

describe('numbers', () => {
  it('reads digits with thousands separators and what they count', () => {
    const quantity = only('The river carried 12,500 tonnes of silt.');
    assert.equal(quantity.value, 12500);
    assert.equal(quantity.what, 'tonnes');
    assert.equal(quantity.approximate, false);
  });
  it('reads scaled decimals', () => {
    assert.equal(only('The fund holds 1.2 million dollars.').value, 1200000);
  });
  it('reads number words', () => {
    assert.equal(only('Seven ferries crossed the lake.').value, 7);
    assert.equal(only('The club has twenty-five members.').value, 25);
    assert.equal(only('They planted three hundred and twenty trees.').value, 320);
    assert.equal(only('She bought a dozen eggs.').value, 12);
  });
  it('reads plural counts as an approximate range', () => {
    const quantity = only('Hundreds of volunteers cleaned the beach.');
    assert.equal(quantity.low, 200);
    assert.equal(quantity.high, 999);
    assert.equal(quantity.approximate, true);
    assert.equal(quantity.what, 'volunteers');
  });
  it('reads ranges with the low end as value', () => {
    const words = only('The trail climbs two to four kilometres.');
    assert.deepEqual([words.value, words.low, words.high, words.what], [2, 2, 4, 'kilometres']);
    const digits = only('The queue was 3-5 km long.');
    assert.deepEqual([digits.low, digits.high], [3, 5]);
    const between = only('Between 10 and 20 boats were moored.');
    assert.deepEqual([between.low, between.high, between.what], [10, 20, 'boats']);
  });
  it('marks approximations with their qualifier', () => {
    for (const [text, qualifier] of [
      ['Up to 40 buses will run.', 'up to'],
      ['As many as 300 runners took part.', 'as many as'],
      ['More than 60 stalls opened.', 'more than'],
      ['The hall seats about 500 guests.', 'about'],
      ['Nearly 90 houses flooded.', 'nearly'],
      ['An estimated 7,000 fans came.', 'an estimated'],
      ['At least 12 windows broke.', 'at least'],
    ] as const) {
      const quantity = only(text);
      assert.equal(quantity.approximate, true, text);
      assert.equal(quantity.qualifier, qualifier, text);
    }
  });
  it('finds the counted noun phrase and stops before the verb', () => {
    assert.equal(only('Crews repaired 45 damaged water pipes yesterday.').what, 'damaged water pipes');
    assert.equal(only('Officials said 30 local shops were closed.').what, 'local shops');
    assert.equal(only('Two more villages joined the scheme.').what, 'villages');
  });
  it('leaves what null when the number counts nothing named', () => {
    assert.equal(only('The score was 42.').what, null);
  });
});

describe('not quantities', () => {
  for (const [label, text] of [
    ['calibres', 'The crew fired a 152-mm gun.'],
    ['model numbers', 'A B-52 and an F-16 flew past, followed by an MH60.'],
    ['years', 'The bridge has stood since 1931 and was painted in 2021.'],
    ['dates, month first', 'The fair opens on March 14.'],
    ['dates, day first', 'The fair opens on 14 March.'],
    ['times of day', 'The train leaves at 10:45 and returns at 6 pm.'],
    ['ordinals in names', 'The 3rd Battalion and the 21st Regiment marched.'],
    ['page and section numbers', 'See page 12 and section 4 of the manual.'],
    ['phone numbers', 'Call 555-123-4567 or +44 20 7946 0958 for tickets.'],
    ['a lone "one"', 'One of the guards opened the gate.'],
  ] as const) {
    it(`skips ${label}`, () => assert.deepEqual(quantitiesOf(text), []));
  }
});

describe('claimants', () => {
  it('gives a number inside a direct quote to its speaker', () => {
    const quantity = only('“We counted 140 nests this spring,” ranger Ida Lund said.');
    assert.equal(quantity.claimantText, 'ranger Ida Lund');
  });
  it('gives a number in reported speech to its speaker', () => {
    const quantity = only('The fire service claimed that 19 homes burned.');
    assert.equal(quantity.claimantText, 'The fire service');
  });
  it('gives a number before "according to" to that source', () => {
    const quantity = only('Some 80 flights were cancelled, according to the airport authority.');
    assert.equal(quantity.claimantText, 'the airport authority');
  });
  it('follows "he added" to the person named before', () => {
    const quantities = quantitiesOf('“The pumps are working,” engineer Lars Moe said.\n“We moved 900 sandbags overnight,” he added.');
    assert.equal(quantities[0]?.claimantText, 'engineer Lars Moe');
  });
  it('leaves a number in the outlet’s own words without claimant', () => {
    assert.equal(only('Rain flooded 11 villages in a row.').claimantText, null);
  });
});
