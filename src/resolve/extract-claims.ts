/**
 * Claims: every claimed quantity of a document with its normalised subject, claimant, the time
 * it refers to (a time expression in its sentence, else the publication date), outlet, sentence
 * and the stance words around it ("claimed", "reportedly", "without providing evidence"), plus
 * the interval of values the wording allows ("about" = +-15%, "up to" = at most, ...).
 */
import type { Claim } from '../model/analysis.generated.js';
import type { NewsDoc } from '../model/news-doc.js';
import { claimSubject, type SubjectKey } from './claim-subject.js';
import { docSentences, sentenceAt } from './doc-features.js';
import { foldText, stableId } from './fold-text.js';
import { resolveData, type QualifierKind } from './resolve-data.js';

/** Record kind of claims. */
export const CLAIM_KIND = 'claim';
/** Relative tolerance of approximate numbers ("about", "around"). */
export const APPROXIMATION = 0.15;
/**
 * How far below an "up to" / "as many as" figure the claimant's estimate may lie. Note: read
 * literally "up to 12,000" allows 5,000, but a reporter quoting it puts 12,000 forward as the
 * estimate; two such estimates far apart contradict each other.
 */
export const UPPER_ESTIMATE = 0.3;
/** Upper bound of an open-ended interval. Note: not Infinity, which JSON (and so the store) cannot hold. */
export const UNBOUNDED = Number.MAX_VALUE;
const DATED = new Set(['day', 'week', 'month', 'time']);
const WORD_EDGE = /[\p{L}\p{N}]/u;

/** The values a claim's wording allows. */
export interface ValueInterval {
  readonly low: number;
  readonly high: number;
  readonly lowOpen: boolean;
  readonly highOpen: boolean;
}

/** A claim as stored and exported. */
export interface ClaimRecord extends Claim {
  readonly claimantText: string | null;
  readonly outlet: string | null;
  readonly stance: string[];
  readonly qualifier: string | null;
  readonly subjectKey: SubjectKey;
  readonly interval: ValueInterval;
  /** YYYY-MM of the time the claim refers to, or null. */
  readonly period: string | null;
  /** The earlier claim this one repeats, when its document copies that claim's document (optional; set by resolve). */
  readonly copyOf?: string;
}

function hasPhrase(folded: string, phrase: string): boolean {
  let from = 0;
  for (;;) {
    const at = folded.indexOf(phrase, from);
    if (at < 0) return false;
    const before = folded[at - 1] ?? ' ';
    const after = folded[at + phrase.length] ?? ' ';
    if (!WORD_EDGE.test(before) && !WORD_EDGE.test(after)) return true;
    from = at + 1;
  }
}

/** The interval kind of a qualifier phrase, or undefined. */
export function qualifierKind(qualifier: string | null | undefined): QualifierKind | undefined {
  if (qualifier === null || qualifier === undefined) return undefined;
  const folded = foldText(qualifier);
  for (const [phrase, kind] of resolveData().qualifiers) if (hasPhrase(folded, phrase)) return kind;
  return undefined;
}

/** The interval of values a number with this wording allows. */
export function valueInterval(value: number, approximate: boolean, qualifier: string | null | undefined, low?: number, high?: number): ValueInterval {
  if (low !== undefined && high !== undefined) return { low, high, lowOpen: false, highOpen: false };
  const kind = qualifierKind(qualifier) ?? (approximate ? 'approx' : undefined);
  switch (kind) {
    case 'approx':
      return { low: value * (1 - APPROXIMATION), high: value * (1 + APPROXIMATION), lowOpen: false, highOpen: false };
    case 'below':
      return { low: value * (1 - APPROXIMATION), high: value, lowOpen: false, highOpen: false };
    case 'max':
      return { low: value * (1 - UPPER_ESTIMATE), high: value, lowOpen: false, highOpen: false };
    case 'under':
      return { low: 0, high: value, lowOpen: false, highOpen: true };
    case 'over':
      return { low: value, high: UNBOUNDED, lowOpen: true, highOpen: false };
    case 'min':
      return { low: value, high: UNBOUNDED, lowOpen: false, highOpen: false };
    default:
      return { low: value, high: value, lowOpen: false, highOpen: false };
  }
}

/** Whether two intervals share a value. */
export function intervalsOverlap(a: ValueInterval, b: ValueInterval): boolean {
  const low = Math.max(a.low, b.low);
  const high = Math.min(a.high, b.high);
  if (low < high) return true;
  if (low > high) return false;
  const openAtLow = (a.low === low && a.lowOpen) || (b.low === low && b.lowOpen);
  const openAtHigh = (a.high === high && a.highOpen) || (b.high === high && b.highOpen);
  return !openAtLow && !openAtHigh;
}

/** Stance phrases found in a sentence. */
export function stanceWords(sentence: string): string[] {
  const folded = foldText(sentence);
  const found: string[] = [];
  for (const phrase of resolveData().stance) if (hasPhrase(folded, phrase) && !found.some((longer) => longer.includes(phrase))) found.push(phrase);
  return found;
}

/** A claim read from a document, with the entity ids its subject names (`ClaimSubject.anchors`). */
export interface ExtractedClaim {
  readonly claim: ClaimRecord;
  readonly anchors: readonly string[];
}

/** The claims of a resolved document (entity ids and claimants already set on its mentions and quantities). */
export function extractClaims(doc: NewsDoc): ExtractedClaim[] {
  const sentences = docSentences(doc);
  const claims: ExtractedClaim[] = [];
  for (const quantity of doc.layers.quantities) {
    const sentence = sentenceAt(sentences, quantity.start);
    const subject = claimSubject(quantity, sentence, doc.layers.mentions, doc.layers.places);
    if (subject === undefined) continue;
    const time = doc.layers.times.find((entry) => entry.value !== null && DATED.has(entry.granularity) && sentence !== undefined && entry.start >= sentence.start && entry.end <= sentence.end);
    const when = time?.value ?? doc.meta.published.value;
    const claim: ClaimRecord = {
      id: stableId('claim', doc.id, String(quantity.start), String(quantity.end)),
      document: doc.id,
      subject: subject.text,
      value: quantity.value,
      ...(quantity.low === undefined ? {} : { low: quantity.low }),
      ...(quantity.high === undefined ? {} : { high: quantity.high }),
      claimant: quantity.claimant,
      claimantText: quantity.claimantText,
      time: when,
      outlet: doc.meta.outlet,
      text: sentence?.text ?? quantity.text,
      stance: sentence === undefined ? [] : stanceWords(sentence.text),
      qualifier: quantity.qualifier ?? null,
      subjectKey: subject.key,
      interval: valueInterval(quantity.value, quantity.approximate, quantity.qualifier, quantity.low, quantity.high),
      period: when !== null && when.length >= 7 ? when.slice(0, 7) : null,
    };
    claims.push({ claim, anchors: subject.anchors });
  }
  return claims;
}
