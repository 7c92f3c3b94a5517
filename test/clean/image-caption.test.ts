import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CAPTION_THRESHOLD, isVerbless, removeImageCaptions, scoreCaption } from '../../src/clean/image-caption.js';
import { reasons, runRule } from './clean-helpers.js';

const CAPTIONS = [
  'The mayor (pictured left) opened the new bridge to traffic earlier this week',
  'A still image from a handout video shows firefighters at work near the depot',
  'Volunteers, in footage released by the city on March 3, are seen clearing debris from a road',
  'A police officer stands near a burnt-out car in the old town on June 12, 2023',
  'Farmers gather outside the ministry in the capital on October 4, 2022',
  'Passengers who were stranded by the strike, after their train arrived in the city on May 2, 2024',
];

const BODY = [
  'The mayor (pictured) said the bridge would open to traffic next month.',
  'Officials said the video shows the fire started in the depot.',
  'The council will meet again on March 3.',
  'A police officer stands guard outside the court every day, residents said.',
  '“We will not leave,” the farmers said outside the ministry on Monday',
  'Why the talks failed',
  'The meeting is planned for May 2',
];

describe('scoreCaption', () => {
  for (const caption of CAPTIONS) {
    it(`scores a caption at the threshold or above: ${caption.slice(0, 40)}…`, () => {
      const result = scoreCaption(caption);
      assert.ok(result.score >= CAPTION_THRESHOLD, `score ${result.score} (${result.signals.join(', ')})`);
    });
  }
  for (const sentence of BODY) {
    it(`scores a body line below the threshold: ${sentence.slice(0, 40)}…`, () => {
      const result = scoreCaption(sentence);
      assert.ok(result.score < CAPTION_THRESHOLD, `score ${result.score} (${result.signals.join(', ')})`);
    });
  }
});

describe('removeImageCaptions', () => {
  it('removes caption lines between body lines and keeps the body', () => {
    const raw = ['The river burst its banks overnight.', CAPTIONS[3], 'Schools stayed closed on Tuesday.', BODY[0]].join('\n');
    const doc = runRule(removeImageCaptions, raw);
    assert.deepEqual(reasons(doc), ['image caption']);
    assert.equal(doc.text, ['The river burst its banks overnight.', 'Schools stayed closed on Tuesday.', BODY[0]].join('\n'));
  });
});

describe('isVerbless', () => {
  it('takes noun-phrase captions', () => {
    assert.ok(isVerbless('A fishing boat at anchor off the northern cape.'));
    assert.ok(isVerbless('Smoke rising over the old harbour at dawn'));
  });

  it('negative: sentences with an auxiliary, a past form or two sentences', () => {
    assert.equal(isVerbless('The boat is at anchor off the northern cape.'), false);
    assert.equal(isVerbless('The boat anchored off the northern cape.'), false);
    assert.equal(isVerbless('A fishing boat. The cape beyond.'), false);
    assert.equal(isVerbless('Boats at anchor'), false, 'too short to judge');
  });
});

describe('scoreCaption: reporting verbs', () => {
  it('counts a reporting verb against a line', () => {
    const plain = scoreCaption('Farmers gather outside the ministry in the capital on October 4, 2022');
    const reported = scoreCaption('Farmers gather outside the ministry in the capital, the union said on October 4, 2022');
    assert.ok(reported.signals.includes('reporting verb'));
    assert.ok(!plain.signals.includes('reporting verb'));
    assert.equal(plain.score - reported.score, 2);
  });
});
