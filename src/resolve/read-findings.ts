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
import { TIMELINE_DATE_INDEX, TIMELINE_DOCUMENTS, TIMELINE_KIND, type TimelineRecord } from './build-timeline.js';
import { CHANGE_KIND, CONFLICT_KIND, type ChangeRecord, type ConflictRecord } from './compare-claims.js';
import { DOC_KIND, summariseDoc, type DocRecord, type DocSummary } from './doc-record.js';
import { ENTITY_KIND, entityDisplayName, toEntity, type EntityRecord } from './entity-record.js';
import { CLAIM_KIND, type ClaimRecord } from './extract-claims.js';
import { DUPLICATE_KIND, type DuplicatePair } from './find-duplicates.js';
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

/** The findings of an index, each kind a stream in export order. */
export interface FindingsReader {
  entities(): Iterable<Entity>;
  stories(): Iterable<Story>;
  duplicates(): Iterable<DuplicatePair>;
  claims(): Iterable<ExportedClaim>;
  /** Agreements and contradictions between independent claims (none of them a copy). */
  conflicts(): Iterable<ConflictRecord>;
  /** Changes over time between independent claims. */
  changes(): Iterable<ChangeRecord>;
  /** Dated entries, by date (entries of one date in the order they were made). */
  timeline(): Iterable<ExportedTimelineEntry>;
}

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

/** Read the findings of an index as streams. */
export function readFindings(index: ResolveIndex): FindingsReader {
  return {
    *entities() {
      for (const record of index.records<EntityRecord>(ENTITY_KIND)) yield toEntity(record, index);
    },
    *stories() {
      for (const story of index.records<StoryRecord>(STORY_KIND)) yield storyOf(index, story);
    },
    duplicates: () => index.records<DuplicatePair>(DUPLICATE_KIND),
    claims: () => index.records<ExportedClaim>(CLAIM_KIND),
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
  };
}
