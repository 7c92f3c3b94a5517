/**
 * NewsDoc: the one object that travels through every stage. It carries the raw input, the cleaned
 * text with its offset map back to the raw input, metadata, annotation layers and diagnostics.
 */
import { createHash } from 'node:crypto';
import type { AnnotationLayers, StageName } from './annotations.js';
import { emptyLayers } from './annotations.js';
import { OffsetMap } from './offset-map.js';

/** Input formats sitrep reads. */
export const INPUT_FORMATS = ['text', 'markdown', 'html', 'json', 'jsonl', 'rss', 'atom'] as const;
/** An input format. */
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** How the publication date is known. */
export const DATE_BASES = ['metadata', 'text', 'inferred', 'unknown'] as const;
/** A date basis. */
export type DateBasis = (typeof DATE_BASES)[number];

/** The publication date at the precision known. */
export interface Published {
  /** ISO 8601 partial date (YYYY, YYYY-MM, YYYY-MM-DD or a date-time), null when unknown. */
  readonly value: string | null;
  readonly basis: DateBasis;
  /** For an inferred date: it is a lower bound (the article is no older than this). */
  readonly lowerBound?: boolean;
}

/** Document metadata; each field is null when unknown. */
export interface DocMeta {
  title: string | null;
  outlet: string | null;
  author: string | null;
  url: string | null;
  published: Published;
  /** ISO 639-3 language code from detection ('und' when undetermined). */
  language: string;
  /** Where each metadata field came from, e.g. `{ author: 'html/meta' }`. */
  basis: Record<string, string>;
}

/** Where the document came from. */
export interface DocSource {
  /** The input path as given (relative paths kept relative), or null for stdin / URL. */
  readonly path: string | null;
  readonly url: string | null;
  readonly format: InputFormat;
  /** For a file holding several records (JSONL, feeds), the record's index (optional). */
  readonly record?: number;
}

/** A piece of the raw input cleaning took out, with why. */
export interface Removal {
  /** The removed text as it was at the time (raw characters). */
  readonly text: string;
  /** Human-readable reason, e.g. 'photo credit'. */
  readonly reason: string;
  /** The rule that removed it, e.g. `clean/photo-credit`. */
  readonly rule: string;
  /** Raw-input span of the removed text. */
  readonly rawStart: number;
  readonly rawEnd: number;
}

/** A word repaired because it mixed look-alike letters of another script. */
export interface HomoglyphRepair {
  readonly before: string;
  readonly after: string;
  readonly rawStart: number;
  readonly rawEnd: number;
  /** Scripts the look-alike letters came from. */
  readonly scripts: readonly string[];
}

/** What cleaning did to a document. */
export interface CleaningRecord {
  removed: Removal[];
  homoglyphs: HomoglyphRepair[];
}

/** Diagnostic severities. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
/** A severity. */
export type Severity = (typeof SEVERITIES)[number];

/** A message attached to a document (like vfile-message): data, not console output. */
export interface Diagnostic {
  readonly severity: Severity;
  /** Error or rule code. */
  readonly code: string;
  readonly message: string;
  readonly stage: StageName;
  /** Cleaned-text span the message is about (optional). */
  readonly start?: number;
  readonly end?: number;
}

/** The document. */
export interface NewsDoc {
  /** Stable id: a hash of the outlet and the cleaned text (see {@link documentId}). */
  id: string;
  readonly source: DocSource;
  /** The raw input text (for HTML, the text extracted from the page). */
  readonly raw: string;
  /** The cleaned text every annotation points into. */
  text: string;
  /** Map from cleaned positions to raw positions. */
  offsets: OffsetMap;
  meta: DocMeta;
  cleaning: CleaningRecord;
  layers: AnnotationLayers;
  diagnostics: Diagnostic[];
  /** Free data stages may share (not exported). */
  data: Record<string, unknown>;
}

/** Metadata hints an ingest reader found in the input format itself. */
export interface MetaHints {
  readonly title?: string | null;
  readonly outlet?: string | null;
  readonly author?: string | null;
  readonly url?: string | null;
  /** A date as found (any parseable form); normalised later. */
  readonly published?: string | null;
}

/** What an ingest reader produces: raw text plus metadata from the format. */
export interface RawInput {
  readonly source: DocSource;
  readonly raw: string;
  readonly hints: MetaHints;
  /** Where the hints came from, e.g. 'front-matter', 'html/meta', 'sidecar'. */
  readonly hintBasis: string;
  /** Messages the reader has about this input, e.g. what HTML extraction left out (optional). */
  readonly diagnostics?: readonly Diagnostic[];
}

/** Make a fresh document from a raw input; the text starts as the raw input. */
export function createDoc(input: RawInput): NewsDoc {
  const basis: Record<string, string> = {};
  for (const key of Object.keys(input.hints)) basis[key] = input.hintBasis;
  return {
    id: '',
    source: input.source,
    raw: input.raw,
    text: input.raw,
    offsets: new OffsetMap(),
    meta: {
      title: input.hints.title ?? null,
      outlet: input.hints.outlet ?? null,
      author: input.hints.author ?? null,
      url: input.hints.url ?? input.source.url ?? null,
      published: { value: null, basis: 'unknown' },
      language: 'und',
      basis,
    },
    cleaning: { removed: [], homoglyphs: [] },
    layers: emptyLayers(),
    diagnostics: [...(input.diagnostics ?? [])],
    data: input.hints.published ? { publishedHint: input.hints.published } : {},
  };
}

const WHITESPACE = /\s+/gu;

/**
 * The stable document id: the same cleaned content from the same outlet gives the same id,
 * whatever the file is called. Note: the outlet is part of the key so that one story syndicated
 * by two outlets stays two documents (reported as an exact duplicate pair) instead of collapsing.
 */
export function documentId(text: string, outlet: string | null): string {
  const normalised = text.normalize('NFC').replace(WHITESPACE, ' ').trim();
  const hash = createHash('sha256').update(`${(outlet ?? '').toLowerCase()}\n${normalised}`).digest('hex');
  return `doc_${hash.slice(0, 16)}`;
}
