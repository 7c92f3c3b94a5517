/**
 * The sample corpus covers every input format sitrep reads, with the metadata each format can
 * carry, and has enough articles, outlets and stories to exercise cross-document resolution.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CORPUS_DIR, foldLookAlikes, readCorpus } from './read-corpus.js';

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/u;
const FRONT_MATTER_KEY = /^(\w+):/gmu;
const METADATA_FIELDS = ['title', 'outlet', 'author', 'published', 'url'] as const;
const HTML_PARTS = [
  /<meta property="og:title"/u,
  /<meta property="og:site_name"/u,
  /<meta property="article:published_time"/u,
  /<meta name="author"/u,
  /"@type":\s*"NewsArticle"/u,
  /<nav[\s>]/u,
  /<header[\s>]/u,
  /<aside[\s>]/u,
  /<article[\s>]/u,
  /<figure>\s*<img[^>]*>\s*<figcaption>/u,
  /<footer[\s>]/u,
] as const;
const CONTENT_ENCODED = /<content:encoded>/u;
const ATOM_CONTENT = /<content type="html">/u;
const BIO_LINE = /^[A-Z][a-z]+ [A-Z][a-z]+ (?:is|covers|reports)\b.* for (?:the )?[A-Z][\w ]+\.$/mu;
const OUTLET_IN_BIO = / for (?:the )?([A-Z][\w ]+)\.$/mu;

const HOMOGLYPH_SOURCE = '2023-10-24-northern-wire-serbia-drawdown.txt';
const HOMOGLYPH_COPY = '2023-10-25-daily-ferret-serbia-drawdown.txt';

const files = readCorpus();
const byExtension = (extension: string) => files.filter((file) => file.extension === extension);

describe('corpus formats', () => {
  it('has a plain text article with no metadata but a bio line naming its outlet', () => {
    const plain = byExtension('.txt').filter((file) => file.sidecar === null && BIO_LINE.test(file.raw));
    assert.ok(plain.length >= 2, `plain texts with a bio line: ${plain.map((file) => file.name).join(', ')}`);
  });

  it('has a text article with a complete sidecar', () => {
    const withSidecar = byExtension('.txt').filter((file) => file.sidecar !== null);
    assert.ok(withSidecar.length >= 1);
    for (const file of withSidecar) for (const field of METADATA_FIELDS) assert.equal(typeof file.sidecar?.[field], 'string', `${file.name} sidecar lacks ${field}`);
  });

  it('has Markdown articles with complete front matter', () => {
    const markdown = byExtension('.md');
    assert.ok(markdown.length >= 1);
    for (const file of markdown) {
      const header = FRONT_MATTER.exec(file.raw)?.[1] ?? '';
      const keys = new Set([...header.matchAll(FRONT_MATTER_KEY)].map((match) => match[1]));
      for (const field of METADATA_FIELDS) assert.ok(keys.has(field), `${file.name} front matter lacks ${field}`);
    }
  });

  it('has a full HTML page with metadata, page furniture and a captioned figure', () => {
    const pages = byExtension('.html');
    assert.ok(pages.length >= 1);
    for (const page of pages) for (const part of HTML_PARTS) assert.match(page.raw, part, `${page.name} lacks ${String(part)}`);
  });

  it('has JSON records carrying text and every metadata field', () => {
    const records = [...byExtension('.json'), ...byExtension('.jsonl')].flatMap((file) =>
      file.extension === '.json' ? [JSON.parse(file.raw) as unknown].flat() : file.raw.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as unknown),
    );
    assert.ok(byExtension('.json').length >= 1 && byExtension('.jsonl').some((file) => file.records >= 2));
    for (const record of records) {
      assert.ok(record !== null && typeof record === 'object');
      for (const field of ['text', ...METADATA_FIELDS]) assert.equal(typeof (record as Record<string, unknown>)[field], 'string', `a JSON record lacks ${field}`);
    }
  });

  it('has an RSS feed with two or more HTML items and an Atom feed with an HTML entry', () => {
    const rss = byExtension('.rss').filter((file) => file.records >= 2 && CONTENT_ENCODED.test(file.raw));
    const atom = byExtension('.atom').filter((file) => file.records >= 1 && ATOM_CONTENT.test(file.raw));
    assert.ok(rss.length >= 1, 'no RSS feed with 2+ items and content:encoded');
    assert.ok(atom.length >= 1, 'no Atom feed with an HTML entry');
  });

  it('holds at least 14 articles from at least 4 outlets', () => {
    const articles = files.reduce((sum, file) => sum + file.records, 0);
    assert.ok(articles >= 14, `only ${articles} articles`);
    const outlets = new Set<string>();
    for (const file of files) {
      const outlet = file.sidecar?.outlet;
      if (typeof outlet === 'string') outlets.add(outlet);
      const bio = OUTLET_IN_BIO.exec(file.raw)?.[1];
      if (bio !== undefined) outlets.add(bio.trim());
    }
    assert.ok(outlets.size >= 4, `outlets found: ${[...outlets].join(', ')}`);
  });

  it('has a homoglyph copy that folds back to its source article', () => {
    const tool = readFileSync(join(CORPUS_DIR, 'tools', 'make-homoglyph-copy.mjs'), 'utf8');
    const source = files.find((file) => file.name === HOMOGLYPH_SOURCE);
    const copy = files.find((file) => file.name === HOMOGLYPH_COPY);
    assert.ok(source !== undefined && copy !== undefined && tool.includes(HOMOGLYPH_SOURCE) && tool.includes(HOMOGLYPH_COPY));
    assert.notEqual(copy.raw.includes(source.raw.trim()), true, 'the copy is not disguised');
    assert.ok(foldLookAlikes(copy.raw).includes(source.raw.trim()), 'the copy does not fold back to its source');
  });
});
