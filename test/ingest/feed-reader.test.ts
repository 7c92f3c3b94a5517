import assert from 'node:assert/strict';
import { test } from 'node:test';
import { atomReader, rssReader } from '../../src/ingest/readers/feed-reader.js';
import { collect, fixture } from './ingest-helpers.js';

test('RSS: each item a document; content:encoded wins over description; channel title is the outlet', async () => {
  const { inputs, errors } = await collect([fixture('feed.rss')]);
  assert.deepEqual(errors, []);
  assert.equal(inputs.length, 2);
  const [first, second] = inputs;
  assert.equal(first?.source.format, 'rss');
  assert.equal(first?.source.record, 0);
  assert.equal(first?.hints.title, 'Lighthouse gets a new keeper');
  assert.equal(first?.hints.outlet, 'Coastal Times');
  assert.equal(first?.hints.author, 'Ines Duarte');
  assert.equal(first?.hints.url, 'https://coastal.example.net/lighthouse-keeper');
  assert.equal(first?.hints.published, 'Tue, 04 Mar 2031 10:15:00 GMT');
  assert.ok(first?.raw.startsWith('The point lighthouse has a resident keeper'));
  assert.ok(!first?.raw.includes('Short summary only'));
  assert.ok(first?.raw.split('\n\n').includes('The lighthouse at dusk.'), 'a caption stays a paragraph of its own');
  assert.equal(second?.hints.author, 'Tom Abara', 'the name in brackets after a mail address');
  assert.equal(second?.raw, 'Masons finished rebuilding the damaged section of the harbour wall & the slipway is open.');
});

test('Atom: entries, the alternate link, published before updated, summary as a fallback body', async () => {
  const { inputs, errors } = await collect([fixture('feed.atom')]);
  assert.deepEqual(errors, []);
  assert.equal(inputs.length, 2);
  const [first, second] = inputs;
  assert.equal(first?.source.format, 'atom');
  assert.equal(first?.hints.outlet, 'Upland Post');
  assert.equal(first?.hints.author, 'Lena Vogt');
  assert.equal(first?.hints.url, 'https://upland.example.com/wind-farm');
  assert.equal(first?.hints.published, '2031-05-01T07:00:00Z');
  assert.equal(first?.raw, 'The county approved twelve turbines on the eastern ridge.\n\nBuilding starts next spring.');
  assert.equal(second?.hints.published, '2031-04-28T15:00:00Z');
  assert.equal(second?.hints.author, undefined);
  assert.equal(second?.raw, 'The valley road reopened to traffic after resurfacing.');
});

test('bad input: a feed with no items is an error naming the file', async () => {
  const { inputs, errors } = await collect([fixture('empty-feed.xml')]);
  assert.equal(inputs.length, 0);
  assert.equal(errors[0]?.code, 'NO_ARTICLE');
  assert.ok(errors[0]?.message.includes('empty-feed.xml'));
  assert.ok(errors[0]?.message.includes('no items'));
});

test('negative: malformed XML, XML that is not a feed, an item without a body', () => {
  const broken = rssReader.read({ text: '<rss><channel><item><title>Open</channel></rss>', path: 'x.rss', url: null, label: 'x.rss' });
  assert.equal(broken.errors[0]?.code, 'MALFORMED_FEED');
  assert.ok(broken.errors[0]?.message.startsWith('x.rss:'));
  const other = atomReader.read({ text: '<?xml version="1.0"?><catalog><book/></catalog>', path: 'c.xml', url: null, label: 'c.xml' });
  assert.equal(other.errors[0]?.code, 'MALFORMED_FEED');
  const bodiless = rssReader.read({ text: '<rss><channel><title>T</title><item><title>Only a title</title></item><item><description>Has a body.</description></item></channel></rss>', path: 'b.rss', url: null, label: 'b.rss' });
  assert.equal(bodiless.inputs.length, 1);
  assert.equal(bodiless.errors[0]?.code, 'NO_ARTICLE');
  assert.ok(bodiless.errors[0]?.message.startsWith('b.rss#1:'));
});
