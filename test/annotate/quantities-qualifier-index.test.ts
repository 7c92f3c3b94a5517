import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findQuantities } from '../../src/annotate/quantities/find-quantities.js';
import { tokenize } from '../../src/annotate/tokens/tokenize.js';

function qualifierOf(text: string): string | undefined {
  const drafts = findQuantities(text, tokenize(text));
  assert.equal(drafts.length, 1, text);
  return drafts[0]?.qualifier;
}

describe('qualifiers looked up by the word before the number', () => {
  it('prefers the longest qualifier that ends in the same word', () => {
    assert.equal(qualifierOf('The ferry carried well over 300 cars.'), 'well over');
    assert.equal(qualifierOf('The ferry carried just over 300 cars.'), 'just over');
    assert.equal(qualifierOf('The ferry carried over 300 cars.'), 'over');
    assert.equal(qualifierOf('Officials counted no fewer than 40 barges.'), 'no fewer than');
  });

  it('finds none when the qualifier words do not stand right before the number', () => {
    assert.equal(qualifierOf('Over the weekend 300 cars crossed.'), undefined);
    assert.equal(qualifierOf('The well stayed dry for 300 cars.'), undefined);
    assert.equal(qualifierOf('300 cars crossed.'), undefined);
  });
});
