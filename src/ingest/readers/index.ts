/**
 * The reader for each input format. Add a format by writing a reader and listing it here.
 */
import type { InputFormat } from '../../model/news-doc.js';
import type { Reader } from '../reader.js';
import { atomReader, rssReader } from './feed-reader.js';
import { htmlReader } from './html-reader.js';
import { jsonlReader, jsonReader } from './json-reader.js';
import { markdownReader, textReader } from './text-reader.js';

/** Readers by format; a format without a reader is reported as unsupported. */
export const READERS: Readonly<Partial<Record<InputFormat, Reader>>> = {
  text: textReader,
  markdown: markdownReader,
  html: htmlReader,
  json: jsonReader,
  jsonl: jsonlReader,
  rss: rssReader,
  atom: atomReader,
};
