/**
 * Toponym resolution: pick one gazetteer entry per candidate. Each entry is scored by its size
 * (log population), its kind, whether the article's other places lie in its country, and a
 * qualifier after a comma ("Athens, Georgia"); weak single-word matches without any support are
 * dropped.
 */
import type { PlaceKind } from '../../model/annotations.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';
import type { ToponymCandidate } from './find-toponyms.js';

/** A candidate with the entry it was resolved to. */
export interface ResolvedToponym {
  readonly candidate: ToponymCandidate;
  readonly entry: GazetteerEntry;
  readonly placeKind: PlaceKind;
  /** How sure the choice and the reading as a place are, 0..1. */
  readonly confidence: number;
}

/** Score for an entry of unknown population (water bodies, sites): a middling town. */
const UNKNOWN_SIZE_SCORE = 5;
const KIND_BONUS: Readonly<Record<PlaceKind, number>> = { country: 1.5, region: -0.5, city: 0, water: 0.5, other: 0.5 };
const REGION_PHRASE_BONUS = 1.5;
const CONTEXT_COUNTRY_BONUS = 2.5;
const QUALIFIER_BONUS = 4;
const CONTEXT_REGION_BONUS = 2;
/** Feature code of a first-level region, which does not get the bonus of lying in itself (a county does). */
const FIRST_LEVEL_CODE = 'ADM1';
/** A town named by one of its alternate names counts as this much smaller. */
const ALTERNATE_NAME_FACTOR = 10;
/** Towns from this size are known by their alternate names too (exonyms: Kiev, Gomel). */
const ALTERNATE_NAME_EXEMPT = 100_000;
/** Single-word places smaller than this need some support (context country, cue, mention). */
const SMALL_PLACE = 20_000;
/** Sentence-initial single-word places smaller than this need some support. */
const SMALL_INITIAL_PLACE = 100_000;
/** Common-word names of places smaller than this need a cue. */
const SMALL_COMMON_WORD_PLACE = 100_000;

/** Population counted for a candidate: a town named by an alternate name counts as smaller. */
function effectivePopulation(entry: GazetteerEntry, candidate: ToponymCandidate): number {
  const alternate = entry.kind === 'city' && entry.population < ALTERNATE_NAME_EXEMPT && entry.primaryKey !== candidate.key;
  return alternate ? entry.population / ALTERNATE_NAME_FACTOR : entry.population;
}

function priorScore(entry: GazetteerEntry, candidate: ToponymCandidate): number {
  const phrase = candidate.rule === 'places/region-phrase' && entry.kind === 'region' ? REGION_PHRASE_BONUS : 0;
  const size = entry.population > 0 ? Math.log10(effectivePopulation(entry, candidate) + 10) : UNKNOWN_SIZE_SCORE;
  return size + KIND_BONUS[entry.kind] + phrase;
}

function qualifies(entry: GazetteerEntry, qualifierPlaces: readonly GazetteerEntry[] | null): boolean {
  if (qualifierPlaces === null || entry.country === null) return false;
  for (const place of qualifierPlaces) {
    if (place.country === entry.country && (place.kind === 'country' || (place.kind === 'region' && place.admin1 === entry.admin1))) return true;
  }
  return false;
}

/** The names voting for each area (distinct names; a few per area, so a list). */
type Votes = Map<string, string[]>;

function vote(votes: Votes, area: string | null, key: string): void {
  if (area === null) return;
  const keys = votes.get(area);
  if (keys === undefined) votes.set(area, [key]);
  else if (!keys.includes(key)) keys.push(key);
}

/**
 * The prior score of each entry of the candidates of the current {@link resolveToponyms} call, in
 * candidate and entry order (reused; it is not re-entered). Note: the votes and the choice both
 * read them, so each is computed once.
 */
let priors = new Float64Array(256);

/**
 * Countries and first-level regions the article is about: those of each candidate's likeliest
 * entry, counted per name. Fills {@link priors}.
 */
function areaVotes(candidates: readonly ToponymCandidate[]): Votes {
  const votes: Votes = new Map();
  let total = 0;
  for (const candidate of candidates) total += candidate.entries.length;
  if (priors.length < total) priors = new Float64Array(2 * total);
  let at = 0;
  for (const candidate of candidates) {
    // Note: the first entry of the highest prior score.
    let top: GazetteerEntry | undefined;
    let topScore = -Infinity;
    for (const entry of candidate.entries) {
      const value = priorScore(entry, candidate);
      priors[at] = value;
      at += 1;
      if (value > topScore) {
        topScore = value;
        top = entry;
      }
    }
    if (top === undefined) continue;
    vote(votes, top.country, candidate.key);
    vote(votes, top.regionKey, candidate.key);
  }
  return votes;
}

