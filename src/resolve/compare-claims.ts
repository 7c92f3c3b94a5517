/**
 * Conflicts between claims: a new claim is compared with stored claims on the same head noun
 * (an indexed lookup), from other documents that are not copies of the new one. Same subject and
 * period: `agreement` when the intervals the wording allows overlap, `contradiction` when not.
 * Same subject, different months: a change over time, kept apart from conflicts. Values more than
 * an order of magnitude apart are not compared at all (see MAGNITUDE_APART).
 */
import type { Conflict } from '../model/analysis.generated.js';
import { sameSubject } from './claim-subject.js';
import { CLAIM_KIND, intervalsOverlap, UNBOUNDED, type ClaimRecord } from './extract-claims.js';
import { stableId } from './fold-text.js';
import type { ResolveIndex } from './resolve-index.js';

/** Member kind: subject head -> claim ids. */
export const CLAIM_HEAD_INDEX = 'claim-head';
/** Record kind of conflicts. */
export const CONFLICT_KIND = 'conflict';
/** Record kind of changes over time. */
export const CHANGE_KIND = 'change';
/** Stored claims compared per new claim at most (the newest). */
const COMPARE_LIMIT = 30;
/**
 * Note: two claims whose allowed values lie more than this factor apart are taken to count
 * different things that share a head noun ("200 soldiers will join" beside "4,500 soldiers are
 * there", "dozens of people" beside "1.8 million people"), not to disagree: real disputes over one
 * figure stay within an order of magnitude.
 */
const MAGNITUDE_APART = 10;

/** Whether two claims' allowed values lie more than an order of magnitude apart. */
export function magnitudesApart(a: Pick<ClaimRecord, 'interval'>, b: Pick<ClaimRecord, 'interval'>): boolean {
  const ratio = (low: number, high: number): number => (high <= 0 ? (low > 0 ? Infinity : 1) : low / high);
  return Math.max(ratio(a.interval.low, b.interval.high), ratio(b.interval.low, a.interval.high)) > MAGNITUDE_APART;
}

/** A conflict as stored and exported. */
export interface ConflictRecord extends Conflict {
  readonly id: string;
  readonly subject: string;
  readonly documents: string[];
}

/** A change of a claimed number between periods. */
export interface ChangeRecord {
  readonly id: string;
  readonly subject: string;
  /** Claim ids, earlier period first. */
  readonly claims: [string, string];
  readonly from: { readonly value: number; readonly time: string | null };
  readonly to: { readonly value: number; readonly time: string | null };
  readonly documents: string[];
  readonly note: string;
}

/** How a claim reads in a note: who, where, when, what. */
export function describeClaim(claim: ClaimRecord, claimantName: string | null): string {
  const who = claimantName ?? claim.claimantText ?? 'unattributed';
  const where = claim.outlet ?? claim.document;
  const when = claim.time ?? 'undated';
  const amount = claim.low !== undefined && claim.high !== undefined ? `${claim.low}-${claim.high}` : `${claim.qualifier === null ? '' : `${claim.qualifier} `}${claim.value}`;
  return `${who} (${where}, ${when}): ${amount}`;
}

function bounds(claim: ClaimRecord): string {
  const { low, high } = claim.interval;
  return high >= UNBOUNDED ? `>${low}` : low === high ? String(low) : `${Math.round(low)}-${Math.round(high)}`;
}

/**
 * Compare a document's new claims with stored ones and store them, with the conflicts and
 * changes found. `copies` holds the documents that form a duplicate pair with the claims'
 * document (all found while resolving it), whose claims are not compared.
 */
export function compareClaims(index: ResolveIndex, claims: readonly ClaimRecord[], nameOf: (entity: string | null) => string | null, copies: ReadonlySet<string>): void {
  for (const claim of claims) {
    for (const id of index.members(CLAIM_HEAD_INDEX, claim.subjectKey.head, COMPARE_LIMIT)) {
      const other = index.getRecord<ClaimRecord>(CLAIM_KIND, id);
      if (other === undefined || other.document === claim.document || !sameSubject(claim.subjectKey, other.subjectKey)) continue;
      // Note: a copy's claim counts once, through the claim it repeats, so copies are not compared.
      if (claim.copyOf !== undefined || other.copyOf !== undefined) continue;
      if (copies.has(other.document) || magnitudesApart(claim, other)) continue;
      const overlap = intervalsOverlap(claim.interval, other.interval);
      const changed = claim.period !== null && other.period !== null && claim.period !== other.period;
      if (changed && overlap) continue;
      const [older, newer] = (other.time ?? '') <= (claim.time ?? '') ? [other, claim] : [claim, other];
      const text = `${describeClaim(older, nameOf(older.claimant))} vs ${describeClaim(newer, nameOf(newer.claimant))}`;
      if (changed) {
        const change: ChangeRecord = {
          id: stableId('change', older.id, newer.id),
          subject: older.subject,
          claims: [older.id, newer.id],
          from: { value: older.value, time: older.time },
          to: { value: newer.value, time: newer.time },
          documents: [older.document, newer.document],
          note: `${older.subject}: ${text}; different periods (${older.period} to ${newer.period}), a change over time`,
        };
        index.putRecord(CHANGE_KIND, change.id, change);
        continue;
      }
      const conflict: ConflictRecord = {
        id: stableId('conflict', older.id, newer.id),
        kind: overlap ? 'agreement' : 'contradiction',
        claims: [older.id, newer.id],
        subject: older.subject,
        documents: [older.document, newer.document],
        note: `${older.subject}: ${text}; allowed values ${bounds(older)} and ${bounds(newer)} ${overlap ? 'overlap' : 'do not overlap'}`,
      };
      index.putRecord(CONFLICT_KIND, conflict.id, conflict);
    }
    index.putRecord(CLAIM_KIND, claim.id, claim);
    index.addMember(CLAIM_HEAD_INDEX, claim.subjectKey.head, claim.id);
  }
}
