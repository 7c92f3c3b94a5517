/**
 * Ingest: turn paths (files and folders, recursively), stdin and, only when allowed, URLs into raw
 * inputs. Every failure becomes an error naming the file and the reason, and the rest goes on.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { RawInput } from '../model/news-doc.js';
import { createError, isSitrepError, type SitrepError } from '../pipeline/errors.js';
import { DEFAULT_MAX_BYTES, decodeText, readTextFile } from './read-file.js';
import type { ReaderInput } from './reader.js';
import { READERS } from './readers/index.js';
import { hintsFromRecord } from './readers/record-fields.js';
import { KNOWN_EXTENSIONS, sniffFormat } from './sniff.js';
import { fetchUrl, isUrl } from './url.js';

/** Suffix of a sidecar metadata file: `article.txt.meta.json` beside `article.txt`. */
export const SIDECAR_SUFFIX = '.meta.json';

/** Options for {@link ingestSources}. */
export interface IngestOptions {
  /** Fetch http(s) URLs given as sources (default: false). */
  readonly allowUrls?: boolean;
  /** Size limit per file in bytes (default: {@link DEFAULT_MAX_BYTES}). */
  readonly maxBytes?: number;
  /** Time-out for one URL in milliseconds (default: 15000). */
  readonly urlTimeoutMs?: number;
}

/** One outcome of ingest: a raw input, or an error about one file or record. */
export type IngestItem = { readonly kind: 'input'; readonly input: RawInput } | { readonly kind: 'error'; readonly error: SitrepError };

/** Read one decoded text with the reader its format calls for. */
export function readDecoded(input: ReaderInput): IngestItem[] {
  const format = sniffFormat(input.text, input.path ?? input.url ?? undefined);
  const reader = READERS[format];
  if (reader === undefined) return [{ kind: 'error', error: createError('UNSUPPORTED_FORMAT', { file: input.label, detail: `no reader for ${format} yet` }) }];
  const result = reader.read(input);
  return [
    ...result.inputs.map((raw): IngestItem => ({ kind: 'input', input: raw })),
    ...result.errors.map((error): IngestItem => ({ kind: 'error', error })),
  ];
}

async function readSidecar(path: string): Promise<Record<string, unknown> | null> {
  let text: string;
  try {
    text = await readFile(path + SIDECAR_SUFFIX, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a JSON object');
    return parsed as Record<string, unknown>;
  } catch (error) {
    throw createError('MALFORMED_METADATA', { file: path + SIDECAR_SUFFIX, detail: `the sidecar is not a JSON object: ${String(error)}` });
  }
}

/** Ingest one file: read it, apply its reader and its sidecar metadata. */
export async function ingestFile(path: string, options: IngestOptions = {}): Promise<IngestItem[]> {
  try {
    const text = await readTextFile(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
    const items = readDecoded({ text, path, url: null, label: path });
    const sidecar = await readSidecar(path);
    if (sidecar === null) return items;
    const hints = hintsFromRecord(sidecar);
    return items.map((item) =>
      item.kind === 'input' ? { kind: 'input', input: { ...item.input, hints: { ...item.input.hints, ...hints }, hintBasis: 'sidecar' } } : item,
    );
  } catch (error) {
    return [{ kind: 'error', error: isSitrepError(error) ? error : createError('FILE_UNREADABLE', { file: path, cause: error }) }];
  }
}

/** Every readable file under a folder, sorted, skipping hidden files and sidecars. */
async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile() && !entry.name.endsWith(SIDECAR_SUFFIX) && KNOWN_EXTENSIONS.has(extname(entry.name).toLowerCase()) && !isGoldFile(entry.name)) files.push(path);
  }
  return files;
}

/** Gold files, package files and READMEs sit beside corpora; they are not articles. */
function isGoldFile(name: string): boolean {
  const lower = basename(name).toLowerCase();
  return lower === 'gold.json' || lower.endsWith('.gold.json') || lower === 'package.json' || lower.startsWith('readme.');
}

/**
 * Ingest every source in turn: `-` is stdin, URLs need `allowUrls`, folders are walked. Standard
 * input may be given as bytes (then checked like a file: empty, binary, UTF-8) or as text (optional).
 */
export async function* ingestSources(sources: readonly string[], options: IngestOptions = {}, stdin?: () => Promise<string | Uint8Array>): AsyncGenerator<IngestItem> {
  for (const source of sources) {
    if (source === '-') {
      const given = stdin === undefined ? '' : await stdin();
      try {
        const bytes = typeof given === 'string' ? new TextEncoder().encode(given) : given;
        if (bytes.length > (options.maxBytes ?? DEFAULT_MAX_BYTES)) throw createError('FILE_TOO_LARGE', { file: '<stdin>' });
        yield* readDecoded({ text: decodeText(bytes, '<stdin>'), path: null, url: null, label: '<stdin>' });
      } catch (error) {
        yield { kind: 'error', error: isSitrepError(error) ? error : createError('FILE_UNREADABLE', { file: '<stdin>', cause: error }) };
      }
      continue;
    }
    if (isUrl(source)) {
      if (options.allowUrls !== true) {
        yield { kind: 'error', error: createError('URL_NOT_ALLOWED', { file: source }) };
        continue;
      }
      try {
        const text = await fetchUrl(source, { timeoutMs: options.urlTimeoutMs ?? 15_000, maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES });
        yield* readDecoded({ text, path: null, url: source, label: source });
      } catch (error) {
        yield { kind: 'error', error: isSitrepError(error) ? error : createError('URL_FETCH_FAILED', { file: source, cause: error }) };
      }
      continue;
    }
    let isFolder = false;
    try {
      isFolder = (await stat(source)).isDirectory();
    } catch {
      yield { kind: 'error', error: createError('FILE_NOT_FOUND', { file: source }) };
      continue;
    }
    const files = isFolder ? await walk(source) : [source];
    for (const file of files) yield* await ingestFile(file, options);
  }
}
