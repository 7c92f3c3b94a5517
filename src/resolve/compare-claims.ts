/**
 * Conflicts between claims. A new claim is compared only where a comparison can mean something:
 * with stored claims on the same head noun in the same story, or in any story when both subjects
 * name the same entity (a group, an organisation, a stated place: see `ClaimSubject.anchors`);
 * each is an indexed lookup of the newest claims filed under (story or entity, head). Claims of
 * copies are not compared (a repeated claim counts once), nor claims of the new document's
 * duplicates. Same subject and period: `agreement` when the intervals the wording allows overlap,
 * `contradiction` when not. Same subject, different periods: a change over time, kept apart from
 * conflicts. Values more than an order of magnitude apart are not compared at all (see
 * MAGNITUDE_APART).
 */
import type { Conflict } from '../model/analysis.generated.js';
import { sameSubject } from './claim-subject.js';
import { daysApart } from './doc-record.js';
import { CLAIM_KIND, intervalsOverlap, UNBOUNDED, type ClaimRecord, type ExtractedClaim } from './extract-claims.js';
import { stableId } from './fold-text.js';
import type { ResolveIndex } from './resolve-index.js';

/** Member kind: story and subject head (`story|head`) -> claim ids. */
export const CLAIM_STORY_INDEX = 'claim-story';
/** Member kind: an entity the subject names and the subject head (`entity|head`) -> claim ids. */
export const CLAIM_ANCHOR_INDEX = 'claim-anchor';
/** Member kind: claim -> the conflicts it is in. */
export const CLAIM_CONFLICTS = 'claim-conflict';
/** Member kind: claim -> the changes over time it is in. */
export const CLAIM_CHANGES = 'claim-change';
/** Member kind: claimant entity -> its claims. */
export const CLAIMANT_CLAIMS = 'claimant';
/** Record kind of conflicts. */
export const CONFLICT_KIND = 'conflict';
/** Record kind of changes over time. */
export const CHANGE_KIND = 'change';
/** Stored claims read per list (story, or one anchor entity) for a new claim at most (the newest). */
const COMPARE_LIMIT = 30;
/**
 * Days apart within which two dated claims refer to the same period even across a month boundary
 * (30 September and 1 October). Note: otherwise the period is the calendar month.
 */
export const SAME_PERIOD_DAYS = 7;
/**
 * Note: two claims whose allowed values lie more than this factor apart are taken to count
 * different things that share a head noun ("200 soldiers will join" beside "4,500 soldiers are
 * there", "dozens of people" beside "1.8 million people"), not to disagree: real disputes over one
 * figure stay within an order of magnitude.
 */
const MAGNITUDE_APART = 10;

/**
 * Whether two claims' values lie more than an order of magnitude apart. An open-ended claim
 * ("more than 65,000") counts at its stated bound here: it puts that figure forward, and its
 * unbounded interval would otherwise reach any larger number ("a country of 2.8 million people").
 */
export function magnitudesApart(a: Pick<ClaimRecord, 'interval'>, b: Pick<ClaimRecord, 'interval'>): boolean {
  const ratio = (low: number, high: number): number => (high <= 0 ? (low > 0 ? Infinity : 1) : low / high);
  const top = (claim: Pick<ClaimRecord, 'interval'>): number => (claim.interval.high >= UNBOUNDED ? claim.interval.low : claim.interval.high);
  return Math.max(ratio(a.interval.low, top(b)), ratio(b.interval.low, top(a))) > MAGNITUDE_APART;
}

/** Whether two claims refer to different periods: both dated, in different months and more than {@link SAME_PERIOD_DAYS} apart. */
export function differentPeriods(a: Pick<ClaimRecord, 'period' | 'time'>, b: Pick<ClaimRecord, 'period' | 'time'>): boolean {
  if (a.period === null || b.period === null || a.period === b.period) return false;
  const apart = daysApart(a.time, b.time);
  return apart === undefined || apart > SAME_PERIOD_DAYS;
}

/** The stored claims a new claim is compared with: the newest of its story's and of each anchor's lists on its head, each once. */
function candidates(index: ResolveIndex, item: ExtractedClaim, story: string): string[] {
  const { head } = item.claim.subjectKey;
  const found = new Set(index.members(CLAIM_STORY_INDEX, `${story}|${head}`, COMPARE_LIMIT));
  for (const anchor of item.anchors) for (const id of index.members(CLAIM_ANCHOR_INDEX, `${anchor}|${head}`, COMPARE_LIMIT)) found.add(id);
  return [...found];
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
 * Compare a document's new claims (of story `story`) with stored ones and store them, with the
 * conflicts and changes found. `copies` holds the documents that form a duplicate pair with the
 * claims' document (all found while resolving it), whose claims are not compared.
 */
export function compareClaims(index: ResolveIndex, claims: readonly ExtractedClaim[], story: string, nameOf: (entity: string | null) => string | null, copies: ReadonlySet<string>): void {
  for (const item of claims) {
    const { claim } = item;
    // Note: a copy's claim counts once, through the claim it repeats, so copies are not compared.
    for (const id of claim.copyOf === undefined ? candidates(index, item, story) : []) {
      const other = index.getRecord<ClaimRecord>(CLAIM_KIND, id);
      if (other === undefined || other.document === claim.document || other.copyOf !== undefined || !sameSubject(claim.subjectKey, other.subjectKey)) continue;
      if (copies.has(other.document) || magnitudesApart(claim, other)) continue;
      const overlap = intervalsOverlap(claim.interval, other.interval);
      const changed = differentPeriods(claim, other);
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
        for (const id of change.claims) index.addMember(CLAIM_CHANGES, id, change.id);
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
      for (const id of conflict.claims) index.addMember(CLAIM_CONFLICTS, id, conflict.id);
    }
    index.putRecord(CLAIM_KIND, claim.id, claim);
    if (claim.claimant !== null) index.addMember(CLAIMANT_CLAIMS, claim.claimant, claim.id);
    index.addMember(CLAIM_STORY_INDEX, `${story}|${claim.subjectKey.head}`, claim.id);
    for (const anchor of item.anchors) index.addMember(CLAIM_ANCHOR_INDEX, `${anchor}|${claim.subjectKey.head}`, claim.id);
  }
}
