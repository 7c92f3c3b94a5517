/**
 * A claim repeated by a copy counts once: when two documents form a duplicate pair, each claim of
 * the later one (pair `b`) that repeats a claim of the earlier one (same value, same subject head)
 * is marked `copyOf` that claim. Marked while resolving, as pairs are found: a new document's own
 * claims before they are stored, or, when the new document is the earlier of a pair, the stored
 * claims of the later one. The first pair that marks a claim wins, as pairs are found in order.
 */
import { DOC_KIND, type DocRecord } from './doc-record.js';
import { CLAIM_KIND, type ClaimRecord } from './extract-claims.js';
import type { DuplicatePair } from './find-duplicates.js';
import type { ResolveIndex } from './resolve-index.js';

/** The first claim of `original` that `claim` repeats, or undefined. */
export function repeatedClaim(claim: ClaimRecord, original: readonly ClaimRecord[]): ClaimRecord | undefined {
  return original.find((other) => other.value === claim.value && other.subjectKey.head === claim.subjectKey.head);
}

/** The stored claims of a resolved document, in its order. */
export function storedClaims(index: ResolveIndex, documentId: string): ClaimRecord[] {
  const record = index.getRecord<DocRecord>(DOC_KIND, documentId);
  const claims: ClaimRecord[] = [];
  for (const id of record?.claims ?? []) {
    const claim = index.getRecord<ClaimRecord>(CLAIM_KIND, id);
    if (claim !== undefined) claims.push(claim);
  }
  return claims;
}

/**
 * Mark the copies a new document's duplicate pairs make: returns the new document's claims with
 * `copyOf` set where they repeat an earlier document's; stored claims of later documents that
 * repeat the new document's are updated in the index.
 */
export function markCopies<T extends { readonly claim: ClaimRecord }>(index: ResolveIndex, documentId: string, claims: readonly T[], pairs: readonly DuplicatePair[]): T[] {
  let mine = [...claims];
  for (const pair of pairs) {
    if (pair.b === documentId) {
      const original = storedClaims(index, pair.a);
      mine = mine.map((item) => {
        if (item.claim.copyOf !== undefined) return item;
        const same = repeatedClaim(item.claim, original);
        return same === undefined ? item : { ...item, claim: { ...item.claim, copyOf: same.id } };
      });
      continue;
    }
    const own = mine.map((item) => item.claim);
    for (const stored of storedClaims(index, pair.b)) {
      if (stored.copyOf !== undefined) continue;
      const same = repeatedClaim(stored, own);
      if (same !== undefined) index.putRecord(CLAIM_KIND, stored.id, { ...stored, copyOf: same.id });
    }
  }
  return mine;
}
