import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { extractMainText, parseHtml } from '../../src/ingest/html/extract-main-text.js';
import { htmlMetadata } from '../../src/ingest/html/html-metadata.js';
import { textFromHtmlField } from '../../src/ingest/html/html-field-text.js';
import { DROPPED_CAPTION, htmlReader, PRUNED_BLOCK, prunedBlockNotes } from '../../src/ingest/readers/html-reader.js';
import { collect, fixture } from './ingest-helpers.js';

const PARAGRAPH = 'The committee met for three hours on Thursday and agreed to publish its findings next month, a spokesperson said afterwards.';

function page(body: string, head = ''): string {
  return `<!doctype html><html><head><title>Test page</title>${head}</head><body>${body}</body></html>`;
}

test('HTML fixture: main text with paragraphs, no navigation or footer', async () => {
  const { inputs, errors } = await collect([fixture('article.html')]);
  assert.deepEqual(errors, []);
  assert.equal(inputs.length, 1);
  const input = inputs[0];
  assert.ok(input !== undefined);
  assert.equal(input.source.format, 'html');
  const paragraphs = input.raw.split('\n\n');
  assert.ok(paragraphs.length >= 4, `expected paragraphs, got ${paragraphs.length}`);
  assert.ok(paragraphs[0]?.startsWith('The island ferry sailed again'));
  assert.ok(!input.raw.includes('Sport'), 'navigation text must not be in the article');
  assert.ok(!input.raw.includes('All rights reserved'), 'footer text must not be in the article');
});

test('HTML fixture: a figure caption inside the article stays visible as its own paragraph', async () => {
  const { inputs } = await collect([fixture('article.html')]);
  const paragraphs = inputs[0]?.raw.split('\n\n') ?? [];
  assert.ok(paragraphs.includes('The morning ferry leaves the quay. Photo: Pat Lindqvist'), paragraphs.join(' | '));
});

test('HTML fixture: JSON-LD wins over meta tags; author from meta name=author', async () => {
  const { inputs } = await collect([fixture('article.html')]);
  const hints = inputs[0]?.hints;
  assert.equal(hints?.title, 'Ferry service resumes after two-day storm');
  assert.equal(hints?.outlet, 'Harbour Gazette');
  assert.equal(hints?.author, 'Mira Okonkwo');
  assert.equal(hints?.published, '2031-02-11T09:00:00+01:00');
  assert.equal(hints?.url, 'https://gazette.example.org/news/ferry-resumes');
  assert.equal(inputs[0]?.hintBasis, 'html/meta');
});

test('metadata from og: and article: tags and rel=author when there is no JSON-LD', () => {
  const head = '<meta property="og:title" content="Dam inspection passes"><meta property="og:site_name" content="Lake Daily">' +
    '<meta property="article:published_time" content="2030-04-09"><meta property="article:author" content="https://lake.example.org/staff/ana">';
  const document = parseHtml(page(`<p>${PARAGRAPH}</p><p>Written by <a rel="author" href="/staff/ana">Ana Silva</a></p>`, head));
  const hints = htmlMetadata(document);
  assert.equal(hints.title, 'Dam inspection passes');
  assert.equal(hints.outlet, 'Lake Daily');
  assert.equal(hints.published, '2030-04-09');
  assert.equal(hints.author, 'Ana Silva', 'a profile URL in article:author is not a name; rel=author gives it');
});

test('JSON-LD in a @graph with a list of types and an author list', () => {
  const graph = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', name: 'Not the article' },
      { '@type': ['NewsArticle', 'Thing'], headline: 'Pier closes for repairs', datePublished: '2030-07-01', author: [{ name: 'Kim Lee' }, { name: 'Raj Patel' }], publisher: { name: 'Bay Wire' } },
    ],
  };
  const document = parseHtml(page(`<p>${PARAGRAPH}</p>`, `<script type="application/ld+json">${JSON.stringify(graph)}</script>`));
  const hints = htmlMetadata(document);
  assert.equal(hints.title, 'Pier closes for repairs');
  assert.equal(hints.author, 'Kim Lee, Raj Patel');
  assert.equal(hints.outlet, 'Bay Wire');
});

test('negative: broken JSON-LD and non-article JSON-LD give no metadata', () => {
  const head = '<script type="application/ld+json">{ not json</script><script type="application/ld+json">{"@type": "Organization", "name": "Some Club"}</script>';
  const hints = htmlMetadata(parseHtml(page(`<p>${PARAGRAPH}</p>`, head)));
  assert.equal(hints.title, undefined);
  assert.equal(hints.outlet, undefined);
});

test('extractMainText keeps list items and headings as paragraphs and line breaks as lines', () => {
  const html = page(`<article><h2>What changes</h2><p>${PARAGRAPH}</p><ul><li>First point of the plan.</li><li>Second point of the plan.</li></ul><p>Line one<br>line two of the address.</p><p>${PARAGRAPH}</p></article>`);
  const { text } = extractMainText(html);
  const paragraphs = text.split('\n\n');
  assert.ok(paragraphs.includes('What changes'), text);
  assert.ok(paragraphs.includes('First point of the plan.'), text);
  assert.ok(paragraphs.includes('Line one\nline two of the address.'), text);
  assert.ok(!text.includes('\n\n\n'), 'one blank line between paragraphs, never more');
});

