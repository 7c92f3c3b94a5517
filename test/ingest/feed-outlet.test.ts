import assert from 'node:assert/strict';
import { test } from 'node:test';
import { outletFromFeedTitle } from '../../src/ingest/readers/feed-outlet.js';
import { atomReader, rssReader } from '../../src/ingest/readers/feed-reader.js';

test('a section after or before the outlet is dropped', () => {
  assert.equal(outletFromFeedTitle('Valley Herald - World'), 'Valley Herald');
  assert.equal(outletFromFeedTitle('Valley Herald | Top Stories'), 'Valley Herald');
  assert.equal(outletFromFeedTitle('World news | The Valley Herald'), 'The Valley Herald');
  assert.equal(outletFromFeedTitle('Valley Herald > Europe > Politics'), 'Valley Herald');
});

test('the part the site address spells wins over section words', () => {
  assert.equal(outletFromFeedTitle('Fjord Post - Morning Edition Extra', 'https://www.fjordpost.example/rss'), 'Fjord Post');
  assert.equal(outletFromFeedTitle('Harbour Notes – Fjord Post', 'https://fjord-post.example/'), 'Fjord Post');
});

test('negative: a title without a spaced separator is kept whole', () => {
  assert.equal(outletFromFeedTitle('Valley Herald'), 'Valley Herald');
  assert.equal(outletFromFeedTitle('Trans-Valley Times'), 'Trans-Valley Times');
  assert.equal(outletFromFeedTitle('Science: The Weekly'), 'Science: The Weekly');
  assert.equal(outletFromFeedTitle('Fjord Post - Harbour Notes'), 'Fjord Post', 'two names and no address: the first part');
});

test('the readers give the outlet without the section', () => {
  const atom = atomReader.read({
    text: '<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Herald - World</title><link href="https://valley-herald.example/world/"/><entry><title>T</title><content>The pass reopened.</content></entry></feed>',
    path: 'a.atom',
    url: null,
    label: 'a.atom',
  });
  assert.equal(atom.inputs[0]?.hints.outlet, 'Valley Herald');
  const rss = rssReader.read({
    text: '<rss><channel><title>Top Stories | Fjord Post</title><link>https://fjordpost.example/</link><item><description>The ferry sailed.</description></item></channel></rss>',
    path: 'b.rss',
    url: null,
    label: 'b.rss',
  });
  assert.equal(rss.inputs[0]?.hints.outlet, 'Fjord Post');
});
