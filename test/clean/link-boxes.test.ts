import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isBoxLabel, removeLinkBoxes } from '../../src/clean/link-boxes.js';
import { reasons, runClean, runRule } from './clean-helpers.js';

describe('isBoxLabel', () => {
  it('takes short verbless lines with no stop for box labels', () => {
    assert.equal(isBoxLabel('Trending Now'), true);
    assert.equal(isBoxLabel("Editor's picks"), true);
    assert.equal(isBoxLabel('Popular this week'), true);
  });

  it('keeps names, credits, places, prose and long lines', () => {
    assert.equal(isBoxLabel('Anna Lind'), false, 'a first name opens a sign-off');
    assert.equal(isBoxLabel('Harbour Press'), false, 'an outlet credit');
    assert.equal(isBoxLabel('New York'), false, 'a place');
    assert.equal(isBoxLabel('Troops were seen'), false, 'a finite verb');
    assert.equal(isBoxLabel('The ferry was late.'), false, 'a sentence');
    assert.equal(isBoxLabel('Top 10 stories'), false, 'a digit');
    assert.equal(isBoxLabel('Ferry service resumes after the storm'), false, 'too long for a label');
    assert.equal(isBoxLabel('Timeline:'), false, 'a colon introduces what follows');
  });
});

describe('removeLinkBoxes', () => {
  it('removes a label left alone at the foot of the page', () => {
    const doc = runRule(removeLinkBoxes, 'The troops left on Monday.\n\nTrending Now');
    assert.equal(doc.text.trim(), 'The troops left on Monday.');
    assert.deepEqual(reasons(doc), ['promo']);
    assert.equal(doc.cleaning.removed[0]?.text, 'Trending Now');
  });

  it('removes a foot label with the headline lines under it', () => {
    const doc = runRule(removeLinkBoxes, 'The troops left on Monday.\n\nTrending Now\nFerry service resumes after storm\nCouncil approves new bridge');
    assert.equal(doc.text.trim(), 'The troops left on Monday.');
    assert.deepEqual(reasons(doc), ['promo', 'related list', 'related list']);
  });

  it('removes a label heading a numbered list of headlines anywhere in the page', () => {
    const doc = runRule(removeLinkBoxes, 'Bridge reopens\n\nTop Picks\n1. Ten gadgets that sold out\n2. Why everyone moves away\n\nThe bridge reopened on Monday.');
    assert.equal(doc.text.replace(/\n+/gu, ' '), 'Bridge reopens The bridge reopened on Monday.');
    assert.deepEqual(reasons(doc), ['promo', 'related list', 'related list']);
  });

  it('keeps sign-offs, credits and places at the foot of the page', () => {
    for (const last of ['Anna Lind', 'Harbour Press', 'New York']) {
      const doc = runRule(removeLinkBoxes, `The troops left on Monday.\n\n${last}`);
      assert.equal(doc.cleaning.removed.length, 0, last);
    }
  });

  it('keeps a short last line when the page does not end with prose before it', () => {
    const doc = runRule(removeLinkBoxes, 'The troops left on Monday\n\nTrending Now');
    assert.equal(doc.cleaning.removed.length, 0);
  });

  it('keeps a numbered list that is not headed by a label, or counts from elsewhere', () => {
    const unheaded = runRule(removeLinkBoxes, 'The plan has steps.\n1. Close the road\n2. Open the shelter\n\nOfficials agreed.');
    assert.equal(unheaded.cleaning.removed.length, 0);
    const notFromOne = runRule(removeLinkBoxes, 'Top Picks\n3. Ten gadgets that sold out\n4. Why everyone moves away\n\nThe bridge reopened.');
    assert.equal(notFromOne.cleaning.removed.length, 0);
    const sentences = runRule(removeLinkBoxes, 'Key points\n1. The road was closed.\n2. The shelter opened.\n\nOfficials agreed.');
    assert.equal(sentences.cleaning.removed.length, 0, 'list items that are sentences are content');
  });

  it('runs in the clean stage with the rule name recorded', () => {
    const doc = runClean('Bridge reopens after repairs\n\nThe bridge reopened on Monday after a month of repairs.\n\nMost Shared Today');
    assert.ok(doc.cleaning.removed.some((removal) => removal.rule === 'clean/link-boxes' && removal.text === 'Most Shared Today'));
    assert.ok(!doc.text.includes('Most Shared Today'));
  });
});