test('a caption the extraction leaves out is reported as a diagnostic', () => {
  const aside = '<aside class="sidebar related"><figure><img src="a.jpg"><figcaption>A crowd outside the old town hall</figcaption></figure><a href="/x">More</a></aside>';
  const html = page(`<article><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></article>${aside}`);
  const result = htmlReader.read({ text: html, path: 'page.html', url: null, label: 'page.html' });
  const input = result.inputs[0];
  assert.ok(input !== undefined);
  assert.ok(!input.raw.includes('A crowd outside the old town hall'), 'the sidebar caption is not article text');
  const notes = input.diagnostics ?? [];
  assert.equal(notes.length, 1);
  assert.equal(notes[0]?.code, DROPPED_CAPTION);
  assert.ok(notes[0]?.message.includes('A crowd outside the old town hall'));
});

test('negative: no dropped-caption diagnostic when the caption is in the text', async () => {
  const { inputs } = await collect([fixture('article.html')]);
  assert.deepEqual(inputs[0]?.diagnostics, []);
});

test('bad input: HTML with no article is a NO_ARTICLE error naming the file', async () => {
  const { inputs, errors } = await collect([fixture('empty-page.html')]);
  assert.equal(inputs.length, 0);
  assert.equal(errors.length, 1);
  assert.equal(errors[0]?.code, 'NO_ARTICLE');
  assert.ok(errors[0]?.message.includes('empty-page.html'));
});

test('bad input: a page of navigation links only is not an article', () => {
  const menu = page('<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li></ul></nav>');
  const result = htmlReader.read({ text: menu, path: 'menu.html', url: null, label: 'menu.html' });
  assert.equal(result.inputs.length, 0);
  assert.equal(result.errors[0]?.code, 'NO_ARTICLE');
  assert.ok(result.errors[0]?.message.startsWith('menu.html: '));
});

test('negative: an article with a few links in it is still an article', () => {
  const linked = page(`<article><p>${PARAGRAPH} See <a href="/report">the full report</a>.</p><p>${PARAGRAPH}</p></article>`);
  const result = htmlReader.read({ text: linked, path: 'linked.html', url: null, label: 'linked.html' });
  assert.deepEqual(result.errors, []);
  assert.ok(result.inputs[0]?.raw.includes('the full report'));
});

test('an HTML fragment in a field is converted directly; plain text is left alone', () => {
  const fragment = textFromHtmlField('<p>First &amp; second.</p><p>Third.</p>');
  assert.equal(fragment.text, 'First & second.\n\nThird.');
  assert.equal(fragment.wasHtml, true);
  const plain = textFromHtmlField('Prices rose by < 2 percent and fell > 1 percent.');
  assert.equal(plain.wasHtml, false);
  assert.equal(plain.text, 'Prices rose by < 2 percent and fell > 1 percent.');
});

test('the article-extraction data set, when present, reads without errors (benchmark in bench/)', async (context) => {
  const folder = new URL('../../../shared/datasets/article-extraction/', import.meta.url);
  let truth: string;
  try {
    truth = await readFile(new URL('ground-truth.json', folder), 'utf8');
  } catch {
    context.skip('../shared/datasets/article-extraction is not available');
    return;
  }
  const ids = Object.keys(JSON.parse(truth) as Record<string, unknown>).slice(0, 3);
  const { gunzipSync } = await import('node:zlib');
  for (const id of ids) {
    const html = gunzipSync(await readFile(new URL(`html/${id}.html.gz`, folder))).toString('utf8');
    const { text } = extractMainText(html);
    assert.ok(text.length > 200, `page ${id} gave only ${text.length} characters`);
  }
});

test('HTML reader: blocks the extraction pruned are recorded as diagnostics, not dropped silently', () => {
  const teasers = '<ul><li><a href="/a">Storm closes the pass</a></li><li><a href="/b">Mayor opens the bridge</a></li><li><a href="/c">Ferry fares go up</a></li></ul>';
  const body = `<article><h1>Test page</h1><p>${PARAGRAPH}</p><p>${PARAGRAPH} It was the second meeting this year.</p><p>${PARAGRAPH} Nobody objected.</p>${teasers}</article>`;
  const { inputs } = htmlReader.read({ text: page(body), path: 'page.html', url: null, label: 'page.html' });
  const notes = (inputs[0]?.diagnostics ?? []).filter((note) => note.code === PRUNED_BLOCK);
  assert.ok(!(inputs[0]?.raw ?? '').includes('Mayor opens the bridge'), 'the teaser list is not article text');
  assert.ok(notes.some((note) => note.message.includes('Mayor opens the bridge')), 'the pruned list is recorded');
  assert.deepEqual(prunedBlockNotes([{ rule: 'label', text: '   ' }]), [], 'an empty block leaves no note');
});
