/**
 * JSON and JSONL records: a JSON file holds one object, an array of objects, or an object whose
 * `articles` (or `items`, `documents`, `records`) array holds them; a JSONL file holds one object
 * per line. A bad record or line is reported with its place (`data.jsonl:3`) and the rest is read.
 */
import type { RawInput } from '../../model/news-doc.js';
import { createError, type SitrepError } from '../../pipeline/errors.js';
import type { Reader, ReaderInput, ReadResult } from '../reader.js';
import { recordToInput } from './record-input.js';

/** Keys of a wrapper object whose array holds the records. */
const WRAPPER_KEYS = ['articles', 'items', 'documents', 'records'] as const;
const LINE_BREAK = /\r?\n/u;

function unwrap(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  for (const key of WRAPPER_KEYS) {
    const inner: unknown = (value as Record<string, unknown>)[key];
    if (Array.isArray(inner)) return inner;
  }
  return value;
}

/** The JSON reader: one object, or an array of objects. */
export const jsonReader: Reader = {
  format: 'json',
  read(input: ReaderInput): ReadResult {
    let parsed: unknown;
    try {
      parsed = JSON.parse(input.text);
    } catch (error) {
      return { inputs: [], errors: [createError('MALFORMED_RECORD', { file: input.label, detail: `the file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, cause: error })] };
    }
    const value = unwrap(parsed);
    if (!Array.isArray(value)) {
      const outcome = recordToInput(value, { path: input.path, url: input.url, format: 'json', record: undefined, label: input.label });
      return outcome.ok ? { inputs: [outcome.input], errors: [] } : { inputs: [], errors: [outcome.error] };
    }
    if (value.length === 0) return { inputs: [], errors: [createError('NO_ARTICLE', { file: input.label, detail: 'the JSON array holds no records' })] };
    const inputs: RawInput[] = [];
    const errors: SitrepError[] = [];
    value.forEach((item: unknown, index) => {
      const outcome = recordToInput(item, { path: input.path, url: input.url, format: 'json', record: index, label: `${input.label}#${index + 1}` });
      if (outcome.ok) inputs.push(outcome.input);
      else errors.push(outcome.error);
    });
    return { inputs, errors };
  },
};

/** The JSONL reader: one object per line; blank lines are skipped; line numbers start at 1. */
export const jsonlReader: Reader = {
  format: 'jsonl',
  read(input: ReaderInput): ReadResult {
    const inputs: RawInput[] = [];
    const errors: SitrepError[] = [];
    input.text.split(LINE_BREAK).forEach((line, index) => {
      if (line.trim().length === 0) return;
      const label = `${input.label}:${index + 1}`;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch (error) {
        errors.push(createError('MALFORMED_RECORD', { file: label, detail: `the line is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, cause: error }));
        return;
      }
      const outcome = recordToInput(parsed, { path: input.path, url: input.url, format: 'jsonl', record: index, label });
      if (outcome.ok) inputs.push(outcome.input);
      else errors.push(outcome.error);
    });
    if (inputs.length === 0 && errors.length === 0) errors.push(createError('NO_ARTICLE', { file: input.label, detail: 'the JSONL file holds no records' }));
    return { inputs, errors };
  },
};
