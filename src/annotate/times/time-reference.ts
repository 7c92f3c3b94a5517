/**
 * The reference date relative expressions are anchored to: the publication date, or for an
 * undated article the latest full date (with a year) the article states itself.
 */
import type { TimeCandidate } from './time-candidate.js';

/** A reference date at the precision known (month and day may be absent). */
export interface TimeReference {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

const ISO_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u;

/** Read an ISO 8601 partial date or date-time into a reference (null when unreadable). */
export function parseReference(value: string | null | undefined): TimeReference | null {
  if (value === null || value === undefined) return null;
  const match = ISO_PREFIX.exec(value.trim());
  if (match === null) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (match[3] === undefined) return { year, month };
  return { year, month, day: Number(match[3]) };
}

function compareDays(a: TimeReference, b: TimeReference): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

/** The latest full date with a year among the candidates (null when there is none). */
export function latestExplicitDay(candidates: readonly TimeCandidate[]): TimeReference | null {
  let latest: TimeReference | null = null;
  for (const { spec } of candidates) {
    if (spec.kind !== 'absolute' || spec.year === undefined || spec.month === undefined || spec.day === undefined) continue;
    const day = { year: spec.year, month: spec.month, day: spec.day };
    if (latest === null || compareDays(day, latest) > 0) latest = day;
  }
  return latest;
}

/**
 * Choose the reference: the publication date when it gives a day; when it gives only a year or
 * month, the latest explicit day inside that period sharpens it; without a publication date, the
 * latest explicit day; else the fallback (a configured reference date), else null.
 */
export function chooseReference(published: TimeReference | null, candidates: readonly TimeCandidate[], fallback: TimeReference | null): TimeReference | null {
  const latest = latestExplicitDay(candidates);
  if (published !== null) {
    if (published.day !== undefined || latest === null) return published;
    const inside = latest.year === published.year && (published.month === undefined || latest.month === published.month);
    return inside ? latest : published;
  }
  return latest ?? fallback;
}
