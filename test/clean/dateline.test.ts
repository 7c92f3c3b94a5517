import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isTimestampLine, removeDatelines } from '../../src/clean/dateline.js';
import { reasons, runRule } from './clean-helpers.js';

describe('isTimestampLine', () => {
  it('knows page time stamps', () => {
    assert.ok(isTimestampLine('Updated 4:05 pm GMT, Thursday, March 7, 2024'));
    assert.ok(isTimestampLine('PUBLISHED: 09:12, Fri, Mar 8, 2024'));
    assert.ok(isTimestampLine('| Last updated 8 March 2024'));
  });

  it('leaves body lines that start with the same words', () => {
    assert.equal(isTimestampLine('Updated figures from 2023 show three more deaths.'), false);
    assert.equal(isTimestampLine('Published reports say the dam held'), false);
    assert.equal(isTimestampLine('Posted guards stood at the gate all night'), false);
  });
});

describe('removeDatelines', () => {
  it('removes the time stamp under the rule the published-date stage reads', () => {
    const doc = runRule(removeDatelines, 'Updated 4:05 pm GMT, Thursday, March 7, 2024\nThe dam held.');
    assert.equal(doc.text, 'The dam held.');
    assert.deepEqual(reasons(doc), ['timestamp']);
    assert.equal(doc.cleaning.removed[0]?.rule, 'clean/dateline');
  });
});

describe('isTimestampLine with a leading date', () => {
  it('takes a short line opening with a full date', () => {
    assert.ok(isTimestampLine('March 7, 2024 / 4:05 PM / Harbour News'));
    assert.ok(isTimestampLine('Thursday, 7 March 2024'));
  });

  it('leaves a sentence opening with a date', () => {
    assert.equal(isTimestampLine('March 7, 2024 was the wettest day on record.'), false);
  });
});

describe('isTimestampLine: ages and a closing p.m.', () => {
  it('takes "Published 2 hours ago" and "Updated at 4:10 p.m."', () => {
    assert.ok(isTimestampLine('Published 2 hours ago'));
    assert.ok(isTimestampLine('Updated at 4:10 p.m.'));
  });

  it('negative: sentences with the same words', () => {
    assert.equal(isTimestampLine('The report was published two years ago.'), false);
    assert.equal(isTimestampLine('Updated figures are due at 4:10 p.m. on Friday, the agency said.'), false);
  });
});