function supportedBy(area: string | null, candidate: ToponymCandidate, votes: ReadonlyMap<string, readonly string[]>): boolean {
  if (area === null) return false;
  const keys = votes.get(area);
  if (!keys) return false;
  return keys.length > (keys.includes(candidate.key) ? 1 : 0);
}

function supportedByContext(entry: GazetteerEntry, candidate: ToponymCandidate, votes: ReadonlyMap<string, readonly string[]>): boolean {
  return supportedBy(entry.country, candidate, votes);
}

function weakReason(resolved: ResolvedToponym, context: boolean, qualified: boolean): string | null {
  const { candidate, entry } = resolved;
  const cue = candidate.mentionSupport || candidate.locative || qualified;
  if (!candidate.singleWord || entry.kind === 'country' || entry.kind === 'water' || entry.kind === 'other') return null;
  if (candidate.rule === 'places/region-phrase') return null;
  const population = effectivePopulation(entry, candidate);
  // Note: a small town's alternate name is often another place's name in another language ("Banjska"
  // for Bansko); without a place of its country around, neither a cue nor a mention makes it this one.
  if (population < SMALL_PLACE && !context && entry.kind === 'city' && entry.primaryKey !== candidate.key) return 'alternate name of a small place abroad';
  if (candidate.mentionSupport) return null;
  if (candidate.commonWord && candidate.sentenceInitial) return 'common word opening a sentence';
  if (candidate.commonWord && population < SMALL_COMMON_WORD_PLACE && !cue) return 'common word without a cue';
  if (population < SMALL_PLACE && !cue && !context) return 'small place without support';
  if (candidate.sentenceInitial && population < SMALL_INITIAL_PLACE && !context) return 'sentence-initial small place without support';
  return null;
}

function contextScore(
  entry: GazetteerEntry,
  prior: number,
  candidate: ToponymCandidate,
  votes: ReadonlyMap<string, readonly string[]>,
  qualifierPlaces: readonly GazetteerEntry[] | null,
): number {
  return (
    prior +
    (supportedByContext(entry, candidate, votes) ? CONTEXT_COUNTRY_BONUS : 0) +
    (entry.code !== FIRST_LEVEL_CODE && supportedBy(entry.regionKey, candidate, votes) ? CONTEXT_REGION_BONUS : 0) +
    (qualifies(entry, qualifierPlaces) ? QUALIFIER_BONUS : 0)
  );
}

/** Resolve candidates to entries; rejected and unsupported candidates are left out. */
export function resolveToponyms(candidates: readonly ToponymCandidate[], gazetteer: Gazetteer): ResolvedToponym[] {
  const live = candidates.filter((candidate) => candidate.rejected === null);
  const votes = areaVotes(live);
  const resolved: ResolvedToponym[] = [];
  let at = 0;
  for (const candidate of live) {
    const qualifierPlaces = candidate.qualifier === null ? null : gazetteer.lookup(candidate.qualifier);
    // Note: the first entry of the highest score, and its margin over the next best.
    let entry: GazetteerEntry | undefined;
    let topScore = -Infinity;
    let second = -Infinity;
    for (const option of candidate.entries) {
      const value = contextScore(option, priors[at] ?? 0, candidate, votes, qualifierPlaces);
      at += 1;
      if (value > topScore) {
        second = topScore;
        topScore = value;
        entry = option;
      } else if (value > second) second = value;
    }
    if (entry === undefined) continue;
    const placeKind: PlaceKind = candidate.rule === 'places/region-phrase' ? 'region' : entry.kind;
    const choice = candidate.entries.length === 1 ? 0.9 : 0.55 + 0.4 * (1 - Math.exp(-(topScore - second)));
    const reading = candidate.commonWord || candidate.sentenceInitial ? 0.9 : 1;
    const result: ResolvedToponym = { candidate, entry, placeKind, confidence: Math.round(choice * reading * 100) / 100 };
    const context = supportedByContext(entry, candidate, votes);
    if (weakReason(result, context, qualifies(entry, qualifierPlaces)) === null) resolved.push(result);
  }
  return resolved;
}
