/**
 * The corpus findings, read out of the resolve index one item at a time: entities, stories (with
 * labels and a coverage table per outlet), duplicates, claims (copies marked), conflicts and
 * changes (those with a copied claim left out, so a repeated claim counts once) and the dated
 * timeline. Each kind is a stream in the order the export lists it; no reader holds more than the
 * item it builds (and, for the timeline, the entries of one date), so a store of any size can be
 * exported, reported and served. `collectFindings` builds the same streams into arrays for
 * `sitrep analyze`.
 */
import type { Entity, Story, TimelineEntry } from '../model/analysis.generated.js';
import { STORY_DOCUMENTS, STORY_KIND, storyLabel, type StoryRecord } from './assign-story.js';
import { DOCUMENT_TIMELINE, TIMELINE_DATE_INDEX, TIMELINE_DOCUMENTS, TIMELINE_KIND, type TimelineRecord } from './build-timeline.js';
import { CHANGE_KIND, CLAIM_CHANGES, CLAIM_CONFLICTS, CLAIMANT_CLAIMS, CONFLICT_KIND, type ChangeRecord, type ConflictRecord } from './compare-claims.js';
import { DOC_KIND, summariseDoc, type DocRecord, type DocSummary } from './doc-record.js';
import { ENTITY_DOCUMENTS, ENTITY_KIND, entityDisplayName, toEntity, type EntityRecord } from './entity-record.js';
import { CLAIM_KIND, type ClaimRecord } from './extract-claims.js';
import { DOCUMENT_DUPLICATES, DUPLICATE_KIND, type DuplicatePair } from './find-duplicates.js';
import type { ResolveIndex } from './resolve-index.js';
import { storyCoverage } from './story-coverage.js';

/** The finding kinds, in the order of the export. */
export const FINDING_KINDS = ['entities', 'stories', 'duplicates', 'claims', 'conflicts', 'timeline', 'changes'] as const;
/** A finding kind. */
export type FindingKind = (typeof FINDING_KINDS)[number];

/** A claim as exported: the record, with `copyOf` when a copy repeats an earlier claim. */
export type ExportedClaim = ClaimRecord;

/** A timeline entry as exported. */
export type ExportedTimelineEntry = TimelineEntry & { readonly id: string; readonly first: string };

/** An entity without its document list, for lists that filter and rank many entities. */
export interface EntitySummary {
  readonly id: string;
  readonly name: string;
  readonly type: Entity['type'];
  readonly aliases: readonly string[];
  /** How many documents mention it. */
  readonly documentCount: number;
}

/**
 * The findings of an index: each kind a stream in export order, plus the lookups a page of
 * them needs (one story, one entity, the claims of some documents...), each an indexed read.
 */
export interface FindingsReader {
  /** Entities in stored order, each with its documents. */
  entities(): Iterable<Entity>;
  /** Entities without their document lists, in stored order. */
  entitySummaries(): Iterable<EntitySummary>;
  /** Stories in stored order, from position `offset` (optional, default 0). */
  stories(offset?: number): Iterable<Story>;
  /** Duplicate pairs in the order found. */
  duplicates(): Iterable<DuplicatePair>;
  /** Claims in stored order, from position `offset` (optional, default 0). */
  claims(offset?: number): Iterable<ExportedClaim>;
  /** Agreements and contradictions between independent claims (none of them a copy). */
  conflicts(): Iterable<ConflictRecord>;
  /** Changes over time between independent claims. */
  changes(): Iterable<ChangeRecord>;
  /** Dated entries, by date (entries of one date in the order they were made). */
  timeline(): Iterable<ExportedTimelineEntry>;
  /** How many records of a kind are stored (conflicts and changes: before copies are left out). */
  count(kind: FindingKind): number;
  /** One entity with its documents. */
  entity(id: string): Entity | undefined;
  /** The display name of an entity. */
  entityName(id: string): string | undefined;
  /** One story with its label, documents and coverage. */
  story(id: string): Story | undefined;
  /** The id of the story a document is in. */
  storyOfDocument(documentId: string): string | undefined;
  /** One claim. */
  claim(id: string): ExportedClaim | undefined;
  /** The claims of some documents, document by document in their order. */
  claimsOfDocuments(documentIds: readonly string[]): ExportedClaim[];
  /** The claims an entity is the claimant of. */
  claimsOfClaimant(entityId: string): ExportedClaim[];
  /** The conflicts (of independent claims) any of these claims is in, each once. */
  conflictsOfClaims(claimIds: readonly string[]): ConflictRecord[];
  /** The changes over time (of independent claims) any of these claims is in, each once. */
  changesOfClaims(claimIds: readonly string[]): ChangeRecord[];
  /** The timeline entries any of these documents reports, by date. */
  timelineOfDocuments(documentIds: readonly string[]): ExportedTimelineEntry[];
  /** The duplicate pairs any of these documents is in, each once. */
  duplicatesOfDocuments(documentIds: readonly string[]): DuplicatePair[];
}

