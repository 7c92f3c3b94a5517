/**
 * The places gazetteer: data/gazetteer/places.tsv and filters.json (built by
 * scripts/build-gazetteer.ts from GeoNames, world-countries and iso3166-2-db), loaded once and
 * indexed by folded name.
 */
import { readFileSync } from 'node:fs';
import type { PlaceKind } from '../../model/annotations.js';
import { PLACE_KINDS } from '../../model/annotations.js';
import type { StageContext } from '../../pipeline/stage.js';

const PLACES_FILE = new URL('../../../data/gazetteer/places.tsv', import.meta.url);
const FILTERS_FILE = new URL('../../../data/gazetteer/filters.json', import.meta.url);
const RESOURCE_KEY = 'places/gazetteer';
const NEWLINE = /\r?\n/u;
const NUMERIC_ID = /^\d+$/u;
const EXACT_PREFIX = '=';
const SEPARATOR = '|';

/** One place of the gazetteer. */
export interface GazetteerEntry {
  /** Stable id, e.g. `geonames:703448`. */
  readonly id: string;
  /** The gazetteer's name. */
  readonly name: string;
  readonly kind: PlaceKind;
  /** GeoNames feature code (PPLC, ADM1, PCLI...), `H` for water, `FAC` for a site. */
  readonly code: string;
  /** ISO 3166-1 alpha-2 code, null for water bodies. */
  readonly country: string | null;
  /** GeoNames admin1 code ('' when none). */
  readonly admin1: string;
  readonly lat: number;
  readonly lon: number;
  /** People living there (for a country or region, the sum over its places; 0 when unknown). */
  readonly population: number;
  /** The folded main name (other keys are alternate names). */
  readonly primaryKey: string;
  /** `country.admin1` of the first-level region the place lies in, null when either is unknown. */
  readonly regionKey: string | null;
}

/** Word lists that keep non-places out. */
export interface GazetteerFilters {
  /** Common English words that are also place names. */
  readonly commonWords: ReadonlySet<string>;
  /** English first names. */
  readonly firstNames: ReadonlySet<string>;
  /** Country adjectives (Belarusian): never places. */
  readonly demonyms: ReadonlySet<string>;
  /** Titles that make the next name a person's. */
  readonly titles: ReadonlySet<string>;
  /** Words that stand alone as a name elsewhere but are not places in English news. */
  readonly notPlaces: ReadonlySet<string>;
  /** Words that announce a place right after them ("in", "near"). */
  readonly locativeWords: ReadonlySet<string>;
  /** Words that make "X <word>" an administrative region. */
  readonly regionWords: ReadonlySet<string>;
  /** Region abbreviations after a town and a comma ("Kan." in "Manhattan, Kan."): folded abbreviation to its region's country and folded name. */
  readonly regionAbbreviations: ReadonlyMap<string, { readonly country: string; readonly key: string }>;
}

/** What the gazetteer holds for one folded name. */
export interface GazetteerKey {
  /** Entries the name names on its own. */
  readonly entries: readonly GazetteerEntry[];
  /** Regions the name names with a region word. */
  readonly regions: readonly GazetteerEntry[];
  /** Some key of entries or regions starts with this name and a space ("new" of "new york"). */
  readonly startsLonger: boolean;
}

/** The loaded gazetteer. */
export interface Gazetteer {
  readonly entries: readonly GazetteerEntry[];
  readonly filters: GazetteerFilters;
  /** The longest key, in words. */
  readonly maxKeyWords: number;
  /** Entries a folded name names on its own. */
  lookup(key: string): readonly GazetteerEntry[];
  /** Entries a name written exactly so names (capital-letter codes such as "US"). */
  lookupExact(form: string): readonly GazetteerEntry[];
  /** Regions a folded core name names with a region word ("Kursk" + "region"). */
  lookupRegion(key: string): readonly GazetteerEntry[];
  /** Entries, regions and longer keys of a folded name in one look-up, or undefined when it has none. */
  keyInfo(key: string): GazetteerKey | undefined;
}

interface FiltersFile {
  readonly commonWords: string[];
  readonly firstNames: string[];
  readonly demonyms: string[];
  readonly titles: string[];
  readonly notPlaces: string[];
  readonly locativeWords: string[];
  readonly regionWords: string[];
  readonly regionAbbreviations?: Readonly<Record<string, string>>;
}

const ABBREVIATION_TARGET = /^([A-Z]{2}):(.+)$/u;

function abbreviationMap(raw: Readonly<Record<string, string>> | undefined): Map<string, { country: string; key: string }> {
  const map = new Map<string, { country: string; key: string }>();
  for (const [abbreviation, target] of Object.entries(raw ?? {})) {
    const match = ABBREVIATION_TARGET.exec(target);
    if (match?.[1] !== undefined && match[2] !== undefined) map.set(abbreviation, { country: match[1], key: match[2] });
  }
  return map;
}

function isPlaceKind(value: string): value is PlaceKind {
  return (PLACE_KINDS as readonly string[]).includes(value);
}

