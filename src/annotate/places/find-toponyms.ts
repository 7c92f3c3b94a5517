/**
 * Toponym candidates: capitalised word sequences that the gazetteer names (longest match first),
 * "X region" phrases, site phrases ("X nuclear power plant"), capital-letter country codes, and
 * the GPE/LOC/FAC mentions of the NER stage when it has run. Each candidate carries the clues the
 * resolver and the filters need.
 */
import type { Mention } from '../../model/annotations.js';
import { foldName } from './fold-name.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';
import type { PlaceToken } from './place-tokens.js';
import { placeTokens } from './place-tokens.js';

/** Rule ids of the candidates. */
export const TOPONYM_RULES = ['places/gazetteer', 'places/region-phrase', 'places/code', 'places/mention'] as const;
/** A rule id. */
export type ToponymRule = (typeof TOPONYM_RULES)[number];

/** A candidate for a span a tagger (or a gold annotation) marked as a name, with its gazetteer entries. */
export function mentionCandidate(start: number, end: number, key: string, entries: ToponymCandidate['entries']): ToponymCandidate {
  return {
    start,
    end,
    key,
    entries,
    rule: 'places/mention',
    singleWord: !key.includes(' '),
    commonWord: false,
    sentenceInitial: false,
    locative: false,
    qualifier: null,
    mentionSupport: true,
    rejected: null,
  };
}

/** A toponym found in the text, before it is resolved to one entry. */
export interface ToponymCandidate {
  readonly start: number;
  readonly end: number;
  /** The folded name looked up. */
  readonly key: string;
  /** Gazetteer entries the name may stand for. */
  readonly entries: readonly GazetteerEntry[];
  readonly rule: ToponymRule;
  /** The name is one word. */
  readonly singleWord: boolean;
  /** The name is a common English word too ("Reading", "Mobile"). */
  readonly commonWord: boolean;
  /** First word of a sentence or line. */
  readonly sentenceInitial: boolean;
  /** A locative word ("in", "near") stands right before the name. */
  readonly locative: boolean;
  /** The folded name right after a comma following the toponym ("Springfield, Illinois"), or null. */
  readonly qualifier: string | null;
  /** A GPE/LOC/FAC mention of the NER stage covers exactly this span. */
  readonly mentionSupport: boolean;
  /** Why the candidate is not a place, or null when nothing speaks against it. */
  readonly rejected: string | null;
}

