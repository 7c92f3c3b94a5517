import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseQuotes } from '../../src/clean/normalise-quotes.js';
import { runRule } from './clean-helpers.js';

describe('normaliseQuotes', () => {
  it('turns straight double quotes into curly pairs, one character for one', () => {
    const raw = 'He said "we will stay" and ("later") left.';
    const doc = runRule(normaliseQuotes, raw);
    assert.equal(doc.text, 'He said “we will stay” and (“later”) left.');
    assert.equal(doc.text.length, raw.length);
    assert.equal(doc.offsets.toRaw(doc.text.indexOf('left')), raw.indexOf('left'));
  });

  it('maps guillemets, low quotes and TeX pairs to the canonical marks', () => {
    assert.equal(runRule(normaliseQuotes, '«Non» dit-il').text, '“Non” dit-il');
    assert.equal(runRule(normaliseQuotes, 'Er sagte „Nein“ dazu').text, 'Er sagte “Nein” dazu');
    assert.equal(runRule(normaliseQuotes, "``Yes,'' she said").text, '“Yes,” she said');
  });

  it('keeps apostrophes and canonical marks as they are', () => {
    const raw = "It's the crew's ‘last’ run, “they” said";
    const doc = runRule(normaliseQuotes, raw);
    assert.equal(doc.text, raw);
    assert.equal(doc.offsets.passes.length, 0);
  });
});
