import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractTitle, looksLikeHeadline } from '../../src/clean/title-line.js';
import { reasons, runRule } from './clean-helpers.js';

describe('looksLikeHeadline', () => {
  it('accepts short lines without a stop and Title Case lines', () => {
    assert.ok(looksLikeHeadline('Floods cut off mountain villages'));
    assert.ok(looksLikeHeadline('Storm Forces Ferry Operators to Halt Crossings.'));
  });

  it('rejects sentences and single words', () => {
    assert.equal(looksLikeHeadline('The storm forced ferry operators to halt crossings on Monday.'), false);
    assert.equal(looksLikeHeadline('Floods'), false);
  });
});

describe('extractTitle', () => {
  it('takes the first line as the title, and removes its repeat', () => {
    const raw = 'Floods Cut Off Mountain Villages\n\nFloods Cut Off Mountain Villages\n\nRoads were washed away overnight.';
    const doc = runRule(extractTitle, raw);
    assert.equal(doc.meta.title, 'Floods Cut Off Mountain Villages');
    assert.equal(doc.meta.basis.title, 'text');
    assert.deepEqual(reasons(doc), ['title', 'repeated title']);
    assert.ok(doc.text.includes('Roads were washed away overnight.'));
  });

  it('removes a later copy of the standfirst but keeps the standfirst', () => {
    const raw = 'Floods cut off villages\nRescue teams are struggling to reach the valley.\nRoads were washed away.\nRescue teams are struggling to reach the valley.';
    const doc = runRule(extractTitle, raw);
    assert.deepEqual(reasons(doc), ['title', 'repeated standfirst']);
    assert.equal(doc.text, 'Rescue teams are struggling to reach the valley.\nRoads were washed away.');
  });

  it('leaves a first line that is a sentence, and keeps a known title', () => {
    const doc = runRule(extractTitle, 'Roads were washed away overnight in the valley.\nRescue teams arrived later.', { title: 'Valley floods' });
    assert.equal(doc.meta.title, 'Valley floods');
    assert.equal(doc.cleaning.removed.length, 0);
  });

  it('removes a first line repeating a title known from metadata', () => {
    const doc = runRule(extractTitle, 'Valley Floods Worsen Overnight\nRoads were washed away.', { title: 'Valley floods worsen overnight' });
    assert.deepEqual(reasons(doc), ['repeated title']);
  });
});
