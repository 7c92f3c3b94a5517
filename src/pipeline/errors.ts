/**
 * The one catalogue of error codes. Every failure sitrep reports to a user comes from here,
 * with the file it concerns and a reason a person can act on.
 */

/** Every error code sitrep can raise, with its default message. */
export const ERROR_CODES = {
  FILE_NOT_FOUND: 'no such file or folder',
  FILE_UNREADABLE: 'the file could not be read',
  FILE_EMPTY: 'the file is empty',
  FILE_TOO_LARGE: 'the file is larger than the size limit',
  BINARY_FILE: 'the file is binary, not text',
  INVALID_UTF8: 'the file is not valid UTF-8 text',
  UNSUPPORTED_FORMAT: 'the format of the input is not supported',
  NO_ARTICLE: 'no article text was found in the input',
  MALFORMED_RECORD: 'a record could not be parsed',
  MALFORMED_FEED: 'the feed could not be parsed',
  MALFORMED_METADATA: 'the metadata could not be parsed',
  URL_NOT_ALLOWED: 'fetching URLs is switched off (pass --allow-urls)',
  URL_FORBIDDEN_HOST: 'the URL points at a private, loopback or link-local address',
  URL_FETCH_FAILED: 'the URL could not be fetched',
  UNKNOWN_STAGE: 'no stage has that name',
  DOCUMENT_NOT_FOUND: 'no document has that id',
  STORE_FAILED: 'the store could not complete the operation',
  SCHEMA_INVALID: 'the export does not validate against the contract',
  USAGE: 'the command was used wrongly',
  MODEL_INVALID: 'a shipped model file is missing or does not match this version',
} as const;

/** A code from {@link ERROR_CODES}. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** Options for {@link SitrepError}. */
export interface SitrepErrorOptions {
  /** The file, URL or record the error concerns (optional). */
  readonly file?: string;
  /** Detail that replaces the default message (optional). */
  readonly detail?: string;
  /** The error that caused this one (optional). */
  readonly cause?: unknown;
}

/** An error with a catalogue code, the file it concerns and a readable reason. */
export class SitrepError extends Error {
  readonly code: ErrorCode;
  readonly file: string | undefined;

  constructor(code: ErrorCode, options: SitrepErrorOptions = {}) {
    const reason = options.detail ?? ERROR_CODES[code];
    super(options.file === undefined ? reason : `${options.file}: ${reason}`, { cause: options.cause });
    this.name = 'SitrepError';
    this.code = code;
    this.file = options.file;
  }

  /** The reason without the file prefix. */
  get reason(): string {
    return this.file === undefined ? this.message : this.message.slice(this.file.length + 2);
  }
}

/** Build a {@link SitrepError}; the catalogue's factory. */
export function createError(code: ErrorCode, options: SitrepErrorOptions = {}): SitrepError {
  return new SitrepError(code, options);
}

/** Whether a value is a {@link SitrepError}. */
export function isSitrepError(value: unknown): value is SitrepError {
  return value instanceof SitrepError;
}
