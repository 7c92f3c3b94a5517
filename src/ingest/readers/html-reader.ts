/**
 * HTML pages: the main text from Readability (paragraphs kept), the metadata from JSON-LD,
 * `<meta>` and author tags, with Readability's own findings as the fallback. Figure captions the
 * extraction left out and the blocks it pruned are recorded as diagnostics, so nothing disappears
 * without a trace.
 */
import type { Diagnostic, MetaHints } from '../../model/news-doc.js';
import { createError, isSitrepError } from '../../pipeline/errors.js';
import { extractMainTextInPlace, parseHtml } from '../html/extract-main-text.js';
import { htmlMetadata } from '../html/html-metadata.js';
import type { Reader, ReaderInput, ReadResult } from '../reader.js';

/** Diagnostic code for a figure caption the HTML extraction left out. */
export const DROPPED_CAPTION = 'HTML_DROPPED_CAPTION';

/** Diagnostic code for a block (teaser list, share box, repeated headline) the HTML extraction pruned. */
export const PRUNED_BLOCK = 'HTML_PRUNED_BLOCK';

/** One diagnostic per block the extraction pruned, with the rule that pruned it. */
export function prunedBlockNotes(blocks: readonly { readonly rule: string; readonly text: string }[]): Diagnostic[] {
  return blocks
    .filter((block) => block.text.trim().length > 0)
    .map((block) => ({ severity: 'info', code: PRUNED_BLOCK, message: `HTML extraction pruned (${block.rule}): "${block.text.trim()}"`, stage: 'ingest' }));
}

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
        inputs: [{ source: { path: input.path, url: input.url, format: 'html' }, raw: main.text, hints: present, hintBasis: 'html/meta', diagnostics: [...droppedCaptionNotes(main.droppedCaptions), ...prunedBlockNotes(main.prunedBlocks)] }],
        errors: [],
      };
    } catch (error) {
      const reason = isSitrepError(error) ? error.reason : `the page could not be parsed: ${String(error)}`;
      return { inputs: [], errors: [createError('NO_ARTICLE', { file: input.label, detail: reason, cause: error })] };
    }
  },
};
