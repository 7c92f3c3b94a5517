/**
 * What the API serves, assembled from the store: story lists and pages, entity pages, document
 * pages. The dashboard is a client of these views and shows nothing the API does not give.
 */
import { exportDocument, type CorpusFindings } from '../export/analysis-export.js';
import type { Claim, Conflict, Entity } from '../model/analysis.generated.js';
import type { NewsDoc } from '../model/news-doc.js';
import type { DocumentSummary, Store } from '../store/store.js';
import { ApiError } from './http-error.js';

/** A row of the story list. */
export interface StoryRow {
  readonly id: string;
  readonly label: string;
  readonly size: number;
  readonly outlets: readonly string[];
  readonly from: string | null;
  readonly to: string | null;
  readonly contradictions: number;
}

function summaries(store: Store, ids: readonly string[]): DocumentSummary[] {
  const wanted = new Set(ids);
  return store.listDocuments({ limit: 1_000_000 }).filter((summary) => wanted.has(summary.id));
}

function claimsOf(findings: CorpusFindings, ids: ReadonlySet<string>): Claim[] {
  return findings.claims.filter((claim) => ids.has(claim.document));
}

function conflictsOf(findings: CorpusFindings, claims: readonly Claim[]): Conflict[] {
  const claimIds = new Set(claims.map((claim) => claim.id));
  return findings.conflicts.filter((conflict) => conflict.claims.some((id) => claimIds.has(id)));
}

/** The list of stories with size, outlets, date span and open contradictions. */
export function storyRows(store: Store, findings: CorpusFindings): StoryRow[] {
  return findings.stories.map((story) => {
    const docs = summaries(store, story.documents);
    const dates = docs.map((doc) => doc.published).filter((value): value is string => value !== null).sort();
    const contradictions = conflictsOf(findings, claimsOf(findings, new Set(story.documents))).filter((conflict) => conflict.kind === 'contradiction').length;
    return {
      id: story.id,
      label: story.label,
      size: story.documents.length,
      outlets: [...new Set(docs.map((doc) => doc.outlet ?? 'unknown'))].sort(),
      from: dates[0] ?? null,
      to: dates[dates.length - 1] ?? null,
      contradictions,
    };
  });
}

function loadDocs(store: Store, ids: readonly string[]): NewsDoc[] {
  return ids.map((id) => store.getDocument(id)).filter((doc): doc is NewsDoc => doc !== undefined);
}

