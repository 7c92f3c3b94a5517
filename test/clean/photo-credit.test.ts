import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPhotoCredit, removePhotoCredits } from '../../src/clean/photo-credit.js';
import { reasons, runRule } from './clean-helpers.js';

describe('isPhotoCredit', () => {
  it('knows the usual credit forms', () => {
    assert.ok(isPhotoCredit('JANE MARLOWE/Getty Images'));
    assert.ok(isPhotoCredit('PETER OAKS/SOMEAGENCY/AFP via Getty Images'));
    assert.ok(isPhotoCredit('Photo: City council'));
    assert.ok(isPhotoCredit('Image: AP.'));
    assert.ok(isPhotoCredit('(Reuters)'));
    assert.ok(isPhotoCredit('Photo by Sam Reed via Getty Images'));
    assert.ok(isPhotoCredit('© 2023 Harbour Press'));
  });

  it('does not take body lines with slashes, agencies or colons for credits', () => {
    assert.equal(isPhotoCredit('The Reuters correspondent said the road was closed.'), false);
    assert.equal(isPhotoCredit('Kyiv (Reuters) - Shelling hit the port city overnight, officials said.'), false);
    assert.equal(isPhotoCredit('The ratio rose to 3/4 of all cases in the region last year'), false);
    assert.equal(isPhotoCredit('Photography was banned inside the court, the judge ruled.'), false);
    assert.equal(isPhotoCredit('Protesters carried signs that read Peace/Now through the square'), false);
  });
});

describe('removePhotoCredits', () => {
  it('removes a credit and the caption line just above it', () => {
    const raw = 'Storm Hits the Coast\n\nThe storm reached land at dawn.\n\nFishermen haul their boats ashore\nJANE MARLOWE/Getty Images\n\nThe harbour closed at noon.';
    const doc = runRule(removePhotoCredits, raw);
    assert.equal(doc.text, 'Storm Hits the Coast\n\nThe storm reached land at dawn.\n\n\nThe harbour closed at noon.');
    assert.deepEqual(reasons(doc), ['image caption', 'photo credit']);
    assert.equal(doc.cleaning.removed[0]?.text, 'Fishermen haul their boats ashore');
  });

  it('keeps a body sentence above a credit, and a line separated from it by a blank line', () => {
    const raw = 'Intro line here.\n\nThe boats were hauled ashore.\nJANE MARLOWE/Getty Images\n\nWaves along the sea wall\n\nPhoto: Harbour office';
    const doc = runRule(removePhotoCredits, raw);
    assert.deepEqual(reasons(doc), ['photo credit', 'photo credit']);
    assert.ok(doc.text.includes('The boats were hauled ashore.'));
    assert.ok(doc.text.includes('Waves along the sea wall'));
  });

  it('leaves a first line above a credit to the title rule when no title is known', () => {
    const doc = runRule(removePhotoCredits, 'Storm hits the coast\nJANE MARLOWE/Getty Images\n\nThe harbour closed at noon.');
    assert.deepEqual(reasons(doc), ['photo credit']);
    assert.ok(doc.text.startsWith('Storm hits the coast'));
  });
});
