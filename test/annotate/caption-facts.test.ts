import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDoc, type NewsDoc } from '../../src/model/news-doc.js';
import { createContext, createPipeline } from '../../src/pipeline/pipeline.js';

const ARTICLE = [
  'Fire crews fought a blaze at a grain terminal through the night, the regional governor said on Monday.',
  '',
  'A firefighter stands near a burned warehouse in Odesa on March 3, 2024',
  'JOHN SMITH/AFP via Getty Images',
  '',
  'The governor said the terminal would reopen within weeks. Officials in Kyiv promised funds.',
].join('\n');

function run(raw: string, published = '2024-03-04'): NewsDoc {
  const doc = createDoc({ source: { path: 'fire.txt', url: null, format: 'text' }, raw, hints: { outlet: 'Port Daily', published }, hintBasis: 'test' });
  return createPipeline().run(doc, createContext());
}

describe('caption facts', () => {
  it('reads the date and place of a removed caption, anchored where it stood, traceable to the raw words', () => {
    const doc = run(ARTICLE);
    assert.ok(doc.cleaning.removed.some((removal) => removal.reason === 'image caption'), 'the caption is removed');
    assert.ok(!doc.text.includes('March 3, 2024'));
    const time = doc.layers.times.find((candidate) => candidate.removed !== undefined);
    assert.ok(time, 'a time from the caption');
    assert.equal(time.value, '2024-03-03');
    assert.equal(time.start, time.end, 'zero-width in the cleaned text');
    assert.equal(doc.raw.slice(time.removed?.rawStart, time.removed?.rawEnd), 'March 3, 2024');
    assert.match(time.provenance.rule, /^captions\//u);
    const place = doc.layers.places.find((candidate) => candidate.removed !== undefined);
    assert.ok(place, 'a place from the caption');
    assert.equal(doc.raw.slice(place.removed?.rawStart, place.removed?.rawEnd), 'Odesa');
    assert.ok(doc.text.slice(time.start).startsWith('The governor said'), 'anchored at the text that followed the caption');
  });

  it('marks nothing as from a caption when no caption was removed, and keeps body facts unmarked', () => {
    const doc = run('Fire crews fought a blaze in Odesa on March 3, 2024, the governor said.\n\nThe terminal will reopen.');
    assert.ok(doc.layers.times.length > 0);
    assert.ok(doc.layers.times.every((time) => time.removed === undefined));
    assert.ok(doc.layers.places.every((place) => place.removed === undefined));
  });
});