/** Everything the story page shows. */
export function storyView(store: Store, findings: CorpusFindings, id: string): Record<string, unknown> {
  const story = findings.stories.find((candidate) => candidate.id === id);
  if (story === undefined) throw new ApiError('NOT_FOUND', `no story has the id ${id}`);
  const ids = new Set(story.documents);
  const docs = loadDocs(store, story.documents);
  const outletOf = new Map(docs.map((doc) => [doc.id, doc.meta.outlet ?? 'unknown']));
  const claims = claimsOf(findings, ids);
  const conflicts = conflictsOf(findings, claims);
  const entityName = new Map(findings.entities.map((entity) => [entity.id, entity.name]));
  const quotesBySpeaker = new Map<string, { speaker: string; entity: string | null; quotes: { document: string; outlet: string; text: string; kind: string; cue: string | null }[] }>();
  const places = new Map<string, { name: string; lat: number; lon: number; kind: string; mentions: number; documents: Set<string> }>();
  const coverage = new Map<string, { outlet: string; documents: number; claims: number; quotes: number; events: number; first: string | null }>();
  for (const doc of docs) {
    const outlet = outletOf.get(doc.id) ?? 'unknown';
    const row = coverage.get(outlet) ?? { outlet, documents: 0, claims: 0, quotes: 0, events: 0, first: null };
    row.documents += 1;
    row.quotes += doc.layers.quotes.length;
    row.events += doc.layers.events.length;
    row.claims += claims.filter((claim) => claim.document === doc.id).length;
    const published = doc.meta.published.value;
    if (published !== null && (row.first === null || published < row.first)) row.first = published;
    coverage.set(outlet, row);
    for (const quote of doc.layers.quotes) {
      const speaker = (quote.speaker === null ? undefined : entityName.get(quote.speaker)) ?? quote.speakerText ?? 'unattributed';
      const group = quotesBySpeaker.get(speaker) ?? { speaker, entity: quote.speaker, quotes: [] };
      group.quotes.push({ document: doc.id, outlet, text: quote.text, kind: quote.quoteKind, cue: quote.cue });
      quotesBySpeaker.set(speaker, group);
    }
    for (const place of doc.layers.places) {
      const key = place.gazetteerId ?? `${place.name}@${place.lat.toFixed(2)},${place.lon.toFixed(2)}`;
      const entry = places.get(key) ?? { name: place.name, lat: place.lat, lon: place.lon, kind: place.placeKind, mentions: 0, documents: new Set<string>() };
      entry.mentions += 1;
      entry.documents.add(doc.id);
      places.set(key, entry);
    }
  }
  const timeline = findings.timeline.filter((entry) => entry.documents.some((document) => ids.has(document)));
  const duplicates = findings.duplicates.filter((pair) => ids.has(pair.a) || ids.has(pair.b));
  const claimIds = new Set(claims.map((claim) => claim.id));
  const changes = (findings.changes ?? []).filter((change) => change.claims.some((claimId) => claimIds.has(claimId)));
  // Note: a conflict can set a claim of this story against one from another story; the page needs that other side too.
  const related = findings.claims.filter((claim) => !claimIds.has(claim.id) && conflicts.some((conflict) => conflict.claims.includes(claim.id)));
  const relatedOutlet = new Map(summaries(store, related.map((claim) => claim.document)).map((summary) => [summary.id, summary.outlet ?? 'unknown']));
  const present = (claim: Claim, outlet: string | null): Claim & { outlet: string | null; claimantName: string | null } => ({
    ...claim,
    outlet,
    claimantName: claim.claimant === null ? null : (entityName.get(claim.claimant) ?? null),
  });
  return {
    story,
    documents: summaries(store, story.documents),
    timeline,
    claims: claims.map((claim) => present(claim, outletOf.get(claim.document) ?? null)),
    relatedClaims: related.map((claim) => present(claim, relatedOutlet.get(claim.document) ?? null)),
    conflicts,
    changes,
    quotesBySpeaker: [...quotesBySpeaker.values()].sort((a, b) => b.quotes.length - a.quotes.length),
    places: [...places.values()].map((place) => ({ ...place, documents: [...place.documents] })),
    coverage: [...coverage.values()].sort((a, b) => (a.first ?? '9999').localeCompare(b.first ?? '9999')),
    duplicates,
  };
}

/** Everything the entity page shows. */
export function entityView(store: Store, findings: CorpusFindings, id: string): Record<string, unknown> {
  const entity: Entity | undefined = findings.entities.find((candidate) => candidate.id === id);
  if (entity === undefined) throw new ApiError('NOT_FOUND', `no entity has the id ${id}`);
  const docs = loadDocs(store, entity.documents);
  const quotes = docs.flatMap((doc) =>
    doc.layers.quotes.filter((quote) => quote.speaker === id).map((quote) => ({ document: doc.id, outlet: doc.meta.outlet, text: quote.text, kind: quote.quoteKind, cue: quote.cue })),
  );
  return {
    entity,
    documents: summaries(store, entity.documents),
    quotes,
    claims: findings.claims.filter((claim) => claim.claimant === id),
  };
}

/** The document page: the export form plus what cleaning removed and repaired. */
export function documentView(store: Store, findings: CorpusFindings, id: string): Record<string, unknown> {
  const doc = store.getDocument(id);
  if (doc === undefined) throw new ApiError('NOT_FOUND', `no document has the id ${id}`);
  const story = findings.stories.find((candidate) => candidate.documents.includes(id));
  return { document: exportDocument(doc), raw: doc.raw, story: story === undefined ? null : { id: story.id, label: story.label } };
}
