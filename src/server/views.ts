/**
 * What the API serves, assembled from the store: story lists and pages, entity pages, document
 * pages. The dashboard is a client of these views and shows nothing the API does not give.
 * Findings come from the store's findings reader one story, entity or document at a time (its
 * lookups are indexed reads), so a page costs what it shows, whatever the size of the store.
 */
import { exportDocument } from '../export/analysis-export.js';
import type { Claim, Story } from '../model/analysis.generated.js';
import type { NewsDoc } from '../model/news-doc.js';
import type { FindingsReader } from '../resolve/read-findings.js';
import type { Store } from '../store/store.js';
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

/** The story, or a 404. */
export function storyOrFail(findings: FindingsReader, id: string): Story {
  const story = findings.story(id);
  if (story === undefined) throw new ApiError('NOT_FOUND', `no story has the id ${id}`);
  return story;
}

/** The row of a story in the story list: size, outlets, date span and open contradictions. */
export function storyRow(store: Store, findings: FindingsReader, story: Story): StoryRow {
  const docs = store.listDocuments({ story: story.id, limit: story.documents.length });
  const dates = docs.map((doc) => doc.published).filter((value): value is string => value !== null).sort();
  const claims = findings.claimsOfDocuments(story.documents).map((claim) => claim.id);
  const contradictions = findings.conflictsOfClaims(claims).filter((conflict) => conflict.kind === 'contradiction').length;
  return {
    id: story.id,
    label: story.label,
    size: story.documents.length,
    outlets: [...new Set(docs.map((doc) => doc.outlet ?? 'unknown'))].sort(),
    from: dates[0] ?? null,
    to: dates[dates.length - 1] ?? null,
    contradictions,
  };
}

function loadDocs(store: Store, ids: readonly string[]): NewsDoc[] {
  return ids.map((id) => store.getDocument(id)).filter((doc): doc is NewsDoc => doc !== undefined);
}

/** Everything the story page shows. */
export function storyView(store: Store, findings: FindingsReader, id: string): Record<string, unknown> {
  const story = storyOrFail(findings, id);
  const docs = loadDocs(store, story.documents);
  const outletOf = new Map(docs.map((doc) => [doc.id, doc.meta.outlet ?? 'unknown']));
  const claims = findings.claimsOfDocuments(story.documents);
  const claimIds = claims.map((claim) => claim.id);
  const conflicts = findings.conflictsOfClaims(claimIds);
  const names = new Map<string, string | null>();
  const entityName = (entity: string): string | undefined => {
    if (!names.has(entity)) names.set(entity, findings.entityName(entity) ?? null);
    return names.get(entity) ?? undefined;
  };
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
      const speaker = (quote.speaker === null ? undefined : entityName(quote.speaker)) ?? quote.speakerText ?? 'unattributed';
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
  const timeline = findings.timelineOfDocuments(story.documents);
  const duplicates = findings.duplicatesOfDocuments(story.documents);
  const changes = findings.changesOfClaims(claimIds);
  // Note: a conflict can set a claim of this story against one from another story; the page needs that other side too.
  const own = new Set(claimIds);
  const related = [...new Set(conflicts.flatMap((conflict) => conflict.claims).filter((claimId) => !own.has(claimId)))].flatMap((claimId) => findings.claim(claimId) ?? []);
  const present = (claim: Claim, outlet: string | null): Claim & { outlet: string | null; claimantName: string | null } => ({
    ...claim,
    outlet,
    claimantName: claim.claimant === null ? null : (entityName(claim.claimant) ?? null),
  });
  return {
    story,
    documents: store.listDocuments({ story: story.id, limit: story.documents.length }),
    timeline,
    claims: claims.map((claim) => present(claim, outletOf.get(claim.document) ?? null)),
    relatedClaims: related.map((claim) => present(claim, claim.outlet ?? 'unknown')),
    conflicts,
    changes,
    quotesBySpeaker: [...quotesBySpeaker.values()].sort((a, b) => b.quotes.length - a.quotes.length),
    places: [...places.values()].map((place) => ({ ...place, documents: [...place.documents] })),
    coverage: [...coverage.values()].sort((a, b) => (a.first ?? '9999').localeCompare(b.first ?? '9999')),
    duplicates,
  };
}

/** Everything the entity page shows. */
export function entityView(store: Store, findings: FindingsReader, id: string): Record<string, unknown> {
  const entity = findings.entity(id);
  if (entity === undefined) throw new ApiError('NOT_FOUND', `no entity has the id ${id}`);
  const docs = loadDocs(store, entity.documents);
  const quotes = docs.flatMap((doc) =>
    doc.layers.quotes.filter((quote) => quote.speaker === id).map((quote) => ({ document: doc.id, outlet: doc.meta.outlet, text: quote.text, kind: quote.quoteKind, cue: quote.cue })),
  );
  return {
    entity,
    documents: store.listDocuments({ ids: entity.documents, limit: entity.documents.length }),
    quotes,
    claims: findings.claimsOfClaimant(id),
  };
}

/** The document page: the export form plus what cleaning removed and repaired. */
export function documentView(store: Store, findings: FindingsReader, id: string): Record<string, unknown> {
  const doc = store.getDocument(id);
  if (doc === undefined) throw new ApiError('NOT_FOUND', `no document has the id ${id}`);
  const storyId = findings.storyOfDocument(id);
  const story = storyId === undefined ? undefined : findings.story(storyId);
  return { document: exportDocument(doc), raw: doc.raw, story: story === undefined ? null : { id: story.id, label: story.label } };
}
