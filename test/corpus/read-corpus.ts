/**
 * Test helpers that read the sample corpus in examples/corpus as plain files, without sitrep's
 * own readers, so that the corpus tests check the corpus and not the code under test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The sample corpus folder. */
export const CORPUS_DIR = fileURLToPath(new URL('../../examples/corpus/', import.meta.url));

/** The shared folder beside the repository (seeds, gold, datasets); it may be absent. */
export const SHARED_DIR = fileURLToPath(new URL('../../../shared/', import.meta.url));

/** Whether the shared folder is present. */
export const HAS_SHARED = existsSync(SHARED_DIR);

/** Extensions of article files in the corpus (gold, README, sidecars and tools are not articles). */
export const ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.md', '.html', '.json', '.jsonl', '.rss', '.atom']);

const SIDECAR_SUFFIX = '.meta.json';
const NOT_ARTICLES: ReadonlySet<string> = new Set(['gold.json', 'README.md']);
const RSS_ITEM = /<item[\s>]/gu;
const ATOM_ENTRY = /<entry[\s>]/gu;
const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/gu;
const HTML_ENTITY = /&(?:ldquo|rdquo|lsquo|rsquo|amp|copy|nbsp);/gu;
const SPACE_RUN = /\s+/gu;
const COMBINING_MARK = /\p{M}/gu;
const CURLY_SINGLE = /[\u2018\u2019]/gu;
const CURLY_DOUBLE = /[\u201c\u201d]/gu;

/** What each HTML entity used in the corpus stands for. */
const ENTITY_TEXT: Readonly<Record<string, string>> = {
  '&ldquo;': '\u201c',
  '&rdquo;': '\u201d',
  '&lsquo;': '\u2018',
  '&rsquo;': '\u2019',
  '&amp;': '&',
  '&copy;': '\u00a9',
  '&nbsp;': ' ',
};

/** Cyrillic letters that look like Latin ones, as the homoglyph tool uses them. */
const LOOK_ALIKE_TO_LATIN: Readonly<Record<string, string>> = {
  '\u0430': 'a', '\u0435': 'e', '\u043e': 'o', '\u0440': 'p', '\u0441': 'c', '\u0445': 'x', '\u0456': 'i',
  '\u0410': 'A', '\u0412': 'B', '\u0421': 'C', '\u0415': 'E', '\u041d': 'H', '\u041a': 'K', '\u041c': 'M',
  '\u041e': 'O', '\u0420': 'P', '\u0422': 'T', '\u0425': 'X',
};
const LOOK_ALIKE = /[\u0430\u0435\u043e\u0440\u0441\u0445\u0456\u0410\u0412\u0421\u0415\u041d\u041a\u041c\u041e\u0420\u0422\u0425]/gu;

/** One article file of the corpus. */
export interface CorpusFile {
  /** File name inside the corpus folder. */
  readonly name: string;
  /** Lower-case extension with its dot. */
  readonly extension: string;
  /** The file as written. */
  readonly raw: string;
  /** The text a human reader would see: JSON strings unescaped, CDATA opened, entities decoded. */
  readonly readable: string;
  /** How many articles the file holds (records, items or entries). */
  readonly records: number;
  /** The sidecar metadata, when a `<file>.meta.json` sits beside it. */
  readonly sidecar: Readonly<Record<string, unknown>> | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (isRecord(value)) return Object.values(value).flatMap(jsonStrings);
  return [];
}

function readable(extension: string, raw: string): string {
  if (extension === '.json') return jsonStrings(JSON.parse(raw)).join('\n\n');
  if (extension === '.jsonl') return raw.split('\n').filter((line) => line.trim() !== '').map((line) => jsonStrings(JSON.parse(line)).join('\n\n')).join('\n\n');
  const opened = raw.replace(CDATA, (_match, inner: string) => inner);
  return opened.replace(HTML_ENTITY, (entity) => ENTITY_TEXT[entity] ?? entity);
}

function recordCount(extension: string, raw: string): number {
  if (extension === '.jsonl') return raw.split('\n').filter((line) => line.trim() !== '').length;
  if (extension === '.json') {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.length : 1;
  }
  if (extension === '.rss') return raw.match(RSS_ITEM)?.length ?? 0;
  if (extension === '.atom') return raw.match(ATOM_ENTRY)?.length ?? 0;
  return 1;
}

function readSidecar(path: string): Record<string, unknown> | null {
  if (!existsSync(path + SIDECAR_SUFFIX)) return null;
  const parsed: unknown = JSON.parse(readFileSync(path + SIDECAR_SUFFIX, 'utf8'));
  if (!isRecord(parsed)) throw new Error(`${path}${SIDECAR_SUFFIX} is not a JSON object`);
  return parsed;
}

/** Every article file of the corpus, sorted by name. */
export function readCorpus(): CorpusFile[] {
  return readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith(SIDECAR_SUFFIX) && !NOT_ARTICLES.has(entry.name))
    .filter((entry) => ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase()))
    .map((entry) => {
      const path = join(CORPUS_DIR, entry.name);
      const extension = extname(entry.name).toLowerCase();
      const raw = readFileSync(path, 'utf8');
      return { name: entry.name, extension, raw, readable: readable(extension, raw), records: recordCount(extension, raw), sidecar: readSidecar(path) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Fold a string the way the reference scorer does: NFKD, no marks, straight quotes, one space, lower case. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARK, '')
    .replace(CURLY_SINGLE, "'")
    .replace(CURLY_DOUBLE, '"')
    .replace(SPACE_RUN, ' ')
    .trim()
    .toLowerCase();
}

/** Replace the Cyrillic look-alike letters the homoglyph tool uses with the Latin letters they imitate. */
export function foldLookAlikes(text: string): string {
  return text.replace(LOOK_ALIKE, (letter) => LOOK_ALIKE_TO_LATIN[letter] ?? letter);
}
