/**
 * One JSON record (from a JSON file, a JSONL line) turned into a raw input: the body from the
 * first text field, HTML in it extracted to text, the metadata from the other fields.
 */
import type { InputFormat, RawInput } from '../../model/news-doc.js';
import { createError, isSitrepError, type SitrepError } from '../../pipeline/errors.js';
import { textFromHtmlField } from '../html/html-field-text.js';
import { droppedCaptionNotes } from './html-reader.js';
import { hintsFromRecord, TEXT_FIELDS } from './record-fields.js';

/** Where a record sits, for its source and its error messages. */
export interface RecordPlace {
  readonly path: string | null;
  readonly url: string | null;
  readonly format: InputFormat;
  /** Zero-based record index, or undefined for a file that is one record. */
  readonly record: number | undefined;
  /** Label naming the record in messages, e.g. `data.jsonl:3`. */
  readonly label: string;
}

/** A raw input, or an error naming the record. */
export type RecordOutcome = { readonly ok: true; readonly input: RawInput } | { readonly ok: false; readonly error: SitrepError };

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Read one parsed JSON value as an article record. */
export function recordToInput(value: unknown, place: RecordPlace): RecordOutcome {
  if (!isRecord(value)) return { ok: false, error: createError('MALFORMED_RECORD', { file: place.label, detail: `the record is ${Array.isArray(value) ? 'an array' : typeof value}, not a JSON object` }) };
  const field = TEXT_FIELDS.find((name) => typeof value[name] === 'string' && value[name].trim().length > 0);
  if (field === undefined) {
    return { ok: false, error: createError('MALFORMED_RECORD', { file: place.label, detail: `the record has no text field (one of: ${TEXT_FIELDS.join(', ')})` }) };
  }
  let body;
  try {
    body = textFromHtmlField(String(value[field]));
  } catch (error) {
    const reason = isSitrepError(error) ? error.reason : String(error);
    return { ok: false, error: createError('NO_ARTICLE', { file: place.label, detail: reason, cause: error }) };
  }
  if (body.text.trim().length === 0) return { ok: false, error: createError('NO_ARTICLE', { file: place.label, detail: `the record's ${field} field holds no text` }) };
  const source = place.record === undefined ? { path: place.path, url: place.url, format: place.format } : { path: place.path, url: place.url, format: place.format, record: place.record };
  return {
    ok: true,
    input: { source, raw: body.text, hints: hintsFromRecord(value), hintBasis: place.format, diagnostics: droppedCaptionNotes(body.droppedCaptions) },
  };
}
