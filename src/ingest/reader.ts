/**
 * The reader contract: one reader per input format turns decoded text into raw inputs with the
 * metadata the format itself carries. A reader of a multi-record format (JSONL, feeds) reports a
 * bad record as an error and goes on with the rest.
 */
import type { InputFormat, RawInput } from '../model/news-doc.js';
import type { SitrepError } from '../pipeline/errors.js';

/** What a reader is given. */
export interface ReaderInput {
  /** The decoded text of the file or response. */
  readonly text: string;
  /** Path as given by the user, null for stdin or a URL. */
  readonly path: string | null;
  /** URL it was fetched from, null otherwise. */
  readonly url: string | null;
  /** Label used in error messages: the path, the URL or `<stdin>`. */
  readonly label: string;
}

/** What a reader returns: the documents it found and the records it could not read. */
export interface ReadResult {
  readonly inputs: readonly RawInput[];
  readonly errors: readonly SitrepError[];
}

/** A format reader. */
export interface Reader {
  readonly format: InputFormat;
  read(input: ReaderInput): ReadResult;
}
