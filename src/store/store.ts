/**
 * The Store interface: what every backend (SQLite now, Postgres later) implements. Writes are
 * idempotent per document and atomic: a document is stored whole or not at all.
 */
import type { NewsDoc } from '../model/news-doc.js';
import type { SentenceSource } from '../resolve/doc-features.js';
import type { FindingsReader } from '../resolve/read-findings.js';
import type { ResolveIndex } from '../resolve/resolve-index.js';

/** A document's listing row. */
export interface DocumentSummary {
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly author: string | null;
  readonly published: string | null;
  readonly publishedBasis: string;
  readonly path: string | null;
  readonly url: string | null;
  readonly language: string;
  readonly ingestedAt: string;
}

/** Filters for {@link Store.listDocuments}; every field optional. */
export interface DocumentFilter {
  readonly outlet?: string;
  /** Earliest publication date, ISO prefix compare (optional). */
  readonly from?: string;
  /** Latest publication date (optional). */
  readonly to?: string;
  /** Only documents of this story (optional). */
  readonly story?: string;
  /** Only these documents (optional). */
  readonly ids?: readonly string[];
  /** Page size (default: 100). */
  readonly limit?: number;
  /** Rows to skip (default: 0). */
  readonly offset?: number;
}

/** A full-text search hit. */
export interface SearchHit {
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  /** A short excerpt with the matched words marked by [ and ]. */
  readonly snippet: string;
  /** Lower is better (FTS5 bm25). */
  readonly rank: number;
}

/** Result of {@link Store.putDocument}. */
export interface PutResult {
  /** False when a document with this id was already stored (nothing changed). */
  readonly inserted: boolean;
}

/** A document store backend. */
export interface Store {
  /** Backend name, e.g. 'sqlite'. */
  readonly backend: string;
  /** Store a document in one transaction; storing the same id again adds nothing. */
  putDocument(doc: NewsDoc): PutResult;
  hasDocument(id: string): boolean;
  /** The whole document, or undefined when no document has this id. */
  getDocument(id: string): NewsDoc | undefined;
  /**
   * A stored document's cleaned text and sentence layer only (what duplicate detection compares),
   * or undefined when no document has this id: cheaper than {@link getDocument}, which parses
   * every layer, the offsets and the metadata.
   */
  documentSentences(id: string): SentenceSource | undefined;
  /** Listing rows of the documents that pass the filter, in ingest order, one page (`limit`, `offset`). */
  listDocuments(filter?: DocumentFilter): DocumentSummary[];
  /** How many documents pass the filter (its `limit` and `offset` are ignored), or all documents. */
  countDocuments(filter?: DocumentFilter): number;
  /** Every stored document, in ingest order. */
  allDocuments(): Iterable<NewsDoc>;
  /** Full-text search over titles and cleaned text. */
  search(query: string, limit?: number): SearchHit[];
  /**
   * The corpus findings (entities, stories, duplicates, claims, conflicts, timeline, changes),
   * read from the resolve index kept in the store, one item at a time: resolving a document
   * updates them, and no reader holds all findings of a large store at once.
   */
  findings(): FindingsReader;
  /** The resolve index kept in this store (entity keys, signatures, claims...). */
  resolveIndex(): ResolveIndex;
  /** Stored documents resolve has not seen yet, in ingest order (loaded one at a time). */
  unresolvedDocuments(): Iterable<NewsDoc>;
  /** Replace a stored document's annotation layers (after resolve set entity ids on them). */
  updateLayers(doc: NewsDoc): void;
  close(): void;
}
