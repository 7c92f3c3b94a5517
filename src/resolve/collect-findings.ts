/**
 * Read the corpus findings out of the index: entities, stories (with labels and a coverage table
 * per outlet), duplicates, claims (copies marked), conflicts (pairs from copies dropped, so a
 * repeated claim counts once), changes over time and the dated timeline.
 */
import type { CorpusFindings } from '../export/analysis-export.js';
import type { Story } from '../model/analysis.generated.js';
import { STORY_DOCUMENTS, STORY_KIND, storyLabel, type StoryRecord } from './assign-story.js';
import { TIMELINE_DOCUMENTS, TIMELINE_KIND, type TimelineRecord } from './build-timeline.js';
import { CHANGE_KIND, CONFLICT_KIND, type ChangeRecord, type ConflictRecord } from './compare-claims.js';
import { cameFirst, DOC_KIND, summariseDoc, type DocRecord, type DocSummary } from './doc-record.js';
import { ENTITY_KIND, toEntity, type EntityRecord } from './entity-record.js';
import { CLAIM_KIND, type ClaimRecord } from './extract-claims.js';
import { DUPLICATE_KIND, type DuplicatePair } from './find-duplicates.js';
import type { ResolveIndex } from './resolve-index.js';
import { storyCoverage } from './story-coverage.js';

/** Findings with what the contract leaves open: changes over time (stories carry `coverage`). */
export interface ResolvedFindings extends CorpusFindings {
  readonly changes: readonly ChangeRecord[];
}

/** A claim as exported: the record with `copyOf` when a copy repeats it. */
export type ExportedClaim = ClaimRecord & { readonly copyOf?: string };

function copyClaims(claims: readonly ClaimRecord[], duplicates: readonly DuplicatePair[]): Map<string, string> {
  const byDocument = new Map<string, ClaimRecord[]>();
  for (const claim of claims) byDocument.set(claim.document, [...(byDocument.get(claim.document) ?? []), claim]);
  const copies = new Map<string, string>();
  for (const pair of duplicates) {
    const later = pair.first === pair.a ? pair.b : pair.a;
    const original = byDocument.get(pair.first) ?? [];
    for (const claim of byDocument.get(later) ?? []) {
      const same = original.find((other) => other.value === claim.value && other.subjectKey.head === claim.subjectKey.head);
      if (same !== undefined && !copies.has(claim.id)) copies.set(claim.id, same.id);
    }
  }
  return copies;
}

/** The findings the index holds now. */
export function collectFindings(index: ResolveIndex): ResolvedFindings {
  const entityRecords = [...index.records<EntityRecord>(ENTITY_KIND)];
  const entities = entityRecords.map((record) => toEntity(record, index));
  const names = new Map(entities.map((entity) => [entity.id, entity.name]));
  const nameOf = (id: string): string | undefined => names.get(id);
  // Note: only the summary of each document is kept; the full records (signatures) of a large corpus would not fit.
  const docs = new Map<string, DocSummary>();
  for (const record of index.records<DocRecord>(DOC_KIND)) docs.set(record.id, summariseDoc(record));
  const duplicates = [...index.records<DuplicatePair>(DUPLICATE_KIND)];
  const pairKeys = new Set(duplicates.flatMap((pair) => [`${pair.a}|${pair.b}`, `${pair.b}|${pair.a}`]));
  const claimRecords = [...index.records<ClaimRecord>(CLAIM_KIND)];
  const copies = copyClaims(claimRecords, duplicates);
  const claims: ExportedClaim[] = claimRecords.map((claim) => {
    const original = copies.get(claim.id);
    return original === undefined ? claim : { ...claim, copyOf: original };
  });
  const independent = (ids: readonly string[], documents: readonly string[]): boolean =>
    !ids.some((id) => copies.has(id)) && !(documents.length === 2 && pairKeys.has(`${documents[0]}|${documents[1]}`));
  const conflicts = [...index.records<ConflictRecord>(CONFLICT_KIND)].filter((conflict) => independent(conflict.claims, conflict.documents));
  const changes = [...index.records<ChangeRecord>(CHANGE_KIND)].filter((change) => independent(change.claims, change.documents));
  const claimsByDocument = new Map<string, ExportedClaim[]>();
  for (const claim of claims) claimsByDocument.set(claim.document, [...(claimsByDocument.get(claim.document) ?? []), claim]);
  const stories: Story[] = [...index.records<StoryRecord>(STORY_KIND)].map((story) => {
    const documents = index.members(STORY_DOCUMENTS, story.id);
    const records = documents.map((id) => docs.get(id)).filter((record): record is DocSummary => record !== undefined);
    return { id: story.id, label: storyLabel(story, nameOf), documents, first: story.first, coverage: storyCoverage(records, claimsByDocument) };
  });
  const timeline = [...index.records<TimelineRecord>(TIMELINE_KIND)]
    .map((entry) => {
      const documents = index.members(TIMELINE_DOCUMENTS, entry.id);
      const first = documents.map((id) => docs.get(id)).reduce<DocSummary | undefined>((best, record) => (record !== undefined && (best === undefined || cameFirst(record, best)) ? record : best), undefined);
      const { id, date, granularity, text, eventType } = entry;
      return { id, date, granularity, text, documents, first: first?.id ?? entry.first, ...(eventType === null ? {} : { event: eventType }) };
    })
    .sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : (a.date ?? '') > (b.date ?? '') ? 1 : 0));
  return { entities, stories, duplicates, claims, conflicts, timeline, changes };
}
