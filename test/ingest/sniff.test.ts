import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sniffFormat } from '../../src/ingest/sniff.js';

test('content decides over the extension', () => {
  assert.equal(sniffFormat('<!doctype html><html><body><p>Hi</p></body></html>', 'page.txt'), 'html');
  assert.equal(sniffFormat('<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', 'feed.xml'), 'rss');
  assert.equal(sniffFormat('<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'feed.xml'), 'atom');
  assert.equal(sniffFormat('---\ntitle: A note\n---\nBody text.', 'note.txt'), 'markdown');
});

test('a prolog of processing instructions and comments does not hide the root element', () => {
  const feed = '\uFEFF<?xml version="1.0"?>\n<?xml-stylesheet href="s.xsl"?>\n<!-- made by hand -->\n<feed xmlns="http://www.w3.org/2005/Atom"></feed>';
  assert.equal(sniffFormat(feed), 'atom');
  assert.equal(sniffFormat('<!-- saved page -->\n<!DOCTYPE html><html></html>'), 'html');
  assert.equal(sniffFormat('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>'), 'rss');
});

test('JSON and JSONL are told apart', () => {
  assert.equal(sniffFormat('{"text": "one"}\n{"text": "two"}\n'), 'jsonl');
  assert.equal(sniffFormat('[{"text": "one"},\n{"text": "two"}]'), 'json');
  assert.equal(sniffFormat('{\n  "text": "one"\n}'), 'json');
  assert.equal(sniffFormat('{"text": "one"}', 'a.jsonl'), 'jsonl');
});

test('plain text stays text: a less-than sign or a word like feed is not markup', () => {
  assert.equal(sniffFormat('Prices rose by < 2 percent.\n\nThe feed was late.'), 'text');
  assert.equal(sniffFormat('# A heading\n\nSome words.', 'notes.md'), 'markdown');
  assert.equal(sniffFormat('Plain words only.', 'notes.txt'), 'text');
});
