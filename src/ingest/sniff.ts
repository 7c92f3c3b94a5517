/**
 * Decide a file's format from its content first and its extension second, so that an `.txt`
 * holding HTML is read as HTML and a `.xml` feed is read as a feed.
 */
import { extname } from 'node:path';
import type { InputFormat } from '../model/news-doc.js';

/** Note: each start pattern allows what may come before the root element (white space, which includes a BOM; an XML declaration, processing instructions, comments). */
const HTML_START = /^\s*(?:(?:<\?[^>]*>|<!--[\s\S]*?-->)\s*)*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/iu;
const RSS_START = /^\s*(?:(?:<\?[^>]*>|<!--[\s\S]*?-->)\s*)*<(?:rss|rdf:RDF)[\s>]/iu;
const ATOM_START = /^\s*(?:(?:<\?[^>]*>|<!--[\s\S]*?-->)\s*)*<feed[\s>]/iu;
const JSON_START = /^\s*[[{]/u;
/** Front matter: a `---` line, then a `key:` line (a text may open with a bare rule line). */
const FRONT_MATTER_START = /^---\r?\n[\w-]+:/u;

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.rss': 'rss',
  '.atom': 'atom',
  '.xml': 'rss',
};

/** File extensions sitrep reads when walking a folder. */
export const KNOWN_EXTENSIONS: ReadonlySet<string> = new Set(Object.keys(BY_EXTENSION));

/** Sniff the format of a text, with the file name as a hint (optional). */
export function sniffFormat(text: string, fileName?: string): InputFormat {
  const head = text.slice(0, 4096);
  if (RSS_START.test(head)) return 'rss';
  if (ATOM_START.test(head)) return 'atom';
  if (HTML_START.test(head)) return 'html';
  const byExtension = fileName === undefined ? undefined : BY_EXTENSION[extname(fileName).toLowerCase()];
  if (byExtension === 'jsonl' || byExtension === 'json') return byExtension;
  if (JSON_START.test(head)) {
    const firstLine = head.split('\n', 1)[0] ?? '';
    return head.includes('\n') && firstLine.trim().endsWith('}') && !head.trimStart().startsWith('[') ? 'jsonl' : 'json';
  }
  if (FRONT_MATTER_START.test(head) && (byExtension === undefined || byExtension === 'text' || byExtension === 'markdown')) return 'markdown';
  if (byExtension !== undefined && byExtension !== 'rss' && byExtension !== 'atom') return byExtension;
  return 'text';
}
