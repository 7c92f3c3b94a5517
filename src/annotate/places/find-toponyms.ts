/**
 * Toponym candidates: capitalised word sequences that the gazetteer names (longest match first),
 * "X region" phrases, site phrases ("X nuclear power plant"), capital-letter country codes, and
 * the GPE/LOC/FAC mentions of the NER stage when it has run. Each candidate carries the clues the
 * resolver and the filters need.
 */
import type { Mention } from '../../model/annotations.js';
import { foldName } from './fold-name.js';
import type { Gazetteer, GazetteerEntry, GazetteerKey } from './gazetteer.js';
import type { PlaceTokens } from './place-tokens.js';
import { placeTokens } from './place-tokens.js';
import type { WordFacts, WordTable } from './word-facts.js';
import { COMMON_WORD, DEMONYM, FIRST_NAME, LOCATIVE, NOT_PLACE, REGION_WORD, TITLE, wordTableOf } from './word-facts.js';

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

/** A candidate while the search still writes to it (its own objects: the mentions' verdicts are written in place). */
type DraftCandidate = { -readonly [K in keyof ToponymCandidate]: ToponymCandidate[K] };

const TOPONYM_MENTION_TYPES: ReadonlySet<string> = new Set(['GPE', 'LOC', 'FAC']);
const QUALIFIER_GAP = /^,[ \t]*$/u;
const MAX_QUALIFIER_WORDS = 3;
const ABBREVIATION_STOP = '.';
const ABBREVIATION_STOP_CODE = 0x2e;
const CONTRACTION = /['’ʼ](?:ve|ll|re|nt|[dsm])$/iu;

interface Match {
  readonly length: number;
  readonly end: number;
  readonly key: string;
  readonly entries: readonly GazetteerEntry[];
  readonly rule: ToponymRule;
}

/**
 * The tokens of a text with the facts of each word (see word-facts.ts), read on first use: the
 * search asks about a capitalised word and the words around it, often more than once.
 */
class Search {
  readonly tokens: PlaceTokens;
  readonly gazetteer: Gazetteer;
  readonly table: WordTable;
  /** The word id of each token in the table, -1 until read. */
  readonly #ids: number[];

  constructor(tokens: PlaceTokens, gazetteer: Gazetteer) {
    this.tokens = tokens;
    this.gazetteer = gazetteer;
    this.table = wordTableOf(gazetteer);
    this.table.startText();
    this.#ids = new Array<number>(tokens.length).fill(-1);
  }

  /** The token's word id in the table. */
  idOf(index: number): number {
    let id = this.#ids[index] ?? -1;
    if (id < 0) {
      id = this.table.idOf(this.tokens.text, this.tokens.start(index), this.tokens.end(index));
      this.#ids[index] = id;
    }
    return id;
  }

  facts(index: number): WordFacts {
    return this.table.facts(this.idOf(index));
  }

  /** The token's fold. */
  fold(index: number): string {
    return this.facts(index).fold;
  }

  /** The token's fold is in the word list (a flag of word-facts.ts). */
  inList(index: number, list: number): boolean {
    return (this.table.lists(this.idOf(index)) & list) !== 0;
  }
}

function regionWordAfter(search: Search, index: number, key: string, keyLists: number): number | null {
  const { tokens } = search;
  if (index >= tokens.length || !tokens.joinedToPrevious(index) || !search.inList(index, REGION_WORD)) return null;
  // Note: a capitalised region word after a common word is a name of its own ("Union State").
  if (tokens.capitalised(index) && (keyLists < 0 ? search.gazetteer.filters.commonWords.has(key) : (keyLists & COMMON_WORD) !== 0)) return null;
  return index;
}

/** Tokens from `from` on that are joined to the one before, with `from` counted: the longest run (at most `longest`). */
function joinedLength(tokens: PlaceTokens, from: number, longest: number): number {
  let length = 1;
  while (length < longest && tokens.joinedToPrevious(from + length)) length += 1;
  return length;
}

/** Keys and records of the joined runs of the current {@link matchAt} (reused: it is not re-entered). */
const runKeys: string[] = [];
const runRecords: (GazetteerKey | undefined)[] = [];

/**
 * The longest run from `from` (at most `longest` tokens) whose key is its words' folds joined by
 * spaces: words sharing a fold group, with plain gaps (see {@link PlaceTokens.foldGroups}).
 */
function foldRun(tokens: PlaceTokens, from: number, longest: number): number {
  let groups = tokens.foldGroups(from);
  let length = 1;
  while (length < longest && tokens.plainGap(from + length)) {
    groups &= tokens.foldGroups(from + length);
    if (groups === 0) break;
    length += 1;
  }
  return length;
}

/**
 * Fill {@link runKeys} and {@link runRecords} with the look-up keys (and their gazetteer records)
 * of the runs of 1..n tokens from `from` within its fold run (where the key is the words' folds
 * joined), stopping after the first key that starts no longer key: a longer run cannot name
 * anything. Returns n. Note: the arrays are overwritten, not emptied, so that they keep their room.
 */
function joinedKeys(search: Search, from: number, foldLength: number): number {
  const { table } = search;
  let keyId = search.idOf(from);
  let record = table.recordOf(keyId);
  runKeys[0] = table.keyOf(keyId);
  runRecords[0] = record;
  let length = 1;
  // Note: a joined key is looked up once per table (by its words' ids), not once per text.
  for (; length < foldLength && record?.startsLonger === true; length += 1) {
    keyId = table.phraseOf(keyId, search.idOf(from + length));
    record = table.recordOf(keyId);
    runKeys[length] = table.keyOf(keyId);
    runRecords[length] = record;
  }
  return length;
}

/**
 * Note: a run's key is the fold of its text; for runs the joined keys cover, it is the joined
 * key, and a longer run that extends a key starting no longer key cannot name anything, so it is
 * not looked up. Runs past the fold run (a word of another script, a tab) are folded whole.
 */
function matchAt(search: Search, from: number): Match | null {
  const { tokens, gazetteer } = search;
  if (tokens.allCaps(from)) {
    const form = tokens.word(from);
    const exact = gazetteer.lookupExact(form);
    if (exact.length > 0) return { length: 1, end: tokens.end(from), key: form, entries: exact, rule: 'places/code' };
  }
  const longest = joinedLength(tokens, from, Math.min(gazetteer.maxKeyWords, tokens.length - from));
  const plainRun = foldRun(tokens, from, longest);
  // Note: a first word with no record starts no longer key either, so within the fold run no key from it has a record.
  if (plainRun === longest && !search.table.hasRecord(search.idOf(from))) return null;
  const joined = joinedKeys(search, from, plainRun);
  for (let length = longest; length >= 1; length -= 1) {
    if (length <= plainRun && length > joined) continue;
    const last = from + length - 1;
    const key = length <= joined ? (runKeys[length - 1] ?? '') : foldName(tokens.text.slice(tokens.start(from), tokens.end(last)));
    const record = length <= joined ? runRecords[length - 1] : gazetteer.keyInfo(key);
    // Note: a name with no entries and no regions matches neither as a region phrase nor on its own.
    if (record === undefined) continue;
    const regionWord = regionWordAfter(search, from + length, key, length === 1 ? search.facts(from).lists : -1);
    if (regionWord !== null) {
      const regions = record.regions;
      const plain = record.entries;
      const towns = plain.filter((entry) => entry.kind === 'city');
      const townsFit = towns.length > 0 && !tokens.capitalised(regionWord) && !plain.some((entry) => entry.kind === 'country');
      if (regions.length > 0 || townsFit) {
        const entries = regions.length > 0 ? regions : towns;
        return { length: length + 1, end: tokens.end(regionWord), key, entries, rule: 'places/region-phrase' };
      }
    }
    if (record.entries.length > 0) return { length, end: tokens.end(last), key, entries: record.entries, rule: 'places/gazetteer' };
  }
  return null;
}

function qualifierAfter(search: Search, index: number): string | null {
  const { tokens } = search;
  if (index <= 0 || index >= tokens.length || !tokens.capitalised(index)) return null;
  const { text } = tokens;
  if (!QUALIFIER_GAP.test(text.slice(tokens.end(index - 1), tokens.start(index)))) return null;
  let last = index;
  for (let offset = 1; offset < MAX_QUALIFIER_WORDS; offset += 1) {
    const following = index + offset;
    if (following >= tokens.length || !tokens.joinedToPrevious(following) || !tokens.capitalised(following)) break;
    last = following;
  }
  return last === index ? search.fold(index) : foldName(text.slice(tokens.start(index), tokens.end(last)));
}

/** The filter lists of a match's key: those of its word for a one-word match, else looked up. */
function keyIn(search: Search, match: Match, from: number, list: number, words: ReadonlySet<string>): boolean {
  return match.length === 1 && match.rule !== 'places/code' ? search.inList(from, list) : words.has(match.key);
}

function rejection(match: Match, search: Search, from: number): string | null {
  const { tokens, gazetteer } = search;
  const { filters } = gazetteer;
  if (match.rule === 'places/code' ? filters.demonyms.has(match.key) : keyIn(search, match, from, DEMONYM, filters.demonyms)) return 'adjective of a country';
  if (match.rule === 'places/code') return null;
  const to = from + match.length;
  let longCaps = false;
  let allCaps = true;
  for (let index = from; index < to; index += 1) {
    const caps = tokens.allCaps(index);
    if (caps && tokens.end(index) - tokens.start(index) > 3) longCaps = true;
    if (!caps) allCaps = false;
  }
  if (longCaps && !tokens.lineInitial(from)) return 'written in capitals';
  if (allCaps && match.length > 1) return 'written in capitals';
  if (match.rule === 'places/region-phrase') return null;
  if (match.length === 1 && search.inList(from, NOT_PLACE)) return 'not a place on its own';
  const before = from - 1;
  if (before >= 0 && tokens.joinedToPrevious(from) && search.inList(before, TITLE)) return 'title before a name';
  if (before >= 0 && tokens.joinedToPrevious(from) && tokens.capitalised(before) && search.inList(before, FIRST_NAME)) return 'surname after a first name';
  if (match.length === 1 && to < tokens.length && tokens.joinedToPrevious(to) && tokens.capitalised(to) && !search.inList(to, REGION_WORD) && search.inList(from, FIRST_NAME)) {
    return 'first name before a surname';
  }
  return null;
}

/**
 * A region abbreviation after a capitalised word and a comma, with its full stop ("Manhattan,
 * Kan."), as a candidate for the region, or null. Note: many abbreviations are words elsewhere
 * ("Miss", "Mass"), so only this position counts.
 */
function abbreviationAt(search: Search, index: number): DraftCandidate | null {
  const { tokens, gazetteer } = search;
  const { text } = tokens;
  const end = tokens.end(index);
  if (index <= 0 || text.charCodeAt(end) !== ABBREVIATION_STOP_CODE || !tokens.capitalised(index - 1)) return null;
  if (!QUALIFIER_GAP.test(text.slice(tokens.end(index - 1), tokens.start(index)))) return null;
  const target = gazetteer.filters.regionAbbreviations.get(search.fold(index));
  if (!target) return null;
  const entries = gazetteer.lookup(target.key).filter((entry) => entry.kind === 'region' && entry.country === target.country);
  if (entries.length === 0) return null;
  return {
    start: tokens.start(index),
    end: end + ABBREVIATION_STOP.length,
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

/** A contraction ("We've", "I'm") ends with an apostrophe and one or two letters. */
function mayBeContraction(tokens: PlaceTokens, index: number): boolean {
  if (!tokens.hasApostrophe(index)) return false;
  const { text } = tokens;
  const end = tokens.end(index);
  return (isApostrophe(text.charCodeAt(end - 2)) || isApostrophe(text.charCodeAt(end - 3))) && CONTRACTION.test(tokens.word(index));
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x02bc;
}

/** Find the toponym candidates of a text (rejected ones included, with why). */
export function findToponyms(text: string, gazetteer: Gazetteer, mentions: readonly Mention[] = []): ToponymCandidate[] {
  const tokens = placeTokens(text);
  const search = new Search(tokens, gazetteer);
  const candidates: DraftCandidate[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    if (!tokens.capitalised(index) || mayBeContraction(tokens, index)) continue;
    const abbreviation = abbreviationAt(search, index);
    if (abbreviation) {
      const last = candidates.at(-1);
      // Note: the town before it is qualified by the region the abbreviation names.
      if (last !== undefined && last.end === tokens.end(index - 1)) last.qualifier = abbreviation.key;
      candidates.push(abbreviation);
      continue;
    }
    const match = matchAt(search, index);
    if (!match) continue;
    const single = match.length === 1;
    candidates.push({
      start: tokens.start(index),
      end: match.end,
      key: match.key,
      entries: match.entries,
      rule: match.rule,
      singleWord: single,
      commonWord: single && (match.rule === 'places/code' ? gazetteer.filters.commonWords.has(match.key) : search.inList(index, COMMON_WORD)),
      sentenceInitial: tokens.sentenceInitial(index),
      locative: index > 0 && tokens.joinedToPrevious(index) && search.inList(index - 1, LOCATIVE),
      qualifier: qualifierAfter(search, index + match.length),
      mentionSupport: false,
      rejected: rejection(match, search, index),
    });
    index += match.length - 1;
  }
  tokens.release();
  return applyMentions(candidates, mentions, gazetteer);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function sortedByStart(spans: readonly { start: number }[]): boolean {
  for (let index = 1; index < spans.length; index += 1) if ((spans[index - 1]?.start ?? 0) > (spans[index]?.start ?? 0)) return false;
  return true;
}

/** Write what the mentions overlapping a candidate say about it. */
function mentionVerdict(candidate: DraftCandidate, mentions: readonly Mention[], from: number, sorted: boolean): void {
  let person = false;
  let exact = false;
  for (let index = from; index < mentions.length; index += 1) {
    const mention = mentions[index];
    if (mention === undefined) continue;
    // Note: in mentions sorted by start, none from here on starts before the candidate ends.
    if (sorted && mention.start >= candidate.end) break;
    if (!overlaps(mention, candidate)) continue;
    if (mention.type === 'PERSON') person = true;
    else if (TOPONYM_MENTION_TYPES.has(mention.type) && mention.start === candidate.start && mention.end === candidate.end) exact = true;
  }
  if (person) {
    candidate.rejected ??= 'part of a person mention';
    return;
  }
  if (!exact) return;
  const keepsRejection = candidate.rejected === 'adjective of a country';
  candidate.mentionSupport = true;
  if (!keepsRejection) candidate.rejected = null;
}

function overlapsAny(span: { start: number; end: number }, candidates: readonly ToponymCandidate[], sorted: boolean): boolean {
  for (const candidate of candidates) {
    if (sorted && candidate.start >= span.end) return false;
    if (overlaps(candidate, span)) return true;
  }
  return false;
}

/**
 * Note: the candidates of {@link findToponyms} come in order of start; when the mentions do too (the
 * mention stage sorts them), each candidate reads only the mentions that can reach it.
 */
function applyMentions(candidates: DraftCandidate[], mentions: readonly Mention[], gazetteer: Gazetteer): ToponymCandidate[] {
  if (mentions.length === 0) return candidates;
  const candidatesSorted = sortedByStart(candidates);
  const mentionsSorted = candidatesSorted && sortedByStart(mentions);
  // Note: the candidates are this search's own list and objects, rewritten in place.
  const result = candidates;
  let first = 0;
  for (let index = 0; index < result.length; index += 1) {
    const candidate = result[index];
    if (candidate === undefined) continue;
    // Note: a mention ending before this candidate starts ends before every later one starts too.
    if (mentionsSorted) while (first < mentions.length && (mentions[first]?.end ?? 0) <= candidate.start) first += 1;
    mentionVerdict(candidate, mentions, first, mentionsSorted);
  }
  const added: ToponymCandidate[] = [];
  for (const mention of mentions) {
    if (!TOPONYM_MENTION_TYPES.has(mention.type) || overlapsAny(mention, result, candidatesSorted) || overlapsAny(mention, added, false)) continue;
    const key = foldName(mention.name);
    const entries = gazetteer.lookup(key);
    if (entries.length === 0 || gazetteer.filters.demonyms.has(key)) continue;
    added.push(mentionCandidate(mention.start, mention.end, key, entries));
  }
  if (added.length === 0 && candidatesSorted) return result;
  return [...result, ...added].sort((a, b) => a.start - b.start);
}
