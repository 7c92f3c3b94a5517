/**
 * The corpus findings of an index built whole, as arrays: for `sitrep analyze` and other small
 * corpora. Built from the same streams the store reads (src/resolve/read-findings.ts), so a
 * built export and a streamed one are the same.
 */
import type { CorpusFindings } from '../export/analysis-export.js';
import type { ChangeRecord } from './compare-claims.js';
import { readFindings } from './read-findings.js';
import type { ResolveIndex } from './resolve-index.js';

/** Findings with what the contract leaves open: changes over time (stories carry `coverage`). */
export interface ResolvedFindings extends CorpusFindings {
  readonly changes: readonly ChangeRecord[];
}

/** The findings the index holds now, built whole. */
export function collectFindings(index: ResolveIndex): ResolvedFindings {
  const reader = readFindings(index);
  return {
    entities: [...reader.entities()],
    stories: [...reader.stories()],
    duplicates: [...reader.duplicates()],
    claims: [...reader.claims()],
    conflicts: [...reader.conflicts()],
    timeline: [...reader.timeline()],
    changes: [...reader.changes()],
  };
}
