/**
 * Metadata an HTML page states about itself: `<meta>` Open Graph and `article:` tags, author tags
 * (`meta name=author`, `rel=author`, `article:author`), the canonical link and JSON-LD
 * `NewsArticle` (and its kin) with headline, datePublished, author.name and publisher.name.
 * JSON-LD wins over `<meta>` tags. The `<title>` element is left to Readability, which trims the
 * site name off it.
 */
import type { MetaHints } from '../../model/news-doc.js';

/** `<meta>` keys (property or name) per field, best first. */
const META_KEYS = {
  title: ['og:title', 'twitter:title', 'dc.title', 'title'],
  outlet: ['og:site_name', 'application-name', 'publisher', 'dc.publisher'],
  author: ['author', 'article:author', 'dc.creator', 'byl', 'parsely-author', 'sailthru.author'],
  url: ['og:url'],
  published: ['article:published_time', 'og:article:published_time', 'datepublished', 'dc.date', 'dc.date.issued', 'pubdate', 'publishdate', 'date', 'parsely-pub-date', 'sailthru.date'],
} as const;

/** JSON-LD types that describe an article. */
const ARTICLE_TYPE = /(?:^|:)(?:News|Reporting|Analysis|Opinion|Report|Blog|Scholarly|Tech|Background)?Article$|^(?:BlogPosting|LiveBlogPosting|NewsArticle|Report)$/u;
const LEADING_BY = /^by\s+/iu;
const URL_LIKE = /^https?:\/\//iu;

type Hints = { -readonly [K in keyof MetaHints]?: string };

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const parts = value.map(text).filter((part): part is string => part !== null);
    return parts.length > 0 ? parts.join(', ') : null;
  }
  if (value !== null && typeof value === 'object' && 'name' in value) return text(value.name);
  return null;
}

function metaValues(document: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll('meta[content]'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = meta.getAttribute('content')?.trim() ?? '';
    if (key.length > 0 && content.length > 0 && !values.has(key)) values.set(key, content);
  }
  return values;
}

/** A name from an author value; a profile URL (common in article:author) is not a name. */
function authorName(value: string | null): string | null {
  if (value === null || URL_LIKE.test(value)) return null;
  return value.replace(LEADING_BY, '').trim() || null;
}

function fromMetaTags(document: Document): Hints {
  const values = metaValues(document);
  const hints: Hints = {};
  for (const [field, keys] of Object.entries(META_KEYS)) {
    for (const key of keys) {
      const value = field === 'author' ? authorName(values.get(key) ?? null) : (values.get(key) ?? null);
      if (value !== null) {
        hints[field as keyof Hints] = value;
        break;
      }
    }
  }
  if (hints.author === undefined) {
    const relAuthor = document.querySelector('a[rel~="author"], link[rel~="author"][title]');
    const name = authorName(relAuthor?.getAttribute('title') ?? relAuthor?.textContent?.trim() ?? null);
    if (name !== null) hints.author = name;
  }
  if (hints.url === undefined) {
    const canonical = document.querySelector('link[rel~="canonical"][href]')?.getAttribute('href')?.trim();
    if (canonical !== undefined && URL_LIKE.test(canonical)) hints.url = canonical;
  }
  return hints;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isArticle(node: Record<string, unknown>): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types.some((type) => typeof type === 'string' && ARTICLE_TYPE.test(type));
}

/** Every object in a JSON-LD value, descending into arrays and `@graph`. */
function* jsonLdNodes(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) {
    for (const item of value) yield* jsonLdNodes(item);
    return;
  }
  if (!isRecord(value)) return;
  yield value;
  if ('@graph' in value) yield* jsonLdNodes(value['@graph']);
}

function fromJsonLd(document: Document): Hints {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const node of jsonLdNodes(parsed)) {
      if (!isArticle(node)) continue;
      const hints: Hints = {};
      const title = text(node['headline']) ?? text(node['name']);
      const published = text(node['datePublished']) ?? text(node['dateCreated']);
      const author = authorName(text(node['author']) ?? text(node['creator']));
      const outlet = text(node['publisher']) ?? text(node['sourceOrganization']);
      const url = text(node['url']) ?? (isRecord(node['mainEntityOfPage']) ? text(node['mainEntityOfPage']['@id']) : text(node['mainEntityOfPage']));
      if (title !== null) hints.title = title;
      if (published !== null) hints.published = published;
      if (author !== null) hints.author = author;
      if (outlet !== null) hints.outlet = outlet;
      if (url !== null && URL_LIKE.test(url)) hints.url = url;
      return hints;
    }
  }
  return {};
}

/** The metadata a page states: JSON-LD first, then `<meta>` and link tags. */
export function htmlMetadata(document: Document): MetaHints {
  return { ...fromMetaTags(document), ...fromJsonLd(document) };
}
