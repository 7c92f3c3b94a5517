/**
 * Sources per story: which outlets carried which claims, how many quotes and which events, who
 * reported first, and which claims only one outlet carries.
 */
import { cameFirst, type DocSummary } from './doc-record.js';
import { sameSubject } from './claim-subject.js';
import type { ClaimRecord } from './extract-claims.js';

/** One outlet's share of a story. */
export interface OutletCoverage {
  readonly outlet: string;
  readonly documents: string[];
  readonly claims: string[];
  readonly quotes: number;
  readonly events: string[];
}

/** The coverage table of a story. */
export interface StoryCoverage {
  readonly outlets: OutletCoverage[];
  /** The document (and its outlet and date) that reported the story first. */
  readonly firstReport: { readonly document: string; readonly outlet: string | null; readonly published: string | null } | null;
  /** Claims whose subject no other outlet of the story reports. */
  readonly exclusiveClaims: string[];
}

const UNKNOWN_OUTLET = '(unknown outlet)';

/** The coverage table of a story's documents. */
export function storyCoverage(records: readonly DocSummary[], claimsByDocument: ReadonlyMap<string, readonly ClaimRecord[]>): StoryCoverage {
  const outlets = new Map<string, { documents: string[]; claims: string[]; quotes: number; events: Set<string> }>();
  let first: DocSummary | undefined;
  const claims: { claim: ClaimRecord; outlet: string }[] = [];
  for (const record of records) {
    const outlet = record.outlet ?? UNKNOWN_OUTLET;
    const entry = outlets.get(outlet) ?? { documents: [], claims: [], quotes: 0, events: new Set<string>() };
    entry.documents.push(record.id);
    entry.quotes += record.quotes;
    for (const event of record.events) entry.events.add(event);
    for (const claim of claimsByDocument.get(record.id) ?? []) {
      entry.claims.push(claim.id);
      claims.push({ claim, outlet });
    }
    outlets.set(outlet, entry);
    if (first === undefined || cameFirst(record, first)) first = record;
  }
  const exclusiveClaims = outlets.size < 2 ? [] : claims.filter(({ claim, outlet }) => !claims.some((other) => other.outlet !== outlet && sameSubject(claim.subjectKey, other.claim.subjectKey))).map(({ claim }) => claim.id);
  return {
    outlets: [...outlets].map(([outlet, entry]) => ({ outlet, documents: entry.documents, claims: entry.claims, quotes: entry.quotes, events: [...entry.events].sort() })),
    firstReport: first === undefined ? null : { document: first.id, outlet: first.outlet, published: first.published },
    exclusiveClaims,
  };
}
