/**
 * Helpers for the ingest tests: the fixture folder, and collecting what ingest yields.
 */
import { fileURLToPath } from 'node:url';
import { ingestSources, type IngestItem, type IngestOptions } from '../../src/ingest/ingest.js';
import type { RawInput } from '../../src/model/news-doc.js';
import type { SitrepError } from '../../src/pipeline/errors.js';

/** The folder of ingest fixtures. */
export const FIXTURES = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));

/** A fixture's path. */
export function fixture(name: string): string {
  return FIXTURES + name;
}

/** What ingest yielded, split into inputs and errors. */
export interface Collected {
  readonly inputs: RawInput[];
  readonly errors: SitrepError[];
}

/** Run ingest over sources and collect every item. */
export async function collect(sources: readonly string[], options: IngestOptions = {}, stdin?: () => Promise<string | Uint8Array>): Promise<Collected> {
  const items: IngestItem[] = [];
  for await (const item of ingestSources(sources, options, stdin)) items.push(item);
  return {
    inputs: items.flatMap((item) => (item.kind === 'input' ? [item.input] : [])),
    errors: items.flatMap((item) => (item.kind === 'error' ? [item.error] : [])),
  };
}