function add(index: Map<string, GazetteerEntry[]>, key: string, entry: GazetteerEntry): void {
  const list = index.get(key);
  if (list) list.push(entry);
  else index.set(key, [entry]);
}

const NO_ENTRIES: readonly GazetteerEntry[] = Object.freeze([]);

interface KeyRecord {
  entries: readonly GazetteerEntry[];
  regions: readonly GazetteerEntry[];
  startsLonger: boolean;
}

function recordOf(index: Map<string, KeyRecord>, key: string): KeyRecord {
  let record = index.get(key);
  if (record === undefined) {
    record = { entries: NO_ENTRIES, regions: NO_ENTRIES, startsLonger: false };
    index.set(key, record);
  }
  return record;
}

/** One record per folded name: its entries, its regions, and whether a longer key starts with it. */
function keyIndex(byKey: ReadonlyMap<string, readonly GazetteerEntry[]>, byRegion: ReadonlyMap<string, readonly GazetteerEntry[]>): Map<string, KeyRecord> {
  const index = new Map<string, KeyRecord>();
  for (const [key, entries] of byKey) recordOf(index, key).entries = entries;
  for (const [key, regions] of byRegion) recordOf(index, key).regions = regions;
  for (const key of [...byKey.keys(), ...byRegion.keys()]) {
    for (let space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) recordOf(index, key.slice(0, space)).startsLonger = true;
  }
  return index;
}

/** Parse the gazetteer files' text (exported for tests that build a small gazetteer). */
export function parseGazetteer(placesText: string, filtersText: string): Gazetteer {
  const entries: GazetteerEntry[] = [];
  const byKey = new Map<string, GazetteerEntry[]>();
  const byExact = new Map<string, GazetteerEntry[]>();
  const byRegion = new Map<string, GazetteerEntry[]>();
  let maxKeyWords = 1;
  for (const line of placesText.split(NEWLINE)) {
    if (line === '' || line.startsWith('#')) continue;
    const [id = '', name = '', kind = '', code = '', country = '', admin1 = '', lat = '', lon = '', population = '', keys = '', regionKeys = ''] =
      line.split('\t');
    if (!isPlaceKind(kind)) continue;
    const entry: GazetteerEntry = {
      id: NUMERIC_ID.test(id) ? `geonames:${id}` : id,
      name,
      kind,
      code,
      country: country === '' ? null : country,
      admin1,
      lat: Number(lat),
      lon: Number(lon),
      population: Number(population),
      primaryKey: keys.slice(0, keys.indexOf(SEPARATOR) >>> 0),
      regionKey: country === '' || admin1 === '' ? null : `${country}.${admin1}`,
    };
    entries.push(entry);
    for (const key of keys.split(SEPARATOR)) {
      if (key === '') continue;
      if (key.startsWith(EXACT_PREFIX)) {
        add(byExact, key.slice(EXACT_PREFIX.length), entry);
        continue;
      }
      add(byKey, key, entry);
      maxKeyWords = Math.max(maxKeyWords, key.split(' ').length);
    }
    for (const key of regionKeys.split(SEPARATOR)) if (key !== '') add(byRegion, key, entry);
    if (kind === 'region') for (const key of keys.split(SEPARATOR)) if (key !== '') add(byRegion, key, entry);
  }
  const raw = JSON.parse(filtersText) as FiltersFile;
  const filters: GazetteerFilters = {
    commonWords: new Set(raw.commonWords),
    firstNames: new Set(raw.firstNames),
    demonyms: new Set(raw.demonyms),
    titles: new Set(raw.titles),
    notPlaces: new Set(raw.notPlaces),
    locativeWords: new Set(raw.locativeWords),
    regionWords: new Set(raw.regionWords),
    regionAbbreviations: abbreviationMap(raw.regionAbbreviations),
  };
  const index = keyIndex(byKey, byRegion);
  return {
    entries,
    filters,
    maxKeyWords: Math.min(maxKeyWords, 8),
    lookup: (key) => index.get(key)?.entries ?? NO_ENTRIES,
    lookupExact: (form) => byExact.get(form) ?? NO_ENTRIES,
    lookupRegion: (key) => index.get(key)?.regions ?? NO_ENTRIES,
    keyInfo: (key) => index.get(key),
  };
}

let cached: Gazetteer | undefined;

/** The gazetteer from data/gazetteer, read on first use and kept. */
export function loadGazetteer(): Gazetteer {
  cached ??= parseGazetteer(readFileSync(PLACES_FILE, 'utf8'), readFileSync(FILTERS_FILE, 'utf8'));
  return cached;
}

/** The gazetteer a stage should use: the one in `context.resources` if set, else the shared one. */
export function gazetteerFor(context: StageContext): Gazetteer {
  const held = context.resources.get(RESOURCE_KEY);
  if (typeof held === 'object' && held !== null && 'lookup' in held && 'entries' in held) return held as Gazetteer;
  const gazetteer = loadGazetteer();
  context.resources.set(RESOURCE_KEY, gazetteer);
  return gazetteer;
}
