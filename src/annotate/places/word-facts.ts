/**
 * What the toponym search asks about one word, in one look-up: its fold, the gazetteer's record
 * of the fold, and the filter lists of the gazetteer the fold is in. Words recur from article to
 * article, so the facts are cached per gazetteer by the word as written; one look-up then stands
 * for a fold, a gazetteer look-up and up to seven set look-ups, each of which would read memory
 * of its own.
 */
import { foldName } from './fold-name.js';
import type { Gazetteer, GazetteerKey } from './gazetteer.js';

/** The fold is in `filters.commonWords`. */
export const COMMON_WORD = 1;
/** The fold is in `filters.firstNames`. */
export const FIRST_NAME = 2;
/** The fold is in `filters.demonyms`. */
export const DEMONYM = 4;
/** The fold is in `filters.titles`. */
export const TITLE = 8;
/** The fold is in `filters.notPlaces`. */
export const NOT_PLACE = 16;
/** The fold is in `filters.locativeWords`. */
export const LOCATIVE = 32;
/** The fold is in `filters.regionWords`. */
export const REGION_WORD = 64;

/** The facts of one word. */
export interface WordFacts {
  /** {@link foldName} of the word. */
  readonly fold: string;
  /** The gazetteer's record of the fold, undefined when it has none. */
  readonly record: GazetteerKey | undefined;
  /** The filter lists the fold is in, as the flags above. */
  readonly lists: number;
}

/** Most words kept per gazetteer (the cache is emptied when full). */
const CACHE_LIMIT = 50_000;
const caches = new WeakMap<Gazetteer, Map<string, WordFacts>>();
let lastGazetteer: Gazetteer | undefined;
let lastCache = new Map<string, WordFacts>();

function listsOf(fold: string, gazetteer: Gazetteer): number {
  const { filters } = gazetteer;
  return (
    (filters.commonWords.has(fold) ? COMMON_WORD : 0) |
    (filters.firstNames.has(fold) ? FIRST_NAME : 0) |
    (filters.demonyms.has(fold) ? DEMONYM : 0) |
    (filters.titles.has(fold) ? TITLE : 0) |
    (filters.notPlaces.has(fold) ? NOT_PLACE : 0) |
    (filters.locativeWords.has(fold) ? LOCATIVE : 0) |
    (filters.regionWords.has(fold) ? REGION_WORD : 0)
  );
}

function cacheOf(gazetteer: Gazetteer): Map<string, WordFacts> {
  if (gazetteer === lastGazetteer) return lastCache;
  let cache = caches.get(gazetteer);
  if (cache === undefined) {
    cache = new Map();
    caches.set(gazetteer, cache);
  }
  lastGazetteer = gazetteer;
  lastCache = cache;
  return cache;
}

/** The facts of a word as written (a token's text). */
export function wordFacts(word: string, gazetteer: Gazetteer): WordFacts {
  const cache = cacheOf(gazetteer);
  let facts = cache.get(word);
  if (facts === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    const fold = foldName(word);
    facts = { fold, record: gazetteer.keyInfo(fold), lists: listsOf(fold, gazetteer) };
    cache.set(word, facts);
  }
  return facts;
}
