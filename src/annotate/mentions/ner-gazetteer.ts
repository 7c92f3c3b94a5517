/**
 * The NER gazetteer: country, capital, city, region, demonym and first-name lists built by
 * scripts/build-ner-lexicons.ts into data/lexicons/ner-gazetteer.json. Loaded once, lazily, and
 * indexed by lower-cased phrase so that the tagger can mark multi-word matches as features and the
 * mention stage can type places and nationalities.
 */
import { readFileSync } from 'node:fs';

const GAZETTEER_FILE = new URL('../../../data/lexicons/ner-gazetteer.json', import.meta.url);
const SPACES = /\s+/u;
const PLURAL_DEMONYM = /(?:an|i)$/u;

/** Gazetteer kinds, one bit each in {@link NerGazetteer.phrases}. */
export const GAZETTEER_KINDS = ['country', 'capital', 'city', 'region', 'demonym', 'first'] as const;
/** A gazetteer kind. */
export type GazetteerKind = (typeof GAZETTEER_KINDS)[number];

/** The bit of a gazetteer kind. */
export function kindBit(kind: GazetteerKind): number {
  return 1 << GAZETTEER_KINDS.indexOf(kind);
}

/** The loaded gazetteer. */
export interface NerGazetteer {
  /** Lower-cased phrase (words joined by one space) -> bit set of its kinds. */
  readonly phrases: ReadonlyMap<string, number>;
  /** The longest phrase, in words. */
  readonly maxWords: number;
  /** Lower-cased proper word prefixes of the multi-word phrases ("new" for "new york"). */
  readonly prefixes: ReadonlySet<string>;
  /** Lower-cased capital -> the common name of its country. */
  readonly capitals: ReadonlyMap<string, string>;
  /** Lower-cased country name or alternative spelling -> the country's common name. */
  readonly countries: ReadonlyMap<string, string>;
}

/** The lists of data/lexicons/ner-gazetteer.json. */
export interface GazetteerListing {
  /** Country name or alternative spelling -> the country's common name. */
  countries: Record<string, string>;
  capitals: Record<string, string>;
  demonyms: string[];
  regions: string[];
  cities: string[];
  firstNames: string[];
}

let cached: NerGazetteer | undefined;

function add(phrases: Map<string, number>, name: string, bit: number): number {
  const key = name.toLowerCase().split(SPACES).join(' ');
  phrases.set(key, (phrases.get(key) ?? 0) | bit);
  return key.split(' ').length;
}

/** Build a gazetteer from lists (exported for tests with hand-made lists). */
export function buildGazetteer(file: GazetteerListing): NerGazetteer {
  const phrases = new Map<string, number>();
  let maxWords = 1;
  const note = (name: string, kind: GazetteerKind): void => {
    maxWords = Math.max(maxWords, add(phrases, name, kindBit(kind)));
  };
  for (const name of file.cities) note(name, 'city');
  for (const name of file.regions) note(name, 'region');
  for (const name of file.firstNames) note(name, 'first');
  for (const name of Object.keys(file.countries)) note(name, 'country');
  for (const name of file.demonyms) {
    note(name, 'demonym');
    if (PLURAL_DEMONYM.test(name)) note(`${name}s`, 'demonym');
  }
  const capitals = new Map<string, string>();
  for (const [capital, country] of Object.entries(file.capitals)) {
    note(capital, 'capital');
    capitals.set(capital.toLowerCase(), country);
  }
  const countries = new Map<string, string>();
  for (const [name, common] of Object.entries(file.countries)) countries.set(name.toLowerCase(), common);
  for (const country of Object.values(file.capitals)) countries.set(country.toLowerCase(), country);
  const prefixes = new Set<string>();
  for (const phrase of phrases.keys()) {
    let at = phrase.indexOf(' ');
    while (at > 0) {
      prefixes.add(phrase.slice(0, at));
      at = phrase.indexOf(' ', at + 1);
    }
  }
  return { phrases, maxWords: Math.min(maxWords, 6), prefixes, capitals, countries };
}

/** The shipped gazetteer, loaded on first use. */
export function nerGazetteer(): NerGazetteer {
  if (cached === undefined) {
    cached = buildGazetteer(JSON.parse(readFileSync(GAZETTEER_FILE, 'utf8')) as GazetteerListing);
  }
  return cached;
}

/** The kinds of a phrase as a bit set (0 when unknown). */
export function phraseKinds(gazetteer: NerGazetteer, phrase: string): number {
  return gazetteer.phrases.get(phrase.toLowerCase()) ?? 0;
}
