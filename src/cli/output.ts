/**
 * How commands talk to the user: data on stdout, messages and errors on stderr, one format for
 * errors (`error: <file>: <reason> [CODE]`), and the exit codes every command shares.
 */
import type { SitrepError } from '../pipeline/errors.js';

/** Exit codes: 0 all good, 1 some documents failed, 2 usage error. */
export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

/** Print one error line. */
export function printError(error: SitrepError, stream: NodeJS.WritableStream = process.stderr): void {
  stream.write(`error: ${error.message} [${error.code}]\n`);
}

/** Write a line to stdout. */
export function printLine(line: string): void {
  process.stdout.write(`${line}\n`);
}
