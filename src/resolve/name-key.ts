/**
 * Spelling keys for names, so that transliteration variants meet: Zelensky/Zelenskyy,
 * Aleksandr/Alexander, Kyiv/Kiev. A key folds case and diacritics, spells ks as x, kh as h,
 * y and j as i, w as v, and collapses doubled letters; a skeleton also drops the vowels and is
 * the index key under which near spellings are looked up and then compared by edit distance.
 */
import type { EntityType } from '../model/annotations.js';
import { foldText } from './fold-text.js';
import { resolveData } from './resolve-data.js';

const NON_LETTER = /\P{L}+/gu;
const KS = /ks/gu;
const KH = /kh/gu;
const PH = /ph/gu;
const CK = /ck/gu;
const Y_OR_J = /[yj]/gu;
const W = /w/gu;
const DOUBLED = /(\p{L})\1+/gu;
const VOWELS = /[aeiou]/gu;
const TOKEN_SPLIT = /[\s\u2010-\u2015-]+/u;
const LEADING_THE = /^the\s+/u;
const TRAILING_DOT = /\.$/u;
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The spelling key of one name token ("Zelenskyy" -> "zelenski"). */
export function tokenKey(token: string): string {
  return foldText(token)
    .replace(NON_LETTER, '')
    .replace(KS, 'x')
    .replace(KH, 'h')
    .replace(PH, 'f')
    .replace(CK, 'k')
    .replace(Y_OR_J, 'i')
    .replace(W, 'v')
    .replace(DOUBLED, '$1');
}

/** The consonant skeleton of a key, the lookup key for near spellings. */
export function skeleton(key: string): string {
  const bare = key.replace(VOWELS, '');
  return bare.length >= 2 ? bare : key;
}

/** The tokens of a name (split on spaces and hyphens), empty tokens dropped. */
export function nameTokens(name: string): string[] {
  return name.split(TOKEN_SPLIT).filter((token) => token.length > 0);
}

/** The key of a whole name: each token keyed, joined by spaces, a leading "the" dropped. */
export function phraseKey(name: string): string {
  return nameTokens(foldText(name).replace(LEADING_THE, ''))
    .map(tokenKey)
    .filter((key) => key.length > 0)
    .join(' ');
}

/** Levenshtein distance, giving up (returning limit + 1) once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = 3): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** Edit distance allowed between two surname keys of this length: 0 below 5 letters, 1 up to 8, 2 beyond. */
export function surnameTolerance(length: number): number {
  if (length < 5) return 0;
  return length <= 8 ? 1 : 2;
}

/** Whether two surname keys spell the same surname. */
export function surnamesMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0]) return false;
  const tolerance = surnameTolerance(Math.min(a.length, b.length));
  return tolerance > 0 && editDistance(a, b, tolerance) <= tolerance;
}

function variantHead(key: string, table: ReadonlyMap<string, string>): string | undefined {
  const direct = table.get(key);
  if (direct !== undefined) return direct;
  if (key.length < 6) return undefined;
  for (const [spelling, head] of table) if (Math.abs(spelling.length - key.length) <= 1 && editDistance(spelling, key, 1) <= 1) return head;
  return undefined;
}

const givenHeads = new Map<string, string | null>();
let keyedGiven: Map<string, string> | undefined;
let keyedPlaces: Map<string, string> | undefined;

function keyedTable(table: ReadonlyMap<string, string>): Map<string, string> {
  const keyed = new Map<string, string>();
  for (const [spelling, head] of table) keyed.set(tokenKey(spelling), tokenKey(head));
  return keyed;
}

/** The canonical spelling group of a given-name key (a folded key of the variant table), if any. */
export function givenNameGroup(key: string): string | undefined {
  const known = givenHeads.get(key);
  if (known !== undefined) return known ?? undefined;
  keyedGiven ??= keyedTable(resolveData().givenVariants);
  const head = variantHead(key, keyedGiven);
  givenHeads.set(key, head ?? null);
  return head;
}

/**
 * Whether two given-name keys may name the same person: equal, an initial of the other, the same
 * variant group, or one edit apart when both are long.
 */
export function givenNamesMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  const groupA = givenNameGroup(a);
  if (groupA !== undefined && groupA === givenNameGroup(b)) return true;
  return a[0] === b[0] && Math.min(a.length, b.length) >= 5 && editDistance(a, b, 1) <= 1;
}

/** The canonical key of a place name, joining the variant table's spellings ("kiev" -> "kiiv"). */
export function placeKey(name: string): string {
  const key = phraseKey(name);
  keyedPlaces ??= keyedTable(resolveData().placeVariants);
  return keyedPlaces.get(key) ?? key;
}

/** The matching group of an entity type. */
export function typeGroup(type: EntityType): string {
  if (type === 'GPE' || type === 'LOC' || type === 'FAC') return 'PLACE';
  if (type === 'PERSON' || type === 'ORG' || type === 'NORP') return type;
  return 'OTHER';
}

/** A person name split into given-name and surname keys, titles and suffixes dropped. */
export function personKeys(name: string): { first: string | null; surname: string | null } {
  const { titles } = resolveData();
  const tokens = nameTokens(name)
    .map((token) => ({ token, key: tokenKey(token), folded: foldText(token).replace(TRAILING_DOT, '') }))
    .filter((entry) => entry.key.length > 0);
  while (tokens.length > 1 && titles.has(tokens[0]?.folded ?? '')) tokens.shift();
  while (tokens.length > 1 && SUFFIXES.has(tokens[tokens.length - 1]?.folded ?? '')) tokens.pop();
  const last = tokens[tokens.length - 1];
  if (last === undefined) return { first: null, surname: null };
  return { first: tokens.length > 1 ? (tokens[0]?.key ?? null) : null, surname: last.key };
}
