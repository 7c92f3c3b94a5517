/**
 * The `sitrep.analysis/1` export: every document with its cleaned text and annotations, plus
 * what resolve found across documents. Field meanings follow contract/analysis.schema.json;
 * extra fields (provenance, raw spans, diagnostics) are additions the contract allows.
 */
import type { AnnotationBase } from '../model/annotations.js';
import type {
  Claim,
  Conflict,
  Document,
  Duplicate,
  Entity,
  SitrepAnalysisExportVersion1,
  Story,
  TimelineEntry,
} from '../model/analysis.generated.js';
import type { NewsDoc } from '../model/news-doc.js';

/** What resolve contributes to an export. */
export interface CorpusFindings {
  readonly entities: readonly Entity[];
  readonly stories: readonly Story[];
  readonly duplicates: readonly Duplicate[];
  readonly claims: readonly Claim[];
  readonly conflicts: readonly Conflict[];
  readonly timeline: readonly TimelineEntry[];
  /**
   * Claims about the same subject at different times with different values: a change over time,
   * not a contradiction (an addition to the contract; optional).
   */
  readonly changes?: readonly ChangeOverTime[];
}

/** Two claims about one subject at different times: shown as a change, never as a contradiction. */
export interface ChangeOverTime {
  readonly id: string;
  readonly subject: string;
  readonly claims: readonly string[];
  /** Who, when and which values, for a reader to check. */
  readonly note: string;
}

/** Findings with nothing in them, for a corpus resolve has not seen. */
export const NO_FINDINGS: CorpusFindings = { entities: [], stories: [], duplicates: [], claims: [], conflicts: [], timeline: [] };

/**
 * Findings as streams, one per kind, in export order: what a store hands out
 * (src/resolve/read-findings.ts), so that a large corpus is never held whole.
 */
export interface FindingStreams {
  entities(): Iterable<Entity>;
  stories(): Iterable<Story>;
  duplicates(): Iterable<Duplicate>;
  claims(): Iterable<Claim>;
  conflicts(): Iterable<Conflict>;
  timeline(): Iterable<TimelineEntry>;
  changes(): Iterable<ChangeOverTime>;
}

/** Streams over findings already built whole. */
export function streamsOf(findings: CorpusFindings): FindingStreams {
  return {
    entities: () => findings.entities,
    stories: () => findings.stories,
    duplicates: () => findings.duplicates,
    claims: () => findings.claims,
    conflicts: () => findings.conflicts,
    timeline: () => findings.timeline,
    changes: () => findings.changes ?? [],
  };
}

function spanFields(doc: NewsDoc, annotation: AnnotationBase): { text: string; start: number; end: number; raw: { start: number; end: number }; provenance: AnnotationBase['provenance']; removedReason?: string } {
  const { removed } = annotation;
  return {
    text: annotation.text,
    start: annotation.start,
    end: annotation.end,
    raw: removed === undefined ? doc.offsets.spanToRaw(annotation.start, annotation.end) : { start: removed.rawStart, end: removed.rawEnd },
    provenance: annotation.provenance,
    ...(removed === undefined ? {} : { removedReason: removed.reason }),
  };
}

/** One document in the export format. */
export function exportDocument(doc: NewsDoc): Document {
  const scripts = [...new Set(doc.cleaning.homoglyphs.flatMap((repair) => repair.scripts))].sort();
  const { layers } = doc;
  const document: Document & Record<string, unknown> = {
    id: doc.id,
    source: { path: doc.source.path, url: doc.meta.url, outlet: doc.meta.outlet, author: doc.meta.author },
    title: doc.meta.title,
    published: { value: doc.meta.published.value, basis: doc.meta.published.basis },
    text: doc.text,
    cleaning: {
      removed: doc.cleaning.removed.map((removal) => ({ ...removal })),
      homoglyphs: { count: doc.cleaning.homoglyphs.length, scripts, repairs: doc.cleaning.homoglyphs.map((repair) => ({ ...repair })) },
    },
    mentions: layers.mentions.map((mention) => ({
      ...spanFields(doc, mention),
      type: mention.type,
      entity: mention.entity,
      name: mention.name,
      description: mention.description ?? null,
      standsFor: mention.standsFor ?? null,
    })),
    quotes: layers.quotes.map((quote) => ({
      ...spanFields(doc, quote),
      kind: quote.quoteKind,
      speaker: quote.speaker,
      speakerText: quote.speakerText,
      cue: quote.cue,
    })),
    quantities: layers.quantities.map((quantity) => ({
      ...spanFields(doc, quantity),
      value: quantity.value,
      ...(quantity.low === undefined ? {} : { low: quantity.low }),
      ...(quantity.high === undefined ? {} : { high: quantity.high }),
      approximate: quantity.approximate,
      qualifier: quantity.qualifier ?? null,
      what: quantity.what,
      claimant: quantity.claimant,
      claimantText: quantity.claimantText,
    })),
    times: layers.times.map((time) => ({ ...spanFields(doc, time), value: time.value, granularity: time.granularity })),
    places: layers.places.map((place) => ({
      ...spanFields(doc, place),
      name: place.name,
      kind: place.placeKind,
      countryCode: place.countryCode,
      lat: place.lat,
      lon: place.lon,
      gazetteerId: place.gazetteerId,
    })),
    events: layers.events.map((event) => ({
      ...spanFields(doc, event),
      type: event.type,
      actors: [...event.actors],
      place: event.place,
      time: event.time,
      modality: event.modality,
    })),
    format: doc.source.format,
    language: doc.meta.language,
    metadataBasis: doc.meta.basis,
    diagnostics: doc.diagnostics,
  };
  return document;
}

/** The whole export. */
export function buildExport(docs: readonly NewsDoc[], findings: CorpusFindings = NO_FINDINGS): SitrepAnalysisExportVersion1 & { changes: ChangeOverTime[] } {
  return {
    schema: 'sitrep.analysis/1',
    documents: docs.map(exportDocument),
    entities: [...findings.entities],
    stories: [...findings.stories],
    duplicates: [...findings.duplicates],
    claims: [...findings.claims],
    conflicts: [...findings.conflicts],
    timeline: [...findings.timeline],
    changes: [...(findings.changes ?? [])],
  };
}
