/**
 * Read one input file as text, or say exactly why not: missing, empty, too large, binary,
 * not UTF-8. Nothing here throws anything but a {@link SitrepError}.
 */
import { readFile, stat } from 'node:fs/promises';
import { createError } from '../pipeline/errors.js';

/** Default size limit for one input file: 20 MiB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Share of control characters above which a file counts as binary. */
const BINARY_CONTROL_SHARE = 0.02;
const SAMPLE_BYTES = 8192;

/** Whether bytes look like a binary file: a NUL byte, or many control characters, in the first 8 KiB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control += 1;
  }
  return sample.length > 0 && control / sample.length > BINARY_CONTROL_SHARE;
}

/** Decode bytes as UTF-8 text (BOM dropped), checking emptiness, binary content and encoding. */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw createError('FILE_EMPTY', { file });
  if (looksBinary(bytes)) throw createError('BINARY_FILE', { file });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (error) {
    throw createError('INVALID_UTF8', { file, cause: error });
  }
  if (text.trim().length === 0) throw createError('FILE_EMPTY', { file, detail: 'the file holds only white space' });
  return text;
}

/** Read a file as UTF-8 text within a size limit. */
export async function readTextFile(file: string, maxBytes: number = DEFAULT_MAX_BYTES): Promise<string> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw createError('FILE_UNREADABLE', { file, detail: 'not a regular file' });
    size = info.size;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') throw createError('FILE_NOT_FOUND', { file });
    throw error instanceof Error && error.name === 'SitrepError' ? error : createError('FILE_UNREADABLE', { file, cause: error });
  }
  if (size > maxBytes) {
    const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
    throw createError('FILE_TOO_LARGE', {
      file,
      detail: `the file is ${megabytes(size)} MiB, over the ${megabytes(maxBytes)} MiB limit (raise it with --max-size)`,
    });
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw createError('FILE_UNREADABLE', { file, cause: error });
  }
  return decodeText(bytes, file);
}
