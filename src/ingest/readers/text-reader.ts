/**
 * Plain text and Markdown. Markdown may open with YAML front matter (title, outlet, author,
 * published, url); plain text is taken as it is, its metadata left to the text itself.
 */
import matter from 'gray-matter';
import { createError } from '../../pipeline/errors.js';
import type { Reader, ReaderInput, ReadResult } from '../reader.js';
import { hintsFromRecord } from './record-fields.js';

/** Plain text reader. */
export const textReader: Reader = {
  format: 'text',
  read(input: ReaderInput): ReadResult {
    return {
      inputs: [{ source: { path: input.path, url: input.url, format: 'text' }, raw: input.text, hints: {}, hintBasis: 'none' }],
      errors: [],
    };
  },
};

const MARKDOWN_IMAGE = /!\[([^\]]*)\]\([^)]*\)/gu;

/** Markdown reader: front matter gives metadata; the body is kept as written (image syntax becomes its alt text). */
export const markdownReader: Reader = {
  format: 'markdown',
  read(input: ReaderInput): ReadResult {
    let parsed: { content: string; data: Record<string, unknown> };
    try {
      parsed = matter(input.text);
    } catch (error) {
      return { inputs: [], errors: [createError('MALFORMED_METADATA', { file: input.label, detail: `front matter is not valid YAML: ${String(error)}`, cause: error })] };
    }
    const body = parsed.content.replace(MARKDOWN_IMAGE, (_match, alt: string) => alt);
    if (body.trim().length === 0) return { inputs: [], errors: [createError('NO_ARTICLE', { file: input.label, detail: 'the Markdown file has front matter but no body' })] };
    return {
      inputs: [{ source: { path: input.path, url: input.url, format: 'markdown' }, raw: body, hints: hintsFromRecord(parsed.data), hintBasis: 'front-matter' }],
      errors: [],
    };
  },
};
