/**
 * Main-text extraction from an HTML page with Mozilla Readability, kept in one function so it can
 * be benchmarked alone (`bench/`). Page furniture is marked before Readability reads the page and
 * dropped from what it keeps, then teaser links are pruned (`prune-boilerplate.ts`). The page is
 * parsed with jsdom (no scripts run, nothing is fetched). Readability changes the document it
 * reads, so a caller's document is copied first; a document parsed here for the purpose is read in
 * place.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { createError } from '../../pipeline/errors.js';
import { htmlParagraphs } from './html-to-text.js';
import { type PrunedBlock, linkShare, markBoilerplate, pruneTeasers, pruneTitleRepeats, removeMarked } from './prune-boilerplate.js';

/** What main-text extraction found. */
export interface MainText {
  /** The article text, one blank line between paragraphs (captions kept as their own paragraphs). */
  readonly text: string;
  /** The title Readability settled on, or null. */
  readonly title: string | null;
  /** The byline Readability found, or null. */
  readonly byline: string | null;
  /** The site name Readability found, or null. */
  readonly siteName: string | null;
  /** The publication time Readability found, or null. */
  readonly publishedTime: string | null;
  /** Figure captions of the page that the extraction left out, so a caller can record them. */
  readonly droppedCaptions: readonly string[];
  /** Furniture and teasers taken out of what Readability kept, with the rule, so a caller can record them. */
  readonly prunedBlocks: readonly PrunedBlock[];
}

const SPACE_RUN = /\s+/gu;

function squash(text: string): string {
  return text.replace(SPACE_RUN, ' ').trim();
}

/** Share of link text above which what Readability found is a menu or an index, not an article. */
const MAX_LINK_SHARE = 0.8;

function orNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed.length === 0 ? null : trimmed;
}

/**
 * Note: jsdom reports pages' CSS it cannot parse on the console; page quirks are not sitrep's
 * errors, so a console that forwards nothing is shared by every parse.
 */
const SILENT_CONSOLE = new VirtualConsole();

/** Parse an HTML string into a document (scripts off, no resources loaded) (url optional). */
export function parseHtml(html: string, url?: string): Document {
  const dom = url === undefined ? new JSDOM(html, { virtualConsole: SILENT_CONSOLE }) : new JSDOM(html, { url, virtualConsole: SILENT_CONSOLE });
  return dom.window.document;
}

/**
 * Extract the main text of a parsed page, working on the page itself: Readability changes the
 * document, so call this only on a document nobody reads afterwards. Throws a `NO_ARTICLE`
 * SitrepError (without a file; the caller adds it) when the page holds no article text.
 */
export function extractMainTextInPlace(document: Document): MainText {
  const captions = Array.from(document.querySelectorAll('figcaption')).map((caption) => squash(caption.textContent ?? ''));
  markBoilerplate(document);
  const article = new Readability(document).parse();
  if (article === null || typeof article.content !== 'string') throw createError('NO_ARTICLE', { detail: 'no article text was found in the HTML page' });
  const container = document.createElement('div');
  container.innerHTML = article.content;
  // Note: an index page is told by what Readability found, before its lists of links are pruned away.
  const onlyLinks = linkShare(container) > MAX_LINK_SHARE;
  const prunedBlocks = [...removeMarked(container), ...pruneTeasers(container), ...pruneTitleRepeats(container, orNull(article.title))];
  const text = htmlParagraphs(container).join('\n\n');
  if (onlyLinks) throw createError('NO_ARTICLE', { detail: 'the HTML page holds only links (a menu or an index page), no article text' });
  if (text.trim().length === 0) throw createError('NO_ARTICLE', { detail: 'the HTML page has no article text' });
  const kept = squash(text);
  return {
    text,
    title: orNull(article.title),
    byline: orNull(article.byline),
    siteName: orNull(article.siteName),
    publishedTime: orNull(article.publishedTime),
    droppedCaptions: captions.filter((caption) => caption.length > 0 && !kept.includes(caption)),
    prunedBlocks,
  };
}

/** Extract the main text of a parsed page; the caller's document is left as it was (a copy is read). */
export function extractMainTextFromDocument(document: Document): MainText {
  const clone = document.cloneNode(true);
  if (clone.nodeType !== document.DOCUMENT_NODE) throw createError('NO_ARTICLE', { detail: 'the page could not be copied for extraction' });
  return extractMainTextInPlace(clone as Document);
}

/** Extract the main text of an HTML page (the base URL resolves relative links) (url optional). */
export function extractMainText(html: string, url?: string): MainText {
  return extractMainTextInPlace(parseHtml(html, url));
}
