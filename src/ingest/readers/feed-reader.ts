/**
 * RSS (2.0 and 1.0/RDF) and Atom feeds: each item or entry is a document. The body is
 * `content:encoded`, `content`, `description` or `summary` (HTML in it extracted to text); the
 * metadata is title, link, pubDate / published / updated / dc:date, author / dc:creator, and the
 * outlet named by the channel or feed title, less a section it adds ("Outlet - World").
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { InputFormat, MetaHints, RawInput } from '../../model/news-doc.js';
import { createError, isSitrepError, type SitrepError } from '../../pipeline/errors.js';
import { textFromHtmlField } from '../html/html-field-text.js';
import type { Reader, ReaderInput, ReadResult } from '../reader.js';
import { outletFromFeedTitle } from './feed-outlet.js';
import { droppedCaptionNotes } from './html-reader.js';

/** Elements that may repeat and are read as lists. */
const LIST_ELEMENTS: ReadonlySet<string> = new Set(['item', 'entry', 'link', 'author', 'dc:creator', 'category', 'channel']);
const ATTRIBUTE_PREFIX = '@_';
const TEXT_KEY = '#text';
/** An RSS author is often `mail@example.org (Name)`: the name in brackets is what we want. */
const MAIL_WITH_NAME = /^[^\s@()]+@[^\s@()]+\s*\(([^()]+)\)\s*$/u;
const BARE_MAIL = /^[^\s@]+@[^\s@]+$/u;

/** Note: entities are decoded and values kept as strings (a numeric title stays a string). */
const PARSER = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: ATTRIBUTE_PREFIX,
  textNodeName: TEXT_KEY,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  isArray: (name) => LIST_ELEMENTS.has(name),
});

type XmlNode = Record<string, unknown>;

function isNode(value: unknown): value is XmlNode {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The text of an element that may be a string, a `{ '#text' }` node or a list of either. */
function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return textOf(value[0]);
  if (isNode(value)) return textOf(value[TEXT_KEY]);
  return null;
}

function authorOf(value: unknown): string | null {
  const names = list(value)
    .map((author) => (isNode(author) && 'name' in author ? textOf(author['name']) : textOf(author)))
    .map((name) => (name === null ? null : (MAIL_WITH_NAME.exec(name)?.[1]?.trim() ?? (BARE_MAIL.test(name) ? null : name))))
    .filter((name): name is string => name !== null);
  return names.length > 0 ? names.join(', ') : null;
}

/** An Atom entry's link: the `alternate` one (or the one without rel); an RSS link's text. */
function linkOf(value: unknown): string | null {
  const links = list(value);
  for (const link of links) {
    if (!isNode(link)) continue;
    const rel = link[`${ATTRIBUTE_PREFIX}rel`];
    const href = link[`${ATTRIBUTE_PREFIX}href`];
    if (typeof href === 'string' && (rel === undefined || rel === 'alternate')) return href.trim();
  }
  return textOf(links[0]);
}

function firstText(item: XmlNode, names: readonly string[]): string | null {
  for (const name of names) {
    const value = textOf(item[name]);
    if (value !== null) return value;
  }
  return null;
}

const BODY_FIELDS = ['content:encoded', 'content', 'description', 'summary'] as const;
const DATE_FIELDS = ['pubDate', 'published', 'dc:date', 'updated', 'issued'] as const;

interface FeedShape {
  readonly format: InputFormat;
  readonly outlet: string | null;
  readonly items: readonly unknown[];
}

/** Note: the format comes from the root element, so an Atom feed saved as `.xml` is still Atom. */
/** The outlet of a channel or feed node: its title less a section, read with its site link. */
function outletOf(node: XmlNode): string | null {
  const title = textOf(node['title']);
  return title === null ? null : outletFromFeedTitle(title, linkOf(node['link']));
}

function feedShape(document: XmlNode): FeedShape | null {
  const feed = document['feed'];
  if (isNode(feed)) return { format: 'atom', outlet: outletOf(feed), items: list(feed['entry']) };
  const rss = document['rss'];
  if (isNode(rss)) {
    const channel = list(rss['channel'])[0];
    if (!isNode(channel)) return null;
    return { format: 'rss', outlet: outletOf(channel), items: list(channel['item']) };
  }
  const rdf = document['rdf:RDF'];
  if (isNode(rdf)) {
    const channel = list(rdf['channel'])[0];
    return { format: 'rss', outlet: isNode(channel) ? outletOf(channel) : null, items: list(rdf['item']) };
  }
  return null;
}

function itemToInput(item: unknown, outlet: string | null, input: ReaderInput, format: InputFormat, index: number): RawInput | SitrepError {
  const label = `${input.label}#${index + 1}`;
  if (!isNode(item)) return createError('MALFORMED_FEED', { file: label, detail: 'the feed item has no fields' });
  const bodySource = firstText(item, BODY_FIELDS);
  if (bodySource === null) return createError('NO_ARTICLE', { file: label, detail: 'the feed item has no content, content:encoded, description or summary' });
  let body;
  try {
    body = textFromHtmlField(bodySource);
  } catch (error) {
    return createError('NO_ARTICLE', { file: label, detail: isSitrepError(error) ? error.reason : String(error), cause: error });
  }
  if (body.text.trim().length === 0) return createError('NO_ARTICLE', { file: label, detail: 'the feed item\'s content holds no text' });
  const found: Record<string, string | null> = {
    title: textOf(item['title']),
    outlet,
    author: authorOf(item['dc:creator']) ?? authorOf(item['author']),
    url: linkOf(item['link']),
    published: firstText(item, DATE_FIELDS),
  };
  const hints: MetaHints = Object.fromEntries(Object.entries(found).filter(([, value]) => value !== null));
  return {
    source: { path: input.path, url: input.url, format, record: index },
    raw: body.text,
    hints,
    hintBasis: format,
    diagnostics: droppedCaptionNotes(body.droppedCaptions),
  };
}

function readFeed(input: ReaderInput): ReadResult {
  const valid = XMLValidator.validate(input.text);
  if (valid !== true) {
    return { inputs: [], errors: [createError('MALFORMED_FEED', { file: `${input.label}:${valid.err.line}`, detail: `the feed is not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})` })] };
  }
  let parsed: unknown;
  try {
    parsed = PARSER.parse(input.text);
  } catch (error) {
    return { inputs: [], errors: [createError('MALFORMED_FEED', { file: input.label, detail: `the feed could not be parsed: ${String(error)}`, cause: error })] };
  }
  const shape = isNode(parsed) ? feedShape(parsed) : null;
  if (shape === null) return { inputs: [], errors: [createError('MALFORMED_FEED', { file: input.label, detail: 'the XML is neither an RSS channel nor an Atom feed' })] };
  if (shape.items.length === 0) return { inputs: [], errors: [createError('NO_ARTICLE', { file: input.label, detail: 'the feed has no items' })] };
  const inputs: RawInput[] = [];
  const errors: SitrepError[] = [];
  shape.items.forEach((item, index) => {
    const outcome = itemToInput(item, shape.outlet, input, shape.format, index);
    if (outcome instanceof Error) errors.push(outcome);
    else inputs.push(outcome);
  });
  return { inputs, errors };
}

/** The RSS reader (RSS 2.0, and RSS 1.0 / RDF). */
export const rssReader: Reader = { format: 'rss', read: readFeed };

/** The Atom reader. */
export const atomReader: Reader = { format: 'atom', read: readFeed };
