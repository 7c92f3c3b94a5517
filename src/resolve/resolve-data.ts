/**
 * The data files resolve reads (stop words, name variants, claim words), loaded once on first
 * use and cached for the life of the process.
 */
import { readFileSync } from 'node:fs';

interface StopwordFile {
  readonly words: readonly string[];
}

interface NameVariantFile {
  readonly given: readonly (readonly string[])[];
  readonly places: readonly (readonly string[])[];
}

interface TitleFile {
  readonly titles: readonly string[];
}

interface ClaimWordFile {
  readonly qualifiers: Readonly<Record<string, string>>;
  readonly subjectSynonyms: Readonly<Record<string, string>>;
  readonly placeHeads: readonly string[];
  readonly stance: readonly string[];
}

/** Interval kinds an approximation word implies. */
export const QUALIFIER_KINDS = ['approx', 'below', 'max', 'under', 'over', 'min'] as const;
/** An interval kind. */
export type QualifierKind = (typeof QUALIFIER_KINDS)[number];

/** Resolve's lexicons, ready to use. */
export interface ResolveData {
  /** Folded function words. */
  readonly stopwords: ReadonlySet<string>;
  /** Folded given-name spelling -> the group's first spelling. */
  readonly givenVariants: ReadonlyMap<string, string>;
  /** Folded place spelling -> the group's first spelling. */
  readonly placeVariants: ReadonlyMap<string, string>;
  /** Approximation phrase -> interval kind, longest phrases first. */
  readonly qualifiers: readonly (readonly [string, QualifierKind])[];
  /** Singular counted noun -> the subject it counts as. */
  readonly subjectSynonyms: ReadonlyMap<string, string>;
  /** Nouns that make a phrase a place ("border", "region"). */
  readonly placeHeads: ReadonlySet<string>;
  /** Stance phrases, longest first. */
  readonly stance: readonly string[];
  /** Folded titles and honorifics ("president", "mr"). */
  readonly titles: ReadonlySet<string>;
}

let cached: ResolveData | undefined;

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../data/resolve/${name}`, import.meta.url), 'utf8')) as T;
}

function variantMap(groups: readonly (readonly string[])[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const group of groups) {
    const head = group[0];
    if (head === undefined) continue;
    for (const spelling of group) map.set(spelling, head);
  }
  return map;
}

function isQualifierKind(value: string): value is QualifierKind {
  return (QUALIFIER_KINDS as readonly string[]).includes(value);
}

/** The lexicons under data/resolve/, loaded on first call. */
export function resolveData(): ResolveData {
  if (cached !== undefined) return cached;
  const stop = readJson<StopwordFile>('stopwords.json');
  const names = readJson<NameVariantFile>('name-variants.json');
  const claims = readJson<ClaimWordFile>('claim-words.json');
  const titles = readJson<TitleFile>('titles.json');
  const qualifiers: (readonly [string, QualifierKind])[] = [];
  for (const [phrase, kind] of Object.entries(claims.qualifiers)) if (isQualifierKind(kind)) qualifiers.push([phrase, kind]);
  qualifiers.sort((a, b) => b[0].length - a[0].length);
  cached = {
    stopwords: new Set(stop.words),
    givenVariants: variantMap(names.given),
    placeVariants: variantMap(names.places),
    qualifiers,
    subjectSynonyms: new Map(Object.entries(claims.subjectSynonyms)),
    placeHeads: new Set(claims.placeHeads),
    stance: [...claims.stance].sort((a, b) => b.length - a.length),
    titles: new Set(titles.titles),
  };
  return cached;
}