const KIND_OF: Readonly<Record<FindingKind, string>> = {
  entities: ENTITY_KIND,
  stories: STORY_KIND,
  duplicates: DUPLICATE_KIND,
  claims: CLAIM_KIND,
  conflicts: CONFLICT_KIND,
  timeline: TIMELINE_KIND,
  changes: CHANGE_KIND,
};

function byDate(a: TimelineRecord, b: TimelineRecord): number {
  const left = a.date ?? '';
  const right = b.date ?? '';
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The name of an entity id, from its record. */
function nameIn(index: ResolveIndex): (id: string) => string | undefined {
  return (id) => {
    const record = index.getRecord<EntityRecord>(ENTITY_KIND, id);
    return record === undefined ? undefined : entityDisplayName(record);
  };
}

/** The export form of a story record: documents, label and coverage, read from the index. */
export function storyOf(index: ResolveIndex, story: StoryRecord): Story {
  const documents = index.members(STORY_DOCUMENTS, story.id);
  const records: DocSummary[] = [];
  const claimsByDocument = new Map<string, ClaimRecord[]>();
  for (const id of documents) {
    const record = index.getRecord<DocRecord>(DOC_KIND, id);
    if (record === undefined) continue;
    records.push(summariseDoc(record));
    const claims: ClaimRecord[] = [];
    for (const claimId of record.claims) {
      const claim = index.getRecord<ClaimRecord>(CLAIM_KIND, claimId);
      if (claim !== undefined) claims.push(claim);
    }
    claimsByDocument.set(id, claims);
  }
  return { id: story.id, label: storyLabel(story, nameIn(index)), documents, first: story.first, coverage: storyCoverage(records, claimsByDocument) };
}

/** The export form of a timeline record. */
export function timelineEntryOf(index: ResolveIndex, entry: TimelineRecord): ExportedTimelineEntry {
  const { id, date, granularity, text, first, eventType } = entry;
  return { id, date, granularity, text, documents: index.members(TIMELINE_DOCUMENTS, id), first, ...(eventType === null ? {} : { event: eventType }) };
}

/** Whether none of the claims a conflict or change compares is a copy (a repeated claim counts once). */
export function independentClaims(index: ResolveIndex, claims: readonly string[]): boolean {
  return claims.every((id) => index.getRecord<ClaimRecord>(CLAIM_KIND, id)?.copyOf === undefined);
}

/** The records filed under some keys of a member kind, each once, in the order met. */
function recordsVia<T>(index: ResolveIndex, list: string, kind: string, keys: readonly string[]): T[] {
  const seen = new Set<string>();
  const found: T[] = [];
  for (const key of keys) {
    for (const id of index.members(list, key)) {
      if (seen.has(id)) continue;
      seen.add(id);
      const record = index.getRecord<T>(kind, id);
      if (record !== undefined) found.push(record);
    }
  }
  return found;
}

/** Read the findings of an index as streams, with lookups. */
export function readFindings(index: ResolveIndex): FindingsReader {
  const claimsOf = (ids: readonly string[]): ExportedClaim[] =>
    ids.flatMap((id) => index.getRecord<DocRecord>(DOC_KIND, id)?.claims ?? []).flatMap((id) => index.getRecord<ExportedClaim>(CLAIM_KIND, id) ?? []);
  return {
    *entities() {
      for (const record of index.records<EntityRecord>(ENTITY_KIND)) yield toEntity(record, index);
    },
    *entitySummaries() {
      for (const record of index.records<EntityRecord>(ENTITY_KIND)) {
        const { name, type, aliases } = toEntity(record, index, false);
        yield { id: record.id, name, type, aliases, documentCount: index.memberCount(ENTITY_DOCUMENTS, record.id) };
      }
    },
    *stories(offset = 0) {
      for (const story of index.records<StoryRecord>(STORY_KIND, offset)) yield storyOf(index, story);
    },
    duplicates: () => index.records<DuplicatePair>(DUPLICATE_KIND),
    claims: (offset = 0) => index.records<ExportedClaim>(CLAIM_KIND, offset),
    *conflicts() {
      for (const conflict of index.records<ConflictRecord>(CONFLICT_KIND)) if (independentClaims(index, conflict.claims)) yield conflict;
    },
    *changes() {
      for (const change of index.records<ChangeRecord>(CHANGE_KIND)) if (independentClaims(index, change.claims)) yield change;
    },
    *timeline() {
      // Note: an entry is filed under the first ten characters of its date, and for any two dates
      // the order of those prefixes agrees with the order of the dates, so reading the date keys in
      // order and sorting each key's entries gives the whole timeline in date order.
      for (const key of index.keys(TIMELINE_DATE_INDEX)) {
        const entries: TimelineRecord[] = [];
        for (const id of index.members(TIMELINE_DATE_INDEX, key)) {
          const entry = index.getRecord<TimelineRecord>(TIMELINE_KIND, id);
          if (entry !== undefined) entries.push(entry);
        }
        for (const entry of entries.sort(byDate)) yield timelineEntryOf(index, entry);
      }
    },
    count: (kind) => index.recordCount(KIND_OF[kind]),
    entity(id) {
      const record = index.getRecord<EntityRecord>(ENTITY_KIND, id);
      return record === undefined ? undefined : toEntity(record, index);
    },
    entityName: (id) => nameIn(index)(id),
    story(id) {
      const record = index.getRecord<StoryRecord>(STORY_KIND, id);
      return record === undefined ? undefined : storyOf(index, record);
    },
    storyOfDocument: (documentId) => index.getRecord<DocRecord>(DOC_KIND, documentId)?.story,
    claim: (id) => index.getRecord<ExportedClaim>(CLAIM_KIND, id),
    claimsOfDocuments: claimsOf,
    claimsOfClaimant: (entityId) => index.members(CLAIMANT_CLAIMS, entityId).flatMap((id) => index.getRecord<ExportedClaim>(CLAIM_KIND, id) ?? []),
    conflictsOfClaims: (claimIds) => recordsVia<ConflictRecord>(index, CLAIM_CONFLICTS, CONFLICT_KIND, claimIds).filter((conflict) => independentClaims(index, conflict.claims)),
    changesOfClaims: (claimIds) => recordsVia<ChangeRecord>(index, CLAIM_CHANGES, CHANGE_KIND, claimIds).filter((change) => independentClaims(index, change.claims)),
    timelineOfDocuments: (documentIds) => recordsVia<TimelineRecord>(index, DOCUMENT_TIMELINE, TIMELINE_KIND, documentIds).sort(byDate).map((entry) => timelineEntryOf(index, entry)),
    duplicatesOfDocuments: (documentIds) => recordsVia<DuplicatePair>(index, DOCUMENT_DUPLICATES, DUPLICATE_KIND, documentIds),
  };
}