const TOPONYM_MENTION_TYPES: ReadonlySet<string> = new Set(['GPE', 'LOC', 'FAC']);
const QUALIFIER_GAP = /^,[ \t]*$/u;
const MAX_QUALIFIER_WORDS = 3;
const ABBREVIATION_STOP = '.';
const CONTRACTION = /['’ʼ](?:ve|ll|re|nt|[dsm])$/iu;

interface Match {
  readonly length: number;
  readonly end: number;
  readonly key: string;
  readonly entries: readonly GazetteerEntry[];
  readonly rule: ToponymRule;
}

function joinedRun(tokens: readonly PlaceToken[], from: number, length: number): boolean {
  for (let index = from + 1; index < from + length; index += 1) if (!tokens[index]?.joinedToPrevious) return false;
  return true;
}

function regionWordAfter(tokens: readonly PlaceToken[], index: number, key: string, gazetteer: Gazetteer): PlaceToken | null {
  const next = tokens[index];
  if (!next?.joinedToPrevious || !gazetteer.filters.regionWords.has(foldName(next.text))) return null;
  // Note: a capitalised region word after a common word is a name of its own ("Union State").
  if (next.capitalised && gazetteer.filters.commonWords.has(key)) return null;
  return next;
}

function matchAt(text: string, tokens: readonly PlaceToken[], from: number, gazetteer: Gazetteer): Match | null {
  const first = tokens[from];
  if (!first) return null;
  if (first.allCaps) {
    const exact = gazetteer.lookupExact(first.text);
    if (exact.length > 0) return { length: 1, end: first.end, key: first.text, entries: exact, rule: 'places/code' };
  }
  const longest = Math.min(gazetteer.maxKeyWords, tokens.length - from);
  for (let length = longest; length >= 1; length -= 1) {
    if (!joinedRun(tokens, from, length)) continue;
    const last = tokens[from + length - 1];
    if (!last) continue;
    const key = foldName(text.slice(first.start, last.end));
    const regionWord = regionWordAfter(tokens, from + length, key, gazetteer);
    if (regionWord) {
      const regions = gazetteer.lookupRegion(key);
      const plain = gazetteer.lookup(key);
      const towns = plain.filter((entry) => entry.kind === 'city');
      const townsFit = towns.length > 0 && !regionWord.capitalised && !plain.some((entry) => entry.kind === 'country');
      if (regions.length > 0 || townsFit) {
        const entries = regions.length > 0 ? regions : towns;
        return { length: length + 1, end: regionWord.end, key, entries, rule: 'places/region-phrase' };
      }
    }
    const entries = gazetteer.lookup(key);
    if (entries.length > 0) return { length, end: last.end, key, entries, rule: 'places/gazetteer' };
  }
  return null;
}

function qualifierAfter(text: string, tokens: readonly PlaceToken[], index: number): string | null {
  const previous = tokens[index - 1];
  const next = tokens[index];
  if (!previous || !next?.capitalised || !QUALIFIER_GAP.test(text.slice(previous.end, next.start))) return null;
  let last = next;
  for (let offset = 1; offset < MAX_QUALIFIER_WORDS; offset += 1) {
    const following = tokens[index + offset];
    if (!following?.joinedToPrevious || !following.capitalised) break;
    last = following;
  }
  return foldName(text.slice(next.start, last.end));
}

function rejection(match: Match, tokens: readonly PlaceToken[], from: number, gazetteer: Gazetteer): string | null {
  const { filters } = gazetteer;
  const first = tokens[from];
  if (!first) return 'no token';
  if (filters.demonyms.has(match.key)) return 'adjective of a country';
  if (match.rule === 'places/code') return null;
  const words = tokens.slice(from, from + match.length);
  if (words.some((word) => word.allCaps && word.text.length > 3) && !first.lineInitial) return 'written in capitals';
  if (words.every((word) => word.allCaps) && match.length > 1) return 'written in capitals';
  if (match.rule === 'places/region-phrase') return null;
  if (match.length === 1 && filters.notPlaces.has(match.key)) return 'not a place on its own';
  const before = tokens[from - 1];
  if (before && first.joinedToPrevious && filters.titles.has(foldName(before.text))) return 'title before a name';
  if (before && first.joinedToPrevious && before.capitalised && filters.firstNames.has(foldName(before.text))) return 'surname after a first name';
  const after = tokens[from + match.length];
  const afterIsRegionWord = after !== undefined && filters.regionWords.has(foldName(after.text));
  if (match.length === 1 && after?.joinedToPrevious && after.capitalised && !afterIsRegionWord && filters.firstNames.has(match.key)) {
    return 'first name before a surname';
  }
  return null;
}

/**
 * A region abbreviation after a capitalised word and a comma, with its full stop ("Manhattan,
 * Kan."), as a candidate for the region, or null. Note: many abbreviations are words elsewhere
 * ("Miss", "Mass"), so only this position counts.
 */
function abbreviationAt(text: string, tokens: readonly PlaceToken[], index: number, gazetteer: Gazetteer): ToponymCandidate | null {
  const token = tokens[index];
  const previous = tokens[index - 1];
  if (!token || !previous?.capitalised || text.charAt(token.end) !== ABBREVIATION_STOP || !QUALIFIER_GAP.test(text.slice(previous.end, token.start))) return null;
  const target = gazetteer.filters.regionAbbreviations.get(foldName(token.text));
  if (!target) return null;
  const entries = gazetteer.lookup(target.key).filter((entry) => entry.kind === 'region' && entry.country === target.country);
  if (entries.length === 0) return null;
  return {
    start: token.start,
    end: token.end + ABBREVIATION_STOP.length,
    key: target.key,
    entries,
    rule: 'places/gazetteer',
    singleWord: true,
    commonWord: false,
    sentenceInitial: false,
    locative: false,
    qualifier: null,
    mentionSupport: false,
    rejected: null,
  };
}

/** Find the toponym candidates of a text (rejected ones included, with why). */
export function findToponyms(text: string, gazetteer: Gazetteer, mentions: readonly Mention[] = []): ToponymCandidate[] {
  const tokens = placeTokens(text);
  const candidates: ToponymCandidate[] = [];
  const { filters } = gazetteer;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (!token?.capitalised || CONTRACTION.test(token.text)) continue;
    const abbreviation = abbreviationAt(text, tokens, index, gazetteer);
    if (abbreviation) {
      const last = candidates.at(-1);
      // Note: the town before it is qualified by the region the abbreviation names.
      if (last !== undefined && last.end === tokens[index - 1]?.end) candidates[candidates.length - 1] = { ...last, qualifier: abbreviation.key };
      candidates.push(abbreviation);
      continue;
    }
    const match = matchAt(text, tokens, index, gazetteer);
    if (!match) continue;
    const before = tokens[index - 1];
    candidates.push({
      start: token.start,
      end: match.end,
      key: match.key,
      entries: match.entries,
      rule: match.rule,
      singleWord: match.length === 1,
      commonWord: match.length === 1 && filters.commonWords.has(match.key),
      sentenceInitial: token.sentenceInitial,
      locative: before !== undefined && token.joinedToPrevious && filters.locativeWords.has(foldName(before.text)),
      qualifier: qualifierAfter(text, tokens, index + match.length),
      mentionSupport: false,
      rejected: rejection(match, tokens, index, gazetteer),
    });
    index += match.length - 1;
  }
  return applyMentions(candidates, mentions, gazetteer);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function applyMentions(candidates: ToponymCandidate[], mentions: readonly Mention[], gazetteer: Gazetteer): ToponymCandidate[] {
  if (mentions.length === 0) return candidates;
  const result = candidates.map((candidate) => {
    const covering = mentions.filter((mention) => overlaps(mention, candidate));
    if (covering.some((mention) => mention.type === 'PERSON')) return { ...candidate, rejected: candidate.rejected ?? 'part of a person mention' };
    const exact = covering.some((mention) => TOPONYM_MENTION_TYPES.has(mention.type) && mention.start === candidate.start && mention.end === candidate.end);
    if (!exact) return candidate;
    const keepsRejection = candidate.rejected === 'adjective of a country';
    return { ...candidate, mentionSupport: true, rejected: keepsRejection ? candidate.rejected : null };
  });
  for (const mention of mentions) {
    if (!TOPONYM_MENTION_TYPES.has(mention.type) || result.some((candidate) => overlaps(candidate, mention))) continue;
    const key = foldName(mention.name);
    const entries = gazetteer.lookup(key);
    if (entries.length === 0 || gazetteer.filters.demonyms.has(key)) continue;
    result.push(mentionCandidate(mention.start, mention.end, key, entries));
  }
  return result.sort((a, b) => a.start - b.start);
}
