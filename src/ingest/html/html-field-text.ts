/**
 * Text from a field that may hold HTML: a JSON record's `text`, a feed item's content. A whole
 * page goes through main-text extraction; a fragment (a few paragraphs of markup) is converted
 * as it is, since a feed or export already chose the article's content; plain text is left alone.
 */
import { extractMainText, parseHtml } from './extract-main-text.js';
import { htmlToText } from './html-to-text.js';

const WHOLE_PAGE = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>])/iu;
const HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/iu;
const HTML_ENTITY = /&(?:[a-z]+|#\d+|#x[\da-f]+);/iu;

/** Text from a field value, with what was left out of it (empty unless it was a whole page). */
export interface FieldText {
  readonly text: string;
  readonly droppedCaptions: readonly string[];
  /** Whether the value was HTML. */
  readonly wasHtml: boolean;
}

/** Whether a field value holds markup (tags or character references). */
export function looksLikeHtml(value: string): boolean {
  return HTML_TAG.test(value) || HTML_ENTITY.test(value);
}

/**
 * Plain text from a field that may hold HTML. Throws a `NO_ARTICLE` SitrepError (without a file)
 * when a whole page holds no article.
 */
export function textFromHtmlField(value: string): FieldText {
  if (WHOLE_PAGE.test(value)) {
    const main = extractMainText(value);
    return { text: main.text, droppedCaptions: main.droppedCaptions, wasHtml: true };
  }
  if (!looksLikeHtml(value)) return { text: value, droppedCaptions: [], wasHtml: false };
  const document = parseHtml(`<!doctype html><html><body>${value}</body></html>`);
  return { text: htmlToText(document.body), droppedCaptions: [], wasHtml: true };
}
