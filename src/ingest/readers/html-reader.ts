/**
 * HTML pages: the main text from Readability (paragraphs kept), the metadata from JSON-LD,
 * `<meta>` and author tags, with Readability's own findings as the fallback. Figure captions the
 * extraction left out are recorded as diagnostics, so nothing disappears without a trace.
 */
import type { Diagnostic, MetaHints } from '../../model/news-doc.js';
import { createError, isSitrepError } from '../../pipeline/errors.js';
import { extractMainTextInPlace, parseHtml } from '../html/extract-main-text.js';
import { htmlMetadata } from '../html/html-metadata.js';
import type { Reader, ReaderInput, ReadResult } from '../reader.js';

/** Diagnostic code for a figure caption the HTML extraction left out. */
export const DROPPED_CAPTION = 'HTML_DROPPED_CAPTION';

/** One diagnostic per caption the extraction left out. */
export function droppedCaptionNotes(captions: readonly string[]): Diagnostic[] {
  return captions.map((caption) => ({
    severity: 'info',
    code: DROPPED_CAPTION,
    message: `HTML extraction left out a figure caption: "${caption}"`,
    stage: 'ingest',
  }));
}

function firstOf(...values: (string | null | undefined)[]): string | null {
  for (const value of values) if (value !== null && value !== undefined && value.trim().length > 0) return value.trim();
  return null;
}

/** The HTML reader. */
export const htmlReader: Reader = {
  format: 'html',
  read(input: ReaderInput): ReadResult {
    try {
      const document = parseHtml(input.text, input.url ?? undefined);
      const stated = htmlMetadata(document);
      // Note: metadata is read first, because extraction changes the document.
      const main = extractMainTextInPlace(document);
      const hints: MetaHints = {
        title: firstOf(stated.title, main.title),
        outlet: firstOf(stated.outlet, main.siteName),
        author: firstOf(stated.author, main.byline),
        url: firstOf(stated.url, input.url),
        published: firstOf(stated.published, main.publishedTime),
      };
      const present = Object.fromEntries(Object.entries(hints).filter(([, value]) => value !== null));
      return {
        inputs: [{ source: { path: input.path, url: input.url, format: 'html' }, raw: main.text, hints: present, hintBasis: 'html/meta', diagnostics: droppedCaptionNotes(main.droppedCaptions) }],
        errors: [],
      };
    } catch (error) {
      const reason = isSitrepError(error) ? error.reason : `the page could not be parsed: ${String(error)}`;
      return { inputs: [], errors: [createError('NO_ARTICLE', { file: input.label, detail: reason, cause: error })] };
    }
  },
};
