/**
 * Flags that every command reading sources shares, turned into ingest options.
 */
import type { IngestOptions } from '../../ingest/ingest.js';
import { createError } from '../../pipeline/errors.js';

/** The shared source flags, as commander parses them. */
export interface SourceFlags {
  allowUrls?: boolean;
  maxSize?: string;
}

/** Ingest options from flags; a bad number is a usage error. */
export function sourceOptions(flags: SourceFlags): IngestOptions {
  const megabytes = Number(flags.maxSize ?? '20');
  if (!Number.isFinite(megabytes) || megabytes <= 0) throw createError('USAGE', { detail: `--max-size must be a positive number of MiB, not "${flags.maxSize ?? ''}"` });
  return { allowUrls: flags.allowUrls === true, maxBytes: Math.round(megabytes * 1024 * 1024) };
}
